// Versions of a note: list with scores, compare, read one, restore. Scores come from one
// checker per process (its block cache makes the next version of the same note cheap) and are
// cached per revision in the note, so the Versies view of 500 versions reads rows, not text.
import type { Checker } from '../../../shared/checker';
import { HelderError, type Comparison, type VersionInfo, type VersionRef, type VersionStats } from '../../../shared/contract';
import { toBlocks } from '../../../shared/document';
import { checkLexical, compareDocuments, statsOf } from '../../../shared/versions';
import { isReviewCopy } from '../comments';
import type { NoteStore } from '../note-store';
import { readRevisionHeads, readRevisionInfo, recordAuthor, storeStats } from './revision-info';

export class VersionService {
  private checkerInstance: Promise<Checker> | null = null;

  constructor(private readonly store: NoteStore) {}

  /**
   * Loaded on first use: a process that never opens the Versies view never compiles the
   * dictionaries, and loading the services (the test host, main) does not load the checker.
   */
  checker(): Promise<Checker> {
    this.checkerInstance ??= import('../../../shared/checker').then(({ createChecker }) => createChecker());
    return this.checkerInstance;
  }

  /** After a save that made a revision: remember who kept it. */
  recordRevision(file: string, revisionId: number, author: string): void {
    recordAuthor(this.store.database(file), revisionId, author);
  }

  async list(file: string): Promise<VersionInfo[]> {
    const checker = await this.checker();
    const db = this.store.database(file);
    const revisions = readRevisionHeads(db);
    const info = readRevisionInfo(db);
    const noteAuthor = this.store.openNote(file).meta.author;
    const fresh: { revisionId: number; author: string; stats: VersionStats }[] = [];
    const versions = revisions.map((revision): VersionInfo => {
      const row = info.get(revision.id);
      const author = row?.author || noteAuthor;
      let stats = row?.stats ?? null;
      if (!stats) {
        stats = statsOf(checkLexical(checker, this.store.revisionDocument(file, revision.id)));
        fresh.push({ revisionId: revision.id, author, stats });
      }
      return { id: revision.id, kind: revision.kind, name: revision.name, createdAt: revision.created_at, author, stats };
    });
    // A review copy is read as exported: its cache is not written, only computed.
    if (fresh.length > 0 && !isReviewCopy(db)) storeStats(db, fresh);
    return versions;
  }

  /** Fills missing cached scores; a note closed or removed meanwhile is simply skipped. */
  async cacheStats(file: string): Promise<void> {
    if (!this.store.isOpen(file)) return;
    try {
      await this.list(file);
    } catch {
      // Best effort: the Versies view computes what is missing when it opens.
    }
  }

  document(file: string, ref: VersionRef): string {
    if (ref === 'current') return this.store.openNote(file).document;
    try {
      return this.store.revisionDocument(file, ref);
    } catch (error) {
      if (error instanceof HelderError && error.code === 'note.notFound') throw new HelderError('versions.notFound', { revision: String(ref) });
      throw error;
    }
  }

  text(file: string, id: number): { document: string; text: string } {
    const document = this.document(file, id);
    return { document, text: toBlocks(document).map((block) => block.text).join('\n\n') };
  }

  async compare(file: string, from: VersionRef, to: VersionRef): Promise<Comparison> {
    const checker = await this.checker();
    const label = (ref: VersionRef) => {
      if (ref === 'current') return { ref, name: null, createdAt: null };
      const revision = readRevisionHeads(this.store.database(file)).find((item) => item.id === ref);
      return { ref, name: revision?.name ?? null, createdAt: revision?.created_at ?? null };
    };
    return compareDocuments(checker, this.document(file, from), this.document(file, to), label(from), label(to));
  }

  /**
   * Keeps the current text as a named version first, then makes the old version the current
   * text (as a named version too, so the trend shows the step). Undo = restore the kept one.
   */
  restore(file: string, id: number, names: { keepName: string; restoredName: string }, author: string): { document: string; keptRevisionId: number; revisionId: number } {
    const target = this.document(file, id);
    const current = this.document(file, 'current');
    const kept = this.store.save(file, current, { kind: 'named', name: names.keepName });
    const restored = this.store.save(file, target, { kind: 'named', name: names.restoredName });
    if (kept.revisionId === null || restored.revisionId === null) throw new HelderError('internal');
    this.recordRevision(file, kept.revisionId, author);
    this.recordRevision(file, restored.revisionId, author);
    return { document: target, keptRevisionId: kept.revisionId, revisionId: restored.revisionId };
  }
}
