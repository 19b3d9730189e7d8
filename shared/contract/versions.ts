import { z } from 'zod';
import { FilePath, NoteSnapshot, RevisionKind } from './notes';

/*
 * Versions (list, compare, restore), the Leesbaarheidsrapport, and documents in and out
 * (.docx, Markdown, plain text, PDF). Everything here is computed in main from what is on disk.
 */

export const Level = z.enum(['B1', 'B2', 'C1']);
export const Family = z.enum(['jargon', 'long-sentence', 'hard-word', 'passive', 'nominal', 'abbreviation', 'spelling', 'other']);
export type Family = z.infer<typeof Family>;

/** Scores of one text (a whole version or one section). */
export const Score = z.object({
  words: z.number().int(),
  sentences: z.number().int(),
  fleschDouma: z.number(),
  brouwer: z.number(),
  level: Level,
});
export type Score = z.infer<typeof Score>;

export const VersionStats = Score.extend({
  /** Findings per rule family. */
  families: z.record(Family, z.number().int()),
});
export type VersionStats = z.infer<typeof VersionStats>;

export const VersionInfo = z.object({
  id: z.number().int(),
  kind: RevisionKind,
  name: z.string().nullable(),
  createdAt: z.string(),
  author: z.string(),
  stats: VersionStats,
});
export type VersionInfo = z.infer<typeof VersionInfo>;

/** A stored revision, or the note's current text. */
export const VersionRef = z.union([z.number().int().positive(), z.literal('current')]);
export type VersionRef = z.infer<typeof VersionRef>;

export const WordPart = z.object({ op: z.enum(['same', 'added', 'removed']), text: z.string() });
export const BlockKindSchema = z.enum(['paragraph', 'heading', 'listitem']);
export const BlockChange = z.object({
  type: z.enum(['same', 'added', 'removed', 'changed', 'moved-away', 'moved-here']),
  kind: BlockKindSchema,
  level: z.number().int().optional(),
  text: z.string(),
  oldIndex: z.number().int().nullable(),
  newIndex: z.number().int().nullable(),
  parts: z.array(WordPart).optional(),
  moveId: z.number().int().optional(),
});
export type BlockChange = z.infer<typeof BlockChange>;

export const DiffSummary = z.object({
  added: z.number().int(),
  removed: z.number().int(),
  changed: z.number().int(),
  moved: z.number().int(),
  wordsAdded: z.number().int(),
  wordsRemoved: z.number().int(),
});

export const SectionScores = z.object({ title: z.string(), before: Score.nullable(), after: Score.nullable() });
export type SectionScores = z.infer<typeof SectionScores>;

/** Findings of one kind on the same words, counted. */
export const FindingCount = z.object({ ruleId: z.string(), family: Family, actual: z.string(), message: z.string(), count: z.number().int() });
export type FindingCount = z.infer<typeof FindingCount>;

export const VersionLabel = z.object({ ref: VersionRef, name: z.string().nullable(), createdAt: z.string().nullable() });

export const Comparison = z.object({
  from: VersionLabel,
  to: VersionLabel,
  changes: z.array(BlockChange),
  summary: DiffSummary,
  before: Score,
  after: Score,
  sections: z.array(SectionScores),
  resolved: z.array(FindingCount),
  appeared: z.array(FindingCount),
});
export type Comparison = z.infer<typeof Comparison>;

export const ReportFormat = z.enum(['html', 'pdf', 'json']);
export type ReportFormat = z.infer<typeof ReportFormat>;

export const ReportSection = z.object({ title: z.string(), score: Score });
export const HardSentenceEntry = z.object({ section: z.string(), text: z.string(), reasons: z.array(z.string()) });
export const TermUse = z.object({ term: z.string(), count: z.number().int(), alternative: z.string() });
export const DismissedEntry = z.object({ ruleId: z.string(), quote: z.string(), reason: z.string() });
export const TrendPoint = z.object({ label: z.string(), createdAt: z.string(), fleschDouma: z.number(), brouwer: z.number(), level: Level });
/** One advies (review note) in the report: the quoted words, the note and what became of it. */
export const AdviceEntry = z.object({
  quote: z.string(),
  body: z.string(),
  author: z.string(),
  /** Nearest heading above the words ('' before the first heading). */
  section: z.string(),
  /** The finding the advies was given on, in words ("lange zin"); '' for an advies on a sentence. */
  finding: z.string(),
  suggestion: z.string(),
  resolved: z.boolean(),
  /** The words are no longer in the text ("tekst gewijzigd"). */
  textChanged: z.boolean(),
  replies: z.array(z.object({ author: z.string(), body: z.string() })),
});

/** Everything the Leesbaarheidsrapport shows; HTML, PDF and JSON are drawn from this one model. */
export const ReportModel = z.object({
  title: z.string(),
  version: z.string(),
  date: z.string(),
  author: z.string(),
  score: Score,
  reasons: z.array(z.string()),
  sections: z.array(ReportSection),
  families: z.array(z.object({ family: Family, count: z.number().int() })),
  hardest: z.array(HardSentenceEntry),
  terms: z.array(TermUse),
  dismissed: z.array(DismissedEntry),
  trend: z.array(TrendPoint),
  changes: Comparison.omit({ changes: true }).extend({ changedBlocks: z.number().int() }).nullable(),
  advice: z.array(AdviceEntry),
});
export type ReportModel = z.infer<typeof ReportModel>;

export const ImportNotice = z.object({
  code: z.enum(['tables', 'images', 'comments', 'commentsNotPlaced', 'unsupported']),
  count: z.number().int(),
});
export type ImportNotice = z.infer<typeof ImportNotice>;

export const DocumentFormat = z.enum(['docx', 'pdf', 'markdown', 'text']);
export type DocumentFormat = z.infer<typeof DocumentFormat>;

export const versionsChannels = {
  /** Named and automatic versions, newest first, with cached scores. */
  'versions.list': {
    request: z.object({ path: FilePath }),
    response: z.array(VersionInfo),
  },
  'versions.compare': {
    request: z.object({ path: FilePath, from: VersionRef, to: VersionRef }),
    response: Comparison,
  },
  /** The text of one version, to read or copy from. */
  'versions.document': {
    request: z.object({ path: FilePath, id: z.number().int().positive() }),
    response: z.object({ document: z.string(), text: z.string() }),
  },
  /** Keeps the current text as a version named `keepName`, then makes version `id` the current text. */
  'versions.restore': {
    request: z.object({ path: FilePath, id: z.number().int().positive(), keepName: z.string().max(200), restoredName: z.string().max(200) }),
    response: z.object({ document: z.string(), keptRevisionId: z.number().int(), revisionId: z.number().int() }),
  },
  'report.build': {
    request: z.object({ path: FilePath }),
    response: ReportModel,
  },
  /** Writes the report next to the note (`<name> leesbaarheidsrapport.<ext>`) and returns its path. */
  'report.export': {
    request: z.object({ path: FilePath, format: ReportFormat }),
    response: z.object({ file: FilePath }),
  },
  /** .docx, .md, .markdown or .txt in; a new note in `folder` out. The source is only read. */
  'documents.import': {
    request: z.object({ source: FilePath, folder: FilePath }),
    response: z.object({ note: NoteSnapshot, notices: z.array(ImportNotice) }),
  },
  'documents.export': {
    request: z.object({ path: FilePath, format: DocumentFormat, comments: z.boolean().default(false), titlePage: z.boolean().default(false) }),
    response: z.object({ file: FilePath }),
  },
} as const;
