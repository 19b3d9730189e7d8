import { flatten, reanchorFlat } from '../comments/anchor';
import type { Stance, Thread } from '../contract/comments';
import type { Block } from '../document/blocks';
import type { NotUnderstoodMark } from '../contract/not-understood';
import { isPaperOrigin } from '../paper/entries';
import { marksBySection, wordKey } from './not-understood';

/*
 * The panel summary of one note ("u zei, wij deden"): per section of the current text, what the
 * panel said (comments by stance, words not understood, open questions) and what the writer did
 * with each comment (answered, or resolved as done). Built from data only; HTML and PDF are
 * drawn from this one model.
 */

export const STANCES: readonly Stance[] = ['vraag', 'onduidelijk', 'eens', 'oneens', 'suggestie'];

/** A word residents did not understand, counted within one section. */
export interface UnclearWord {
  /** Section title ('' = before the first heading). */
  section: string;
  word: string;
  count: number;
}

export type WriterAction = 'answered' | 'done' | 'open';

export interface SummaryComment {
  quote: string;
  stance: Stance | null;
  body: string;
  /** Only when the resident gave a name and the summary is not anonymous. */
  name: string | null;
  paper: boolean;
  action: WriterAction;
  /** The writer's last reply, if any. */
  reply: string | null;
  /** The quoted words are no longer in the text. */
  changed: boolean;
}

export interface SummarySection {
  title: string;
  counts: Record<Stance, number>;
  words: { word: string; count: number }[];
  openQuestions: SummaryComment[];
  comments: SummaryComment[];
}

export interface PanelSummary {
  title: string;
  date: string;
  anonymous: boolean;
  totals: { comments: number; answered: number; done: number; open: number; paper: number };
  sections: SummarySection[];
}

/** Comments from the panel: returned review copies and typed-back paper forms, not the writer's own. */
export const isPanelOrigin = (origin: string) => origin.startsWith('review:') || isPaperOrigin(origin);

/** The title of the heading a block falls under ('' before the first heading). */
function sectionTitles(blocks: readonly Block[]): string[] {
  let current = '';
  return blocks.map((block) => {
    if (block.kind === 'heading') current = block.text.trim();
    return current;
  });
}

/** Section of each thread by where its words stand now (or stood, for changed text). */
function sectionsOfThreads(blocks: readonly Block[], threads: readonly Thread[]): Map<string, string> {
  const flat = flatten(blocks);
  const titles = sectionTitles(blocks);
  const indexOf = new Map(blocks.map((block, index) => [block.id, index]));
  const out = new Map<string, string>();
  for (const thread of threads) {
    const placement = reanchorFlat(flat, thread.anchor.selector);
    const blockId = placement.status === 'orphaned' ? placement.near?.blockId : placement.blockId;
    const index = blockId === undefined ? undefined : indexOf.get(blockId);
    out.set(thread.id, index === undefined ? '' : (titles[index] ?? ''));
  }
  return out;
}

const panelThreads = (threads: readonly Thread[]) => threads.filter((thread) => thread.comments.length > 0 && isPanelOrigin(thread.comments[0]!.origin));

/** The quoted words of panel comments with stance "onduidelijk", counted per section. */
export function notUnderstoodFromComments(blocks: readonly Block[], threads: readonly Thread[]): UnclearWord[] {
  const unclear = panelThreads(threads).filter((thread) => thread.comments[0]!.stance === 'onduidelijk');
  const sections = sectionsOfThreads(blocks, unclear);
  const counts = new Map<string, UnclearWord>();
  for (const thread of unclear) {
    const word = thread.anchor.selector.exact.trim().replace(/\s+/g, ' ');
    const section = sections.get(thread.id) ?? '';
    const key = `${section}\u0000${word.toLowerCase()}`;
    const entry = counts.get(key) ?? { section, word, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  return [...counts.values()];
}

/**
 * The words residents did not understand, per section: their "niet begrepen" marks (one count per
 * resident) together with "onduidelijk" comments, which is how a paper form says the same thing.
 */
export function unclearWords(blocks: readonly Block[], threads: readonly Thread[], marks: readonly NotUnderstoodMark[]): UnclearWord[] {
  const out = new Map<string, UnclearWord>();
  const add = (section: string, word: string, count: number) => {
    const key = `${section}\u0000${wordKey(word)}`;
    const entry = out.get(key) ?? { section, word, count: 0 };
    entry.count += count;
    out.set(key, entry);
  };
  for (const section of marksBySection(marks, blocks)) for (const word of section.words) add(section.heading.trim(), word.word, word.residents);
  for (const word of notUnderstoodFromComments(blocks, threads)) add(word.section, word.word, word.count);
  return [...out.values()];
}

function writerAction(thread: Thread): { action: WriterAction; reply: string | null } {
  const replies = thread.comments.slice(1).filter((comment) => comment.origin === 'local');
  const reply = replies.at(-1)?.body ?? null;
  if (thread.resolved) return { action: 'done', reply };
  return { action: reply === null ? 'open' : 'answered', reply };
}

const emptyCounts = (): Record<Stance, number> => ({ vraag: 0, onduidelijk: 0, eens: 0, oneens: 0, suggestie: 0 });

export interface SummaryInput {
  title: string;
  date: string;
  blocks: readonly Block[];
  threads: readonly Thread[];
  notUnderstood: readonly UnclearWord[];
  anonymous: boolean;
}

export function buildPanelSummary(input: SummaryInput): PanelSummary {
  const threads = panelThreads(input.threads);
  const sectionOf = sectionsOfThreads(input.blocks, threads);
  // Sections in the order of the text; the part before the first heading comes first.
  const order = ['', ...input.blocks.filter((block) => block.kind === 'heading').map((block) => block.text.trim())];
  const sections = new Map<string, SummarySection>();
  const section = (title: string) => {
    let entry = sections.get(title);
    if (!entry) sections.set(title, (entry = { title, counts: emptyCounts(), words: [], openQuestions: [], comments: [] }));
    return entry;
  };
  const totals = { comments: 0, answered: 0, done: 0, open: 0, paper: 0 };
  for (const thread of threads) {
    const first = thread.comments[0]!;
    const { action, reply } = writerAction(thread);
    const name = first.author.trim();
    const comment: SummaryComment = {
      quote: thread.anchor.selector.exact,
      stance: first.stance,
      body: first.body,
      name: input.anonymous || name === '' ? null : name,
      paper: isPaperOrigin(first.origin),
      action,
      reply,
      changed: thread.anchor.status === 'orphaned',
    };
    const target = section(sectionOf.get(thread.id) ?? '');
    if (first.stance) target.counts[first.stance] += 1;
    if (first.stance === 'vraag' && action === 'open') target.openQuestions.push(comment);
    target.comments.push(comment);
    totals.comments += 1;
    totals[action] += 1;
    if (comment.paper) totals.paper += 1;
  }
  for (const word of input.notUnderstood) section(word.section).words.push({ word: word.word, count: word.count });
  for (const entry of sections.values()) entry.words.sort((a, b) => b.count - a.count || a.word.localeCompare(b.word, 'nl'));
  const rank = (title: string) => {
    const at = order.indexOf(title);
    return at === -1 ? order.length : at;
  };
  return {
    title: input.title,
    date: input.date,
    anonymous: input.anonymous,
    totals,
    sections: [...sections.values()].sort((a, b) => rank(a.title) - rank(b.title)),
  };
}
