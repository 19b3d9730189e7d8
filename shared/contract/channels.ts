import { z } from 'zod';
import { FilePath, notesChannels } from './notes';
import { werkmapChannels, WerkmapChanged } from './werkmap';
import { settingsChannels } from './settings';
import { commentsChannels } from './comments';
import { checksChannels } from './checks';
import { versionsChannels } from './versions';
import { paperChannels } from './paper';
import { notUnderstoodChannels } from './not-understood';

/** The whole IPC contract: every channel with its request and response schema. */
export const channels = {
  ...notesChannels,
  ...werkmapChannels,
  ...settingsChannels,
  ...commentsChannels,
  ...checksChannels,
  ...versionsChannels,
  ...paperChannels,
  ...notUnderstoodChannels,
} as const;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type RequestOf<C extends ChannelName> = z.input<Channels[C]['request']>;
export type ParsedRequestOf<C extends ChannelName> = z.output<Channels[C]['request']>;
export type ResponseOf<C extends ChannelName> = z.output<Channels[C]['response']>;

export const channelNames = Object.keys(channels) as ChannelName[];
export const isChannelName = (name: string): name is ChannelName => Object.hasOwn(channels, name);

/** Events main pushes to the renderer. */
export const events = {
  'werkmap.changed': WerkmapChanged,
  /** The application menu (or quitting) asks the renderer to run a command from its registry. */
  'command.run': z.object({ id: z.string().min(1).max(100) }),
  /** The OS asked to open a .helder file (double-click, command line, macOS open-file). */
  'note.openRequested': z.object({ path: FilePath }),
} as const;
export type EventName = keyof typeof events;
export type EventOf<E extends EventName> = z.output<(typeof events)[E]>;

/** The IPC channel names used on the wire; prefixed so they never clash with Electron's own. */
export const wireChannel = (name: ChannelName | EventName) => `helder:${name}`;
