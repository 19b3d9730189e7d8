import { channels, type ChannelName, type ResponseOf } from '../../shared/contract';

/**
 * Reply values parsed against their channel's response schema before they were asked for (a list
 * read ahead while the page was busy). dispatch sends such a value as it is instead of parsing it
 * a second time on the request's path: the parse still happens in main and is just as strict, only
 * earlier. Zod returns a new value, so nothing else holds a reference that could change it since.
 */
const parsed = new WeakMap<object, ChannelName>();

export function parseReplyAhead<C extends ChannelName>(channel: C, value: unknown): ResponseOf<C> {
  const reply = channels[channel].response.parse(value) as ResponseOf<C>;
  if (typeof reply === 'object' && reply !== null) parsed.set(reply, channel);
  return reply;
}

/** True for a value parseReplyAhead made for this very channel. */
export const wasParsedFor = (channel: ChannelName, value: unknown): boolean =>
  typeof value === 'object' && value !== null && parsed.get(value) === channel;
