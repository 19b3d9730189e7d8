import { channels, type ChannelName, type EventName, type EventOf, type RequestOf, type ResponseOf } from './channels';
import { HelderError, resultOf } from './errors';
import { shapeCheck, type ShapeCheck } from './shape-check';

/** How bytes move: IPC in Electron, loopback HTTP in the browser test host. */
export interface Transport {
  invoke(channel: ChannelName, payload: unknown): Promise<unknown>;
  on(event: EventName, listener: (payload: unknown) => void): () => void;
}

export type HelderApi = {
  invoke<C extends ChannelName>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>>;
  on<E extends EventName>(event: E, listener: (payload: EventOf<E>) => void): () => void;
};

/**
 * Replies the client checks by shape only (see shape-check.ts): large lists that main parsed in
 * full before sending. A reply that fails the shape check is parsed in full, so it fails as before.
 */
export const SHAPE_CHECKED_REPLIES: readonly ChannelName[] = ['comments.summaries'];

const shapeChecks = new Map<ChannelName, ShapeCheck>();

/** The reply's value when it is a success of the right shape; undefined otherwise. */
function shapeCheckedValue(channel: ChannelName, reply: unknown): unknown {
  if (!SHAPE_CHECKED_REPLIES.includes(channel) || typeof reply !== 'object' || reply === null || (reply as { ok?: unknown }).ok !== true) return undefined;
  let check = shapeChecks.get(channel);
  if (!check) {
    check = shapeCheck(channels[channel].response);
    shapeChecks.set(channel, check);
  }
  const { value } = reply as { value?: unknown };
  return check(value) ? value : undefined;
}

/**
 * The typed client both the preload and the test host bridge build from the same contract.
 * Replies are validated too, so a bug in main shows up as a clear error and not as bad state.
 */
export function createClient(transport: Transport): HelderApi {
  return {
    async invoke(channel, request) {
      const raw = await transport.invoke(channel, request);
      const checked = shapeCheckedValue(channel, raw);
      if (checked !== undefined) return checked as ResponseOf<typeof channel>;
      const reply = resultOf(channels[channel].response).parse(raw);
      if (!reply.ok) throw new HelderError(reply.error.code, reply.error.params);
      return reply.value as ResponseOf<typeof channel>;
    },
    on(event, listener) {
      return transport.on(event, (payload) => listener(payload as EventOf<typeof event>));
    },
  };
}
