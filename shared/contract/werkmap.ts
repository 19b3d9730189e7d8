import { z } from 'zod';
import { FilePath } from './notes';

export const WerkmapEntry = z.object({
  path: FilePath,
  name: z.string(),
  title: z.string(),
  updatedAt: z.string(),
  size: z.number().int(),
});
export type WerkmapEntry = z.infer<typeof WerkmapEntry>;

export const Werkmap = z.object({
  folder: FilePath,
  name: z.string(),
  notes: z.array(WerkmapEntry),
});
export type Werkmap = z.infer<typeof Werkmap>;

export const werkmapChannels = {
  /** Open a folder as werkmap; without a folder, the OS folder picker asks for one. */
  'werkmap.open': {
    request: z.object({ folder: FilePath.optional() }),
    response: Werkmap.nullable(),
  },
  'werkmap.list': {
    request: z.object({ folder: FilePath }),
    response: Werkmap,
  },
  'werkmap.rename': {
    request: z.object({ path: FilePath, newName: z.string().min(1).max(200) }),
    response: z.object({ path: FilePath }),
  },
  'werkmap.trash': {
    request: z.object({ path: FilePath }),
    response: z.object({ trashed: z.boolean() }),
  },
  'werkmap.recent': {
    request: z.object({}),
    response: z.array(FilePath),
  },
} as const;

/** Pushed from main to the renderer when files in the open werkmap change on disk. */
export const WerkmapChanged = z.object({ folder: FilePath, path: FilePath.optional() });
