import { channels, type ChannelName, type EventName, type EventOf, type RequestOf, type ResponseOf } from './channels';
import { HelderError, resultOf } from './errors';

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
 * The typed client both the preload and the test host bridge build from the same contract.
 * Replies are validated too, so a bug in main shows up as a clear error and not as bad state.
 */
export function createClient(transport: Transport): HelderApi {
  return {
    async invoke(channel, request) {
      const reply = resultOf(channels[channel].response).parse(await transport.invoke(channel, request));
      if (!reply.ok) throw new HelderError(reply.error.code, reply.error.params);
      return reply.value as ResponseOf<typeof channel>;
    },
    on(event, listener) {
      return transport.on(event, (payload) => listener(payload as EventOf<typeof event>));
    },
  };
}
