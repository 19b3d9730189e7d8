import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Checker } from '../../../shared/checker';
import { loadDictionaryFile } from '../checks/load-dictionary';
import type { CustomDictionary } from '../../../shared/checker/dictionary/schema';
import { cleanAuthor, cleanText } from '../../../shared/comments';
import { HelderError, type NotUnderstoodMark, type NotUnderstoodWord, type OrganisationWord, type QuoteSelectorPayload } from '../../../shared/contract';
import { toBlocks } from '../../../shared/document';
import { liveMarks, type MarkRecord } from '../../../shared/panel/merge-marks';
import { notUnderstoodWords, type FlaggedBy, type NoteMarks } from '../../../shared/panel/word-list';
import { schemaVersionOf } from '../migrations';
import { isNoteFileName } from '../werkmap';
import type { NoteStore } from '../note-store';
import { readNoteAtRest } from '../note-store/note-image';
import type { SettingsStore } from '../settings';
import type { SqliteDatabase, SqliteOptions } from '../sqlite';
import { readIdentity } from '../comments/repository';
import { hasMarkTable, markWriters, readListedMarks, readMarkRecords } from './repository';
import { addOrganisationWord, type AddedWord } from './organisation-list-file';

/** The file a new organisation list gets in the werkmap, so the team finds it next to its notes. */
export const ORGANISATION_LIST_NAME = 'woordenlijst-organisatie.json';
/** A resident marks words, not pages: a longer selection is no word to add to a list. */
const MAX_MARKED_CHARS = 100;
const MAX_MARKS_PER_NOTE = 20_000;
/** The rules that judge a word on its own; sentence and paragraph rules say nothing about one word. */
const WORD_RULES = new Set(['jargon', 'hard-word', 'abbreviation', 'nominalisation', 'vague-filler', 'spelling']);

