import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { channelNames, wireChannel } from '../../shared/contract';
import { dispatch, type Handlers, type Reply } from '../services/dispatch';
import type { PendingCalls } from './pending-calls';
import { isTrustedSenderUrl, type RendererLocation } from './sender';

const forbidden: Reply = { ok: false, error: { code: 'ipc.forbidden', params: {} } };

/**
 * One handler per contract channel. The sender check comes first: only the top frame of our own
 * page may call in. Then dispatch() validates the payload with the channel's zod schema.
 */
export function registerIpc(handlers: Handlers, location: RendererLocation, pending: PendingCalls): () => void {
  for (const name of channelNames) {
    ipcMain.handle(wireChannel(name), (event: IpcMainInvokeEvent, payload: unknown) => {
      const frame = event.senderFrame;
      if (!frame || frame.parent !== null || !isTrustedSenderUrl(frame.url, location)) return forbidden;
      return pending.track(() => dispatch(handlers, name, payload));
    });
  }
  return () => channelNames.forEach((name) => ipcMain.removeHandler(wireChannel(name)));
}
