// The paper round (issue 15): "Papieren versie maken" prints the note as it is now, kept as a
// named version; "Papieren reacties invoeren" places typed-back comments on the printed words and
// stores them like any comment, with origin "papier"; the panel summary is written from all of it.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { flatten, reanchorFlat, withPlacement } from '../../../shared/comments/anchor';
import { cleanAuthor, cleanText } from '../../../shared/comments/sanitize';
import { HelderError, type PaperEntry, type PaperEntrySummary, type PaperPacketInfo, type SummaryFormat } from '../../../shared/contract';
import { toRichBlocks } from '../../../shared/convert';
import { toBlocks } from '../../../shared/document';
import { termsForResidents } from '../../../shared/explain/resident-words';
import { buildPanelSummary, panelSummaryHtml, unclearWords } from '../../../shared/panel';
import { PACKET_TEXT } from '../../../shared/panel/labels';
import { PAPER_ORIGIN, PaperLineIndex, planPaperEntries } from '../../../shared/paper';
import { currentBlocks, noteTitle } from '../comments/note-data';
import { isReviewCopy, readThreadRecords, readThreads, readTombstones, writers } from '../comments/repository';
import { paperPacketPdf } from '../documents/paper-pdf';
import { panelSummaryPdf } from '../documents/summary-pdf';
import { writeBeside } from '../documents/write-beside';
import type { NoteStore } from '../note-store';
import { MAX_THREADS_PER_NOTE } from '../note-store/limits';
import type { VersionService } from '../versions/version-service';
import { liveMarks } from '../../../shared/panel/merge-marks';
import { readMarkRecords } from '../not-understood/repository';
import { readPackets, recordEntryRound, recordPacket } from './packet-store';

export class PaperService {
  constructor(
    private readonly store: NoteStore,
    private readonly versions: VersionService,
    private readonly options: { now?: () => Date; author?: () => string } = {},
  ) {}

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  private writable(file: string) {
    const db = this.store.writableDatabase(file);
    if (isReviewCopy(db)) throw new HelderError('review.isReviewCopy', { file: path.basename(file) });
    return db;
  }

  packets(file: string): PaperPacketInfo[] {
    return readPackets(this.store.database(file)).map((packet) => packet.info);
  }

  /** Keeps the current text as "Papieren versie N", writes the packet PDF beside the note, records what each line held. */
  async make(file: string): Promise<{ file: string; packet: PaperPacketInfo }> {
    const db = this.writable(file);
    const note = this.store.openNote(file);
    const number = readPackets(db).reduce((max, packet) => Math.max(max, packet.info.number), 0) + 1;
    const at = this.now();
    const blocks = toBlocks(note.document);
    const rich = toRichBlocks(note.document);
    const sameOrder = rich.length === blocks.length;
    const result = (await this.versions.checker()).checkDocument(blocks);
    // Loaded when a packet is made, like the checker: the dictionaries stay out of main's start.
    const { builtinResidentWords } = await import('../../../shared/explain/builtin-resident-words');
    const terms = termsForResidents(result.findings, blocks, builtinResidentWords());
    const packet = await paperPacketPdf({
      title: note.meta.title,
      author: note.meta.author,
      number,
      date: at.toISOString(),
      blocks: blocks.map((block, index) => ({ ...block, listType: sameOrder ? rich[index]?.listType : undefined })),
      terms,
    });
    const { revisionId } = this.store.save(file, note.document, { kind: 'named', name: PACKET_TEXT.label(number) });
    if (revisionId !== null) this.versions.recordRevision(file, revisionId, this.options.author?.() ?? note.meta.author);
    const written = writeBeside(file, ` papieren versie ${number}`, '.pdf', packet.bytes);
    const info: PaperPacketInfo = { roundId: randomUUID(), number, createdAt: at.toISOString(), file: path.basename(written), revisionId, textPages: packet.textPages };
    this.store.write(file, () => db.transaction(() => recordPacket(db, { info, layout: packet.layout }))());
    return { file: written, packet: info };
  }

  /**
   * Places typed-back paper comments. Each entry is found by page and line in the printed
   * version, then anchored in the current text like any comment; entries typed before are
   * recognised by their stable id and left alone. All in one transaction.
   */
  enter(file: string, roundId: string, entries: readonly PaperEntry[]): PaperEntrySummary {
    const db = this.writable(file);
    const packet = readPackets(db).find((item) => item.info.roundId === roundId);
    if (!packet) throw new HelderError('paper.notFound', { file: path.basename(file) });
    const index = new PaperLineIndex(packet.layout);
    const stamp = this.now().toISOString();
    return this.store.write(file, () =>
      db.transaction((): PaperEntrySummary => {
        const summary: PaperEntrySummary = { added: 0, known: 0, notPlaced: [], refused: [] };
        const located: { index: number; entry: PaperEntry; selector: ReturnType<PaperLineIndex['selector']> }[] = [];
        entries.forEach((entry, at) => {
          const selector = index.selector(entry.page, entry.line, entry.words);
          if (selector.ok) located.push({ index: at, entry, selector });
          else summary.refused.push({ index: at, reason: selector.reason });
        });
        const plan = planPaperEntries(
          { threads: new Set(readThreadRecords(db).map((thread) => thread.id)), tombstones: new Set(readTombstones(db)) },
          roundId,
          located.map((item) => item.entry),
        );
        summary.known = plan.known.length;
        if (readThreadRecords(db).length + plan.add.length > MAX_THREADS_PER_NOTE) throw new HelderError('note.tooManyComments', { file: path.basename(file), limit: String(MAX_THREADS_PER_NOTE) });
        const flat = flatten(currentBlocks(db));
        const write = writers(db);
        for (const item of plan.add) {
          const { index: original, selector } = located[item.index]!;
          if (!selector.ok) continue;
          const placement = reanchorFlat(flat, selector.selector);
          const anchor = { selector: withPlacement(selector.selector, placement, flat), status: placement.status };
          write.insertThread({ id: item.threadId, createdAt: stamp, resolved: false, resolvedAt: null, resolvedBy: null, stateChangedAt: null, anchor });
          write.insertComment({
            id: item.commentId,
            threadId: item.threadId,
            author: cleanAuthor(item.entry.name),
            stance: item.entry.stance,
            body: cleanText(item.entry.body),
            suggestion: null,
            createdAt: stamp,
            editedAt: null,
            origin: PAPER_ORIGIN,
          });
          summary.added += 1;
          if (placement.status === 'orphaned') summary.notPlaced.push({ index: original, quote: selector.selector.exact });
        }
        recordEntryRound(db, roundId, stamp, packet.info.file, { added: summary.added, known: summary.known, notPlaced: summary.notPlaced.length });
        return summary;
      })(),
    );
  }

  /** The panel summary ("u zei, wij deden") written next to the note as HTML or PDF. */
  async exportSummary(file: string, format: SummaryFormat, anonymous: boolean): Promise<string> {
    const db = this.store.database(file);
    const blocks = currentBlocks(db);
    const threads = readThreads(db);
    const marks = liveMarks(readMarkRecords(db));
    const notUnderstood = unclearWords(blocks, threads, marks);
    const summary = buildPanelSummary({ title: noteTitle(db), date: this.now().toISOString(), blocks, threads, notUnderstood, anonymous });
    const suffix = anonymous ? ' panelsamenvatting zonder namen' : ' panelsamenvatting';
    if (format === 'html') return writeBeside(file, suffix, '.html', panelSummaryHtml(summary));
    return writeBeside(file, suffix, '.pdf', await panelSummaryPdf(summary));
  }
}
