import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { createClient, HelderError, wireChannel, type EventName, type HelderApi, type Transport } from '../../shared/contract';
import { z } from 'zod';
import { EventBuffer } from './event-buffer';

// zod probes `new Function` to compile fast parsers; under the page's CSP that probe is reported
// as a violation. The interpreted path is fast enough for IPC payloads.
z.config({ jitless: true });

/**
 * Events that arrive before the renderer subscribes (a .helder file given on the command line,
 * a menu click during start-up) are kept and handed to the first listener.
 */
const buffer = new EventBuffer<EventName>();
const subscribed = new Set<EventName>();

function subscribe(event: EventName): void {
  if (subscribed.has(event)) return;
  subscribed.add(event);
  ipcRenderer.on(wireChannel(event), (_event: IpcRendererEvent, payload: unknown) => buffer.publish(event, payload));
}

// Subscribed at once so early events are buffered rather than dropped.
subscribe('note.openRequested');
subscribe('command.run');

const transport: Transport = {
  invoke: (channel, payload) => ipcRenderer.invoke(wireChannel(channel), payload),
  on(event, listener) {
    subscribe(event);
    return buffer.listen(event, listener);
  },
};

const client = createClient(transport);

/**
 * contextBridge copies a rejected Error as a bare Error with only its message, so `code` and
 * `params` would be lost. The page receives a plain object instead, which the bridge copies whole.
 */
const api: HelderApi & { pathForFile(file: File): string } = {
  async invoke(channel, request) {
    try {
      return await client.invoke(channel, request);
    } catch (error) {
      if (error instanceof HelderError) {
        throw { name: 'HelderError', code: error.code, params: { ...error.params }, message: error.message };
      }
      throw { name: 'HelderError', code: 'internal', params: {}, message: error instanceof Error ? error.message : String(error) };
    }
  },
  on: (event, listener) => client.on(event, listener),
  /**
   * The path of a file dropped onto the window (File.path is gone since Electron 32). Main still
   * checks the path as it checks one from the file picker; '' for a file that has none.
   */
  pathForFile: (file) => webUtils.getPathForFile(file),
};

contextBridge.exposeInMainWorld('helder', api);