/** Index of the last value ≤ `at` in ascending `values`, or -1. */
function lastAtOrBefore(values: readonly number[], at: number): number {
  let low = 0;
  let high = values.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (values[middle]! <= at) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

const NoteRow = z.object({ title: z.string(), review_round_id: z.string().nullable(), json: z.string() });

export interface NotUnderstoodOptions extends SqliteOptions {
  now?: () => Date;
}

/**
 * "Ik begrijp dit niet": residents' marks in review copies (stored per note, merged home by the
 * review import), the writer's list of those words per note or werkmap, and adding a word to the
 * organisation word list that the checker reads.
 */
export class NotUnderstoodService {
  private readonly now: () => Date;
  private readonly sqlite: SqliteOptions;
  private checker: { key: string; checker: Promise<Checker> } | null = null;

  constructor(
    private readonly store: NoteStore,
    private readonly settings: SettingsStore,
    options: NotUnderstoodOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.sqlite = { nativeBinding: options.nativeBinding };
  }

  list(file: string): NotUnderstoodMark[] {
    const db = this.store.database(file);
    return hasMarkTable(schemaVersionOf(db)) ? liveMarks(readMarkRecords(db)) : [];
  }

  /** Marks words in a review copy; only a copy takes marks (the writer's own note gets them by import). */
  add(file: string, input: { anchor: QuoteSelectorPayload; meaning?: string | undefined; author: string }): NotUnderstoodMark {
    const db = this.store.writableDatabase(file);
    const identity = readIdentity(db);
    if (identity.review_round_id === null) throw new HelderError('review.notReviewCopy', { file: path.basename(file) });
    const words = input.anchor.exact.trim();
    if (words === '' || words.length > MAX_MARKED_CHARS) throw new HelderError('ipc.invalidRequest', { reason: 'anchor' });
    const author = cleanAuthor(input.author);
    if (author === '') throw new HelderError('ipc.invalidRequest', { reason: 'author' });
    const meaning = input.meaning === undefined ? '' : cleanText(input.meaning, 2000).trim();
    const mark: MarkRecord = {
      id: randomUUID(),
      anchor: { selector: input.anchor, status: 'exact' },
      meaning: meaning === '' ? null : meaning,
      author,
      createdAt: this.now().toISOString(),
      editedAt: null,
      deletedAt: null,
      origin: identity.review_round_id,
    };
    db.transaction(() => {
      const count = (db.prepare('SELECT count(*) AS n FROM not_understood').get() as { n: number }).n;
      if (count >= MAX_MARKS_PER_NOTE) throw new HelderError('note.tooManyComments', { file: path.basename(file), limit: String(MAX_MARKS_PER_NOTE) });
      markWriters(db).insert(mark);
    })();
    return liveMarks([mark])[0]!;
  }

  /** Takes a mark back; its row stays as a tombstone so an older copy cannot bring it back. */
  remove(file: string, id: string): boolean {
    const db = this.store.writableDatabase(file);
    return db.transaction(() => {
      const mark = readMarkRecords(db).find((item) => item.id === id && item.deletedAt === null);
      if (!mark) return false;
      markWriters(db).update({ ...mark, deletedAt: this.now().toISOString() });
      return true;
    })();
  }

  /** The list for one note, or for every note in a werkmap folder (review copies are the residents' own and are skipped). */
  async words(scope: { path?: string; folder?: string }): Promise<{ words: NotUnderstoodWord[]; notes: number; skipped: string[] }> {
    const skipped: string[] = [];
    const notes: NoteMarks[] = [];
    const files = scope.path !== undefined ? [scope.path] : this.notesIn(scope.folder);
    for (const file of files) {
      try {
        const note = this.noteMarks(file);
        if (note) notes.push(note);
      } catch (error) {
        // One note explicitly asked for must say what is wrong; in a werkmap the rest still count.
        if (scope.path !== undefined) throw error;
        skipped.push(path.basename(file));
      }
    }
    const flagged = this.flaggedBy(await this.currentChecker());
    return { words: notUnderstoodWords(notes, flagged), notes: notes.length, skipped };
  }

  /** Adds the word to the organisation list in the check settings, or starts that list in `folder`. */
  async addToOrganisationList(entry: OrganisationWord, folder: string | undefined): Promise<AddedWord> {
    const configured = this.settings.get().checks.organisationDictionary;
    if (configured === null && folder === undefined) throw new HelderError('ipc.invalidRequest', { reason: 'folder' });
    const file = configured ?? path.join(folder!, ORGANISATION_LIST_NAME);
    const added = await addOrganisationWord(file, entry);
    if (configured === null) this.settings.set({ checks: { ...this.settings.get().checks, organisationDictionary: file } });
    this.checker = null;
    return added;
  }

  private notesIn(folder: string | undefined): string[] {
    if (folder === undefined) throw new HelderError('ipc.invalidRequest', { reason: 'folder' });
    const stat = fs.statSync(folder, { throwIfNoEntry: false });
    if (!stat?.isDirectory()) throw new HelderError('werkmap.notFound', { folder: path.basename(folder) });
    return fs
      .readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isFile() && isNoteFileName(entry.name))
      .map((entry) => path.join(folder, entry.name))
      .sort();
  }

  /** A note's marks and text; null for a review copy (its marks count once they are imported). */
  private noteMarks(file: string): NoteMarks | null {
    const read = (db: SqliteDatabase, version: number): NoteMarks | null => {
      if (!hasMarkTable(version)) return null;
      const row = NoteRow.parse(db.prepare('SELECT meta.title, meta.review_round_id, document.json FROM meta, document WHERE meta.id = 1 AND document.id = 1').get());
      if (row.review_round_id !== null) return null;
      return { path: file, title: row.title, marks: readListedMarks(db), blocks: () => toBlocks(row.json) };
    };
    if (this.store.isOpen(file)) {
      const db = this.store.database(file);
      return read(db, schemaVersionOf(db));
    }
    return readNoteAtRest(file, this.sqlite, read);
  }

  /**
   * Whether the checker, with the organisation list, already flags each word on its own. All words
   * go in one text, one paragraph each: one checker pass instead of one per word.
   */
  private flaggedBy(checker: Checker): FlaggedBy {
    return (words) => {
      if (words.length === 0) return [];
      const starts: number[] = [];
      let offset = 0;
      for (const word of words) {
        starts.push(offset);
        offset += word.length + 2;
      }
      const rules: (string | null)[] = words.map(() => null);
      for (const finding of checker.checkText(words.join('\n\n')).findings) {
        if (!WORD_RULES.has(finding.ruleId)) continue;
        const index = lastAtOrBefore(starts, finding.start);
        if (index >= 0 && rules[index] === null && finding.start < starts[index]! + words[index]!.length) rules[index] = finding.ruleId;
      }
      return rules;
    };
  }

  /** Loaded on first use (the checker and its dictionaries are large), again when the list changed. */
  private currentChecker(): Promise<Checker> {
    const file = this.settings.get().checks.organisationDictionary;
    const stat = file ? fs.statSync(file, { throwIfNoEntry: false }) : undefined;
    const key = stat ? `${file}\u0000${stat.mtimeMs}\u0000${stat.size}` : '';
    if (this.checker?.key === key) return this.checker.checker;
    // A broken or oversized list is reported where it is loaded for the editor; here the built-in words still count.
    const organisation: Promise<CustomDictionary[]> = file && stat ? loadDictionaryFile(file).then(({ dictionary }) => [dictionary], () => []) : Promise.resolve([]);
    const checker = Promise.all([organisation, import('../../../shared/checker')]).then(([dictionaries, { createChecker }]) => createChecker({ dictionaries }));
    this.checker = { key, checker };
    return checker;
  }
}
