// Messages between the editor and the checker worker. Both sides parse what they receive, so a
// bug on one side shows up as a dropped message with a console warning, not as corrupt highlights.
import { z } from 'zod';

const BlockKind = z.enum(['paragraph', 'heading', 'listitem']);
const Severity = z.enum(['info', 'warning', 'error']);

/** A block as the editor sends it; `text` is left out when the worker already has this hash. */
export const WireBlock = z.object({
  id: z.string().min(1).max(100),
  hash: z.string().min(1).max(40),
  kind: BlockKind,
  level: z.number().int().min(0).max(10).optional(),
  text: z.string().max(2_000_000).optional(),
  /** The editor has no result for this hash (e.g. after typing and undoing): send it again. */
  need: z.boolean().optional(),
});
export type WireBlock = z.infer<typeof WireBlock>;

export const CheckerSettings = z.object({
  /** Passed to createChecker as `config` (partial rule settings; the engine fills defaults). */
  config: z.record(z.string(), z.unknown()).default({}),
  /** Custom dictionary layers (organisation, personal), validated by the engine. */
  dictionaries: z.array(z.unknown()).default([]),
  /** Load the Dutch hunspell dictionary and check spelling. */
  spelling: z.boolean().default(false),
  /** Personal word list: words that always count as correct. */
  personalWords: z.array(z.string().max(100)).max(10_000).default([]),
});
export type CheckerSettings = z.infer<typeof CheckerSettings>;

/**
 * One note's settings laid over the shared ones: `config` entries are merged per rule into the
 * shared config, `spelling` replaces the shared switch. Dictionaries stay the writer's.
 */
export const NoteOverride = z.object({
  config: z.record(z.string(), z.record(z.string(), z.unknown())).default({}),
  spelling: z.boolean().optional(),
});
export type NoteOverride = z.infer<typeof NoteOverride>;

export const ToWorker = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('check'),
    noteId: z.string().min(1).max(4096),
    docVersion: z.number().int().nonnegative(),
    blocks: z.array(WireBlock).max(200_000),
    /**
     * `blocks` holds only the blocks with new text or asked again; the list itself (ids, kinds,
     * levels, order) is as last sent. Typing sends one block instead of the whole note's list.
     */
    changedOnly: z.literal(true).optional(),
  }),
  z.object({ type: z.literal('configure'), settings: CheckerSettings }),
  z.object({ type: z.literal('forget'), noteId: z.string().min(1).max(4096) }),
  /** A note's own settings (null: back to the shared ones); only that note is checked again. */
  z.object({ type: z.literal('noteOverride'), noteId: z.string().min(1).max(4096), override: NoteOverride.nullable() }),
]);
export type ToWorker = z.input<typeof ToWorker>;

export const WireFinding = z.object({
  ruleId: z.string(),
  source: z.literal('helder'),
  severity: Severity,
  blockId: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  line: z.number().int(),
  column: z.number().int(),
  actual: z.string(),
  expected: z.array(z.string()),
  message: z.string(),
  explanation: z.string().optional(),
  meaning: z.string().optional(),
  category: z.string().optional(),
  termId: z.string().optional(),
  /** Same group = same term: later uses in the note are drawn quietly and listed under the first. */
  group: z.string().optional(),
  /** Index of the sentence in the block: findings of one sentence are listed as one entry. */
  sentence: z.number().int().nonnegative().optional(),
});
export type WireFinding = z.infer<typeof WireFinding>;

const Counts = z.object({
  words: z.number(),
  sentences: z.number(),
  syllables: z.number(),
  hardWords: z.number(),
  letters: z.number(),
});

export const WireReadability = Counts.extend({
  averageSentenceLength: z.number(),
  syllablesPerWord: z.number(),
  hardWordShare: z.number(),
  fleschDouma: z.number(),
  brouwer: z.number(),
  level: z.string(),
  reasons: z.array(z.string()),
});
export type WireReadability = z.infer<typeof WireReadability>;

export const WireBlockResult = z.object({
  blockId: z.string(),
  hash: z.string(),
  findings: z.array(WireFinding),
  counts: Counts,
  scored: z.boolean(),
  /** Terms the block names or explains: their later uses in the note are repeats. */
  explained: z.array(z.object({ group: z.string(), start: z.number().int().nonnegative() })).max(10_000).default([]),
});
export type WireBlockResult = z.infer<typeof WireBlockResult>;

export const WireSection = z.object({
  headingId: z.string().nullable(),
  title: z.string(),
  blockIds: z.array(z.string()),
  readability: WireReadability,
});
export type WireSection = z.infer<typeof WireSection>;

export const SectionsPatch = z.object({
  at: z.number().int().nonnegative(),
  remove: z.number().int().nonnegative(),
  insert: z.array(WireSection),
});
export type SectionsPatch = z.infer<typeof SectionsPatch>;

export const FromWorker = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('result'),
    noteId: z.string(),
    docVersion: z.number().int(),
    /**
     * True: `hashes` and `sections` describe the whole note. False: they are what changed since the
     * reply with docVersion `baseVersion` (typing changes one block's hash and one section; sending
     * the whole note's hashes and ~100 KB of sections per keystroke cost both threads a millisecond).
     */
    full: z.boolean(),
    baseVersion: z.number().int().optional(),
    /** Block id -> hash the document result was made for: every block, or those that changed. */
    hashes: z.record(z.string(), z.string()),
    /** Only blocks whose text arrived or whose result the editor asked for. */
    blocks: z.array(WireBlockResult),
    /** Findings that depend on more than one block (abbreviation first use, reading level). */
    documentFindings: z.array(WireFinding),
    /** The section list as a splice: `remove` sections at `at` give way to `insert` (all of them when full). */
    sections: SectionsPatch,
    readability: WireReadability,
    /** How long the check took in the worker, for the benchmark. */
    elapsedMs: z.number(),
  }),
  /** The worker lost track of a block's text (e.g. after a restart): send everything again. */
  z.object({ type: z.literal('resync'), noteId: z.string() }),
  z.object({ type: z.literal('error'), message: z.string() }),
]);
export type FromWorker = z.infer<typeof FromWorker>;
export type CheckResultMessage = Extract<FromWorker, { type: 'result' }>;
