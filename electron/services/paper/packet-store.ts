import { z } from 'zod';
import type { PaperPacketInfo } from '../../../shared/contract';
import type { PaperLayout } from '../../../shared/paper';
import type { SqliteDatabase } from '../sqlite';
import { RoundRow } from '../comments/rows';

/*
 * A paper packet is a review round whose copy went out on paper: it is kept as an 'export' row of
 * review_rounds (round id, time, the printed version as base revision, the PDF's name), and its
 * summary holds what each printed line showed. No table of its own, so no schema change.
 */

const PaperLineSchema = z.object({ page: z.number().int().min(1), line: z.number().int().min(1), start: z.number().int().min(0), end: z.number().int().min(0) });
const PaperSummary = z.object({
  paper: z.object({
    number: z.number().int().min(1),
    textPages: z.array(z.number().int()),
    layout: z.object({
      blocks: z.array(z.object({ id: z.string().max(200), text: z.string() })),
      lines: z.array(PaperLineSchema),
    }),
  }),
});

export interface StoredPacket {
  info: PaperPacketInfo;
  layout: PaperLayout;
}

/**
 * A note may come from anywhere: a line that points outside the printed text, or at nothing,
 * is dropped here, so a hand-made summary can never produce an empty or misplaced quote.
 */
function saneLayout(layout: PaperLayout): PaperLayout {
  const length = layout.blocks.reduce((sum, block) => sum + block.text.length + 1, -1);
  return { blocks: layout.blocks, lines: layout.lines.filter((line) => line.start < line.end && line.end <= length && line.line <= 200) };
}

/** Every paper packet of the note, newest first; rows of digital rounds are skipped. */
export function readPackets(db: SqliteDatabase): StoredPacket[] {
  const rows = db.prepare("SELECT round_id, kind, created_at, base_revision, file, summary FROM review_rounds WHERE kind = 'export' ORDER BY id DESC").all();
  const out: StoredPacket[] = [];
  for (const row of rows) {
    const round = RoundRow.parse(row);
    let summary: unknown;
    try {
      summary = JSON.parse(round.summary);
    } catch {
      continue;
    }
    const parsed = PaperSummary.safeParse(summary);
    if (!parsed.success) continue;
    const { number, textPages } = parsed.data.paper;
    const layout = saneLayout(parsed.data.paper.layout);
    out.push({ info: { roundId: round.round_id, number, createdAt: round.created_at, file: round.file, revisionId: round.base_revision, textPages }, layout });
  }
  return out;
}

export function recordPacket(db: SqliteDatabase, packet: StoredPacket): void {
  const { info, layout } = packet;
  db.prepare("INSERT INTO review_rounds (round_id, kind, created_at, base_revision, file, summary) VALUES (?, 'export', ?, ?, ?, ?)").run(
    info.roundId,
    info.createdAt,
    info.revisionId,
    info.file,
    JSON.stringify({ paper: { number: info.number, textPages: info.textPages, layout } }),
  );
}

/** Typing-back rounds are recorded too, so the note's history shows when paper comments came in. */
export function recordEntryRound(db: SqliteDatabase, roundId: string, at: string, file: string, counts: { added: number; known: number; notPlaced: number }): void {
  db.prepare("INSERT INTO review_rounds (round_id, kind, created_at, base_revision, file, summary) VALUES (?, 'import', ?, NULL, ?, ?)").run(roundId, at, file, JSON.stringify({ paperEntries: counts }));
}
