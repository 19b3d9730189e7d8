import { ZodError } from 'zod';
import {
  channels,
  HelderError,
  isChannelName,
  type ChannelName,
  type ErrorPayload,
  type ParsedRequestOf,
  type ResponseOf,
} from '../../shared/contract';
import { fileSystemError, sqliteError } from './note-store/file-access';
import { wasParsedFor } from './parsed-replies';

export type Handlers = {
  [C in ChannelName]: (request: ParsedRequestOf<C>) => Promise<ResponseOf<C>> | ResponseOf<C>;
};

export type Reply = { ok: true; value: unknown } | { ok: false; error: ErrorPayload };

/**
 * The single door into the services, used by Electron main and by the browser test host alike:
 * the payload is parsed with the channel's zod schema before any handler sees it, and every
 * failure becomes an error code instead of a stack trace crossing the boundary.
 */
export async function dispatch(handlers: Handlers, channel: string, payload: unknown): Promise<Reply> {
  if (!isChannelName(channel)) return { ok: false, error: { code: 'ipc.unknownChannel', params: { channel: channel.slice(0, 80) } } };
  const parsed = channels[channel].request.safeParse(payload);
  if (!parsed.success) {
    return { ok: false, error: { code: 'ipc.invalidRequest', params: { channel, reason: parsed.error.issues[0]?.message ?? '' } } };
  }
  try {
    const handler = handlers[channel] as (request: unknown) => unknown;
    const result = await handler(parsed.data);
    const value = wasParsedFor(channel, result) ? result : channels[channel].response.parse(result);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof HelderError) return { ok: false, error: { code: error.code, params: error.params } };
    if (error instanceof ZodError) return { ok: false, error: { code: 'internal', params: { reason: 'response' } } };
    // A full disk, a lock held by another program, a folder without write access: say which.
    const file = requestFile(parsed.data);
    const known = fileSystemError(error, file) ?? sqliteError(error, file);
    if (known) return { ok: false, error: { code: known.code, params: known.params } };
    console.error(`[helder] ${channel} failed`, error);
    return { ok: false, error: { code: 'internal', params: {} } };
  }
}

/** The note a request is about, for messages that name it. */
function requestFile(request: unknown): string {
  const file = (request as { path?: unknown } | null)?.path;
  return typeof file === 'string' ? file : '';
}
