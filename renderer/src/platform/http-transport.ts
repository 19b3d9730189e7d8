import type { ChannelName, EventName, Transport } from '../../../shared/contract';

/**
 * Transport for the browser test host: the same contract over loopback HTTP.
 * The host puts its one-time token in a <meta> tag, so no inline script is needed and the CSP stays strict.
 */
export function createHttpTransport(token: string, base = ''): Transport {
  let source: EventSource | null = null;
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();

  const ensureSource = () => {
    if (source) return;
    source = new EventSource(`${base}/events?token=${encodeURIComponent(token)}`);
    source.onmessage = (message) => {
      const { event, payload } = JSON.parse(message.data) as { event: EventName; payload: unknown };
      listeners.get(event)?.forEach((listener) => listener(payload));
    };
  };

  return {
    async invoke(channel: ChannelName, payload: unknown) {
      const response = await fetch(`${base}/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-helder-token': token },
        body: JSON.stringify(payload ?? {}),
      });
      return response.json();
    },
    on(event, listener) {
      ensureSource();
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  };
}
