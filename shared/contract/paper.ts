import { z } from 'zod';
import { Stance } from './comments';
import { FilePath } from './notes';

/*
 * The paper round of a resident panel (issue 15): a printable packet with line numbers, the
 * returned paper comments typed back by page and line, and the panel summary ("u zei, wij deden").
 */

/** One comment from a returned paper form, as the writer or a panel coordinator types it. */
export const PaperEntry = z.strictObject({
  page: z.number().int().min(1).max(10_000),
  line: z.number().int().min(1).max(200),
  /** The words the resident pointed at, when the form says; empty means the whole line. */
  words: z.string().max(500).default(''),
  stance: Stance,
  body: z.string().max(20_000).default(''),
  /** Only when the resident wrote a name on the form. */
  name: z.string().max(200).default(''),
});
export type PaperEntry = z.infer<typeof PaperEntry>;
export type PaperEntryInput = z.input<typeof PaperEntry>;

export const PaperPacketInfo = z.object({
  roundId: z.uuid(),
  /** "Papieren versie 2": printed on every page so a returned form names its packet. */
  number: z.number().int().min(1),
  createdAt: z.string(),
  file: z.string(),
  /** The named version that was printed. */
  revisionId: z.number().int().nullable(),
  /** Pages that carry text with line numbers (the first and last pages hold the instruction, word list and form). */
  textPages: z.array(z.number().int()),
});
export type PaperPacketInfo = z.infer<typeof PaperPacketInfo>;

export const PaperRefusal = z.enum(['noPage', 'noLine', 'wordsNotOnLine']);
export type PaperRefusal = z.infer<typeof PaperRefusal>;

export const PaperEntrySummary = z.object({
  /** New comments stored. */
  added: z.number().int(),
  /** Entries typed before (same packet, place, words, stance, text and name): nothing changed. */
  known: z.number().int(),
  /** Stored, but their words are no longer in the text ("tekst gewijzigd"); index into the request's entries. */
  notPlaced: z.array(z.object({ index: z.number().int(), quote: z.string() })),
  /** Not stored: that page, line or those words are not in the packet. */
  refused: z.array(z.object({ index: z.number().int(), reason: PaperRefusal })),
});
export type PaperEntrySummary = z.infer<typeof PaperEntrySummary>;

export const SummaryFormat = z.enum(['html', 'pdf']);
export type SummaryFormat = z.infer<typeof SummaryFormat>;

export const paperChannels = {
  /** "Review: Papieren versie maken": keeps the current text as a named version and writes the packet PDF next to the note. */
  'paper.make': {
    request: z.strictObject({ path: FilePath }),
    response: z.object({ file: FilePath, packet: PaperPacketInfo }),
  },
  /** The packets printed for a note, newest first. */
  'paper.packets': {
    request: z.strictObject({ path: FilePath }),
    response: z.array(PaperPacketInfo),
  },
  /** "Review: Papieren reacties invoeren": places each entry on the words of the printed version. */
  'paper.enter': {
    request: z.strictObject({ path: FilePath, roundId: z.uuid(), entries: z.array(PaperEntry).min(1).max(1_000) }),
    response: PaperEntrySummary,
  },
  /** The panel summary ("u zei, wij deden") written next to the note. */
  'panel.exportSummary': {
    request: z.strictObject({ path: FilePath, format: SummaryFormat, anonymous: z.boolean().default(false) }),
    response: z.object({ file: FilePath }),
  },
} as const;
