import { z } from 'zod';
import { FilePath } from './notes';

/** What a comment says about the text; only the first comment of a thread carries one. */
export const Stance = z.enum(['vraag', 'onduidelijk', 'eens', 'oneens', 'suggestie']);
export type Stance = z.infer<typeof Stance>;

/**
 * What a comment is: an ordinary reaction, or an advisor's review note ("advies") on a finding or
 * a sentence. Only the opening comment of a thread carries `advies`; absent means a reaction, so
 * comments written before schema 5 need no rewriting.
 */
export const CommentKind = z.enum(['reactie', 'advies']);
export type CommentKind = z.infer<typeof CommentKind>;

/** A checker rule id, as `ruleId` in shared/checker (the finding an advies was given on). */
const RuleId = z.string().min(1).max(100);

/** Upper bounds for what crosses the boundary; bodies are cut to 10,000 characters when stored. */
const Body = z.string().min(1).max(20_000);
const Author = z.string().min(1).max(200);
const Id = z.uuid();

/** See shared/comments/anchor.ts: offsets are into the blocks' text joined with '\n'. */
export const QuoteSelector = z.object({
  exact: z.string().min(1).max(20_000),
  prefix: z.string().max(64),
  suffix: z.string().max(64),
  blockIndex: z.number().int().min(0),
  blockId: z.string().max(200).optional(),
  start: z.number().int().min(0).optional(),
  end: z.number().int().min(0).optional(),
});
export type QuoteSelectorPayload = z.infer<typeof QuoteSelector>;

/** `orphaned` is shown as "tekst gewijzigd" with the original quote. */
export const AnchorStatus = z.enum(['exact', 'moved', 'orphaned']);
export type AnchorStatus = z.infer<typeof AnchorStatus>;

export const Anchor = z.object({ selector: QuoteSelector, status: AnchorStatus });
export type Anchor = z.infer<typeof Anchor>;

export const CommentItem = z.object({
  id: Id,
  threadId: Id,
  author: z.string().max(200),
  stance: Stance.nullable(),
  body: z.string().max(20_000),
  suggestion: z.string().max(20_000).nullable(),
  createdAt: z.string(),
  editedAt: z.string().nullable(),
  /** `local`, or the id of the review round the comment came in with. */
  origin: z.string().max(100),
  /** Set only on the opening comment of an advies; see CommentKind. */
  kind: CommentKind.optional(),
  /** The rule of the finding an advies was given on; absent for an advies on a sentence. */
  findingRule: RuleId.optional(),
});
export type CommentItem = z.infer<typeof CommentItem>;

export const Thread = z.object({
  id: Id,
  createdAt: z.string(),
  resolved: z.boolean(),
  resolvedAt: z.string().nullable(),
  resolvedBy: z.string().nullable(),
  anchor: Anchor,
  /** Oldest first; the first one holds the stance. */
  comments: z.array(CommentItem),
});
export type Thread = z.infer<typeof Thread>;

/** Longest excerpt of an opening comment (and of its suggestion) in the thread list. */
export const EXCERPT_LENGTH = 200;
const Excerpt = z.string().max(EXCERPT_LENGTH);

/** The opening comment as the thread list shows it before the thread is read in full. */
export const OpeningSummary = z.object({
  author: z.string().max(200),
  stance: Stance.nullable(),
  kind: CommentKind.optional(),
  findingRule: RuleId.optional(),
  origin: z.string().max(100),
  createdAt: z.string(),
  /** The comment's first line, cut to EXCERPT_LENGTH characters (shared/comments/summary.ts). */
  excerpt: Excerpt,
  suggestion: Excerpt.nullable(),
  /** True when the excerpt or the suggestion holds less than was written. */
  cut: z.boolean(),
});
export type OpeningSummary = z.infer<typeof OpeningSummary>;

/**
 * A thread as the Reacties view lists it when a note opens: what the marks, the list, its
 * filters and the counts need, and no comment text beyond the opening excerpt. comments.thread
 * reads a thread in full when the writer opens it, so a note with 10,000 comments opens without
 * reading, sending and checking every reply.
 */
export const ThreadSummary = z.object({
  id: Id,
  createdAt: z.string(),
  resolved: z.boolean(),
  anchor: Anchor,
  /** Null only for a thread whose comments are all gone (a damaged or hand-made file). */
  opening: OpeningSummary.nullable(),
  /** All comments in the thread, the opening one included. */
  commentCount: z.number().int().min(0),
  /** Everyone who wrote in the thread (the view filters by author), each name once. */
  authors: z.array(z.string().max(200)),
});
export type ThreadSummary = z.infer<typeof ThreadSummary>;

/** A place in one of ThreadList's name tables. */
const NameIndex = z.number().int().min(0);
const Place = z.number().int().min(0);

/**
 * The thread list a note opens with, compact and by column: entry i of every column belongs to
 * thread i, and each name (authors, review rounds) travels once, in a table the columns point
 * into. The same list as ThreadSummary objects was 1.4 MB of JSON for 2,000 threads, and writing,
 * reading and checking it was a good part of opening such a note; arrays of plain values are also
 * the cheapest shape to check. threadsOfList (shared/comments/summary.ts) makes ThreadSummary
 * objects of it. The opening-comment columns hold null (false for `cut`) for a thread without
 * comments, whose `openingAuthor` is null.
 */
export const ThreadList = z
  .object({
    authors: z.array(z.string().max(200)),
    origins: z.array(z.string().max(100)),
    id: z.array(Id),
    createdAt: z.array(z.string()),
    resolved: z.array(z.boolean()),
    status: z.array(AnchorStatus),
    exact: z.array(QuoteSelector.shape.exact),
    prefix: z.array(QuoteSelector.shape.prefix),
    suffix: z.array(QuoteSelector.shape.suffix),
    blockIndex: z.array(QuoteSelector.shape.blockIndex),
    blockId: z.array(z.string().max(200).nullable()),
    start: z.array(Place.nullable()),
    end: z.array(Place.nullable()),
    commentCount: z.array(z.number().int().min(0)),
    /** Per thread, who wrote in it: indexes into `authors`, first writer first. */
    threadAuthors: z.array(z.array(NameIndex)),
    openingAuthor: z.array(NameIndex.nullable()),
    stance: z.array(Stance.nullable()),
    /** 'advies' for an advisor's opening comment, else null (see CommentKind). */
    kind: z.array(z.literal('advies').nullable()),
    findingRule: z.array(RuleId.nullable()),
    origin: z.array(NameIndex.nullable()),
    openedAt: z.array(z.string().nullable()),
    excerpt: z.array(Excerpt.nullable()),
    suggestion: z.array(Excerpt.nullable()),
    cut: z.array(z.boolean()),
  })
  .superRefine((list, context) => {
    const threads = list.id.length;
    const columns = Object.entries(list).filter(([name]) => name !== 'authors' && name !== 'origins');
    for (const [name, column] of columns) if (column.length !== threads) context.addIssue({ code: 'custom', message: 'a column of another length', path: [name] });
    const outside = (index: number | null, table: readonly string[]) => index !== null && index >= table.length;
    if (list.threadAuthors.some((indexes) => indexes.some((index) => outside(index, list.authors))) || list.openingAuthor.some((index) => outside(index, list.authors))) {
      context.addIssue({ code: 'custom', message: 'an author index outside its table', path: ['authors'] });
    }
    if (list.origin.some((index) => outside(index, list.origins))) context.addIssue({ code: 'custom', message: 'an origin index outside its table', path: ['origins'] });
  });
export type ThreadList = z.infer<typeof ThreadList>;

export const ReviewCopyInfo = z.object({
  roundId: Id,
  baseRevision: z.number().int().nullable(),
  sourceNoteId: Id,
});
export type ReviewCopyInfo = z.infer<typeof ReviewCopyInfo>;

/** One export or import; an import row carries the round id of the copy it read. */
export const ReviewRound = z.object({
  roundId: Id,
  createdAt: z.string(),
  baseRevision: z.number().int().nullable(),
  kind: z.enum(['export', 'import']),
  file: z.string(),
  summary: z.record(z.string(), z.unknown()),
});
export type ReviewRound = z.infer<typeof ReviewRound>;

export const NotPlaced = z.object({ threadId: Id, quote: z.string() });

export const ImportFileSummary = z.object({
  file: z.string(),
  roundId: Id,
  added: z.number().int(),
  merged: z.number().int(),
  notPlaced: z.array(NotPlaced),
  /** Sent while Helder still had the copy open, so saved comments may be missing from it. */
  incomplete: z.boolean().default(false),
  /** New "niet begrepen" marks stored. */
  marks: z.number().int().default(0),
});

export const ImportSummary = z.object({
  /** New comments stored. */
  added: z.number().int(),
  /** Comments already present (unchanged, or updated to a newer edit). */
  merged: z.number().int(),
  /** New threads whose quote is no longer in the current text ("tekst gewijzigd"). */
  notPlaced: z.array(NotPlaced),
  perFile: z.array(ImportFileSummary),
  /** Names of copies that may be incomplete (see ImportFileSummary.incomplete). */
  incomplete: z.array(z.string()).default([]),
  /** New "niet begrepen" marks stored. */
  marks: z.number().int().default(0),
});
export type ImportSummary = z.infer<typeof ImportSummary>;

export const ExportFormat = z.enum(['csv', 'html', 'markdown']);
export type ExportFormat = z.infer<typeof ExportFormat>;

/**
 * Largest review copy the browser mode takes by upload: as base64 it must fit the loopback host's
 * 60 MB request limit. In Electron a dropped copy travels by path and only the note store's limit applies.
 */
export const MAX_UPLOAD_BYTES = 40 * 1024 * 1024;
const MAX_UPLOAD_BASE64 = Math.ceil(MAX_UPLOAD_BYTES / 3) * 4;

/** A dropped review copy's bytes (browser mode): only the file name, never a path, and only .helder. */
export const UploadedCopy = z.strictObject({
  name: z
    .string()
    .min(1)
    .max(255)
    // No separators, no drive or stream colon, no control characters: a name, never a path.
    .regex(/^[^\\/:]+\.helder$/i)
    .refine((name) => !/\p{Cc}/u.test(name), { message: 'control character' }),
  data: z.base64().max(MAX_UPLOAD_BASE64),
});
export type UploadedCopy = z.infer<typeof UploadedCopy>;

export const commentsChannels = {
  /** All threads of a note (resolved included; the panel filters), oldest first. */
  'comments.list': {
    request: z.object({ path: FilePath }),
    response: z.array(Thread),
  },
  /** All threads of a note as the list shows them at open (see ThreadList), oldest first. */
  'comments.summaries': {
    request: z.object({ path: FilePath }),
    response: ThreadList,
  },
  /** One thread with all its comments. */
  'comments.thread': {
    request: z.object({ path: FilePath, threadId: Id }),
    response: Thread,
  },
  'comments.add': {
    request: z.object({
      path: FilePath,
      anchor: QuoteSelector,
      stance: Stance,
      body: Body,
      suggestion: z.string().max(20_000).optional(),
      author: Author,
    }),
    response: Thread,
  },
  /** An advisor's review note ("advies") on a finding's words or a sentence; not in a review copy. */
  'comments.advise': {
    request: z.strictObject({
      path: FilePath,
      anchor: QuoteSelector,
      body: Body,
      suggestion: z.string().max(20_000).optional(),
      author: Author,
      findingRule: RuleId.optional(),
    }),
    response: Thread,
  },
  'comments.reply': {
    request: z.object({ path: FilePath, threadId: Id, body: Body, author: Author }),
    response: Thread,
  },
  'comments.edit': {
    request: z.object({
      path: FilePath,
      commentId: Id,
      body: Body,
      suggestion: z.string().max(20_000).nullable().optional(),
      stance: Stance.optional(),
    }),
    response: Thread,
  },
  'comments.resolve': {
    request: z.object({ path: FilePath, threadId: Id, resolved: z.boolean(), by: Author }),
    response: Thread,
  },
  /** Deletes one reply, or the whole thread when `commentId` is omitted or is the first comment. */
  'comments.delete': {
    request: z.object({ path: FilePath, threadId: Id, commentId: Id.optional() }),
    response: z.object({ deleted: z.number().int() }),
  },
  /** The renderer re-anchors after edits and stores where each thread now stands. */
  'comments.updateAnchors': {
    request: z.object({ path: FilePath, updates: z.array(z.object({ threadId: Id, anchor: Anchor })).max(50_000) }),
    response: z.object({ updated: z.number().int() }),
  },
  'comments.exportCsv': {
    request: z.object({ path: FilePath }),
    response: z.object({ csv: z.string() }),
  },
  'comments.exportReport': {
    request: z.object({ path: FilePath, format: z.enum(['html', 'markdown']) }),
    response: z.object({ content: z.string() }),
  },
  /** Writes the export next to the note under a free name (never over an existing file). */
  'comments.exportToFile': {
    request: z.strictObject({ path: FilePath, format: ExportFormat }),
    response: z.object({ file: FilePath }),
  },
  /** Note id, review-copy marking and the rounds recorded in this note. */
  'review.info': {
    request: z.object({ path: FilePath }),
    response: z.object({ noteId: Id, reviewCopy: ReviewCopyInfo.nullable(), rounds: z.array(ReviewRound) }),
  },
  /** "Maak reviewkopie": a copy of the note as it is now, marked as review copy of a new round. */
  /**
   * Writes a review copy next to the note. It holds the text and only the threads in `share`
   * (open threads the writer chose to show the panel); internal and resolved threads stay home.
   */
  'review.export': {
    request: z.strictObject({ path: FilePath, share: z.array(Id).max(10_000).default([]) }),
    response: z.object({ file: FilePath, roundId: Id, baseRevision: z.number().int().nullable() }),
  },
  /** "Reacties importeren": all files are checked first; one refused file refuses the whole import. */
  'review.import': {
    request: z.object({ path: FilePath, files: z.array(FilePath).min(1).max(200) }),
    response: ImportSummary,
  },
  /** The same import for copies dropped in the browser mode, where the page knows no file paths. */
  'review.importUpload': {
    request: z
      .strictObject({ path: FilePath, files: z.array(UploadedCopy).min(1).max(20) })
      .refine(({ files }) => files.reduce((sum, file) => sum + file.data.length, 0) <= MAX_UPLOAD_BASE64, { message: 'too large', path: ['files'] }),
    response: ImportSummary,
  },
} as const;
