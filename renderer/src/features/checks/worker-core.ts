// The worker's bookkeeping, kept free of `self` and `postMessage` so it runs in unit tests.
// It remembers each note's blocks (the editor sends a block's text only when it changed), runs
// the engine over the whole block list (the engine's cache makes unchanged blocks free) and
// answers with the block results the editor is waiting for plus the document-level part: after
// the first reply, only what changed of the hashes and sections (see `full` in protocol.ts).
import type { Block, BlockResult, DocumentResult, Finding, SectionResult } from '../../../../shared/checker/types';
import type { CheckResultMessage, FromWorker, NoteOverride, SectionsPatch, ToWorker, WireBlock } from './protocol';

export interface CheckEngine {
  checkDocument(blocks: Block[]): DocumentResult;
}

/** Builds the engine of a note with its own settings, laid over the shared settings of the moment. */
export type NoteEngineFactory = (override: NoteOverride) => CheckEngine;

interface StoredBlock {
  hash: string;
  block: Block;
}

interface NoteBlocks {
  order: string[];
  blocks: Map<string, StoredBlock>;
  /** Blocks whose result the editor is waiting for (new text, or asked again). */
  wanted: Set<string>;
  docVersion: number;
  /** Blocks whose hash changed since the last reply. */
  rehashed: Set<string>;
  /** The last reply's docVersion and sections; null: the next reply tells the whole note (the list changed). */
  replied: { docVersion: number; sections: readonly SectionResult[] } | null;
}

type CheckMessage = Extract<ToWorker, { type: 'check' }>;

export class WorkerCore {
  private readonly notes = new Map<string, NoteBlocks>();
  /** Notes with their own settings. Kept apart from the blocks: a note's session may come and go. */
  private readonly overrides = new Map<string, { key: string; override: NoteOverride }>();
  /** One engine per distinct override, so notes with the same settings share its cache. */
  private readonly noteEngines = new Map<string, CheckEngine>();

  constructor(
    private engine: CheckEngine,
    private buildNoteEngine: NoteEngineFactory | null = null,
  ) {}

  /**
   * New shared settings: the notes' own engines are built again over them (on their next check),
   * and every block result must be sent again, made with the new engines.
   */
  replaceEngine(engine: CheckEngine, buildNoteEngine: NoteEngineFactory | null = this.buildNoteEngine): string[] {
    this.engine = engine;
    this.buildNoteEngine = buildNoteEngine;
    this.noteEngines.clear();
    for (const note of this.notes.values()) for (const id of note.order) note.wanted.add(id);
    return [...this.notes.keys()];
  }

  /**
   * Gives a note its own settings (null: back to the shared ones). Returns whether that note must
   * be checked again: only when its settings really changed and the worker holds its text.
   */
  setOverride(noteId: string, override: NoteOverride | null): boolean {
    const before = this.overrides.get(noteId)?.key ?? null;
    const key = override ? JSON.stringify(override) : null;
    if (key === before) return false;
    if (override && key) this.overrides.set(noteId, { key, override });
    else this.overrides.delete(noteId);
    const used = new Set([...this.overrides.values()].map((entry) => entry.key));
    for (const engineKey of this.noteEngines.keys()) if (!used.has(engineKey)) this.noteEngines.delete(engineKey);
    const note = this.notes.get(noteId);
    if (!note) return false;
    for (const id of note.order) note.wanted.add(id);
    return true;
  }

  /** The notes' own settings in use, e.g. to know whether any note needs the spelling list. */
  overridesInUse(): NoteOverride[] {
    return [...this.overrides.values()].map((entry) => entry.override);
  }

  /** Drops the note's text; its own settings stay until they are set to null. */
  forget(noteId: string): void {
    this.notes.delete(noteId);
  }

  private engineFor(noteId: string): CheckEngine {
    const entry = this.overrides.get(noteId);
    if (!entry) return this.engine;
    if (!this.buildNoteEngine) throw new Error('note settings need a note engine factory');
    let engine = this.noteEngines.get(entry.key);
    if (!engine) {
      engine = this.buildNoteEngine(entry.override);
      this.noteEngines.set(entry.key, engine);
    }
    return engine;
  }

  /**
   * Takes in a check request without checking yet, so that several queued requests cost one
   * check. Returns a resync request when a block arrives without text the worker does not have.
   */
  receive(message: CheckMessage): FromWorker | null {
    let note = this.notes.get(message.noteId);
    if (message.changedOnly) return this.receiveChanged(note, message);
    if (!note) {
      note = { order: [], blocks: new Map(), wanted: new Set(), docVersion: -1, rehashed: new Set(), replied: null };
      this.notes.set(message.noteId, note);
    }
    const next = new Map<string, StoredBlock>();
    const order: string[] = [];
    for (const wire of message.blocks) {
      const stored = toStored(wire, note.blocks.get(wire.id));
      if (!stored) {
        // Keep nothing half-known: the editor resends all texts.
        this.notes.delete(message.noteId);
        return { type: 'resync', noteId: message.noteId };
      }
      next.set(wire.id, stored);
      order.push(wire.id);
      if (wire.text !== undefined || wire.need) note.wanted.add(wire.id);
    }
    note.blocks = next;
    note.order = order;
    note.docVersion = message.docVersion;
    note.replied = null;
    note.rehashed.clear();
    for (const id of note.wanted) if (!next.has(id)) note.wanted.delete(id);
    return null;
  }

  /** The same list as before with some blocks changed: patched in place, the order stays. */
  private receiveChanged(note: NoteBlocks | undefined, message: CheckMessage): FromWorker | null {
    const resync = (): FromWorker => {
      this.notes.delete(message.noteId);
      return { type: 'resync', noteId: message.noteId };
    };
    if (!note) return resync();
    const updates: Array<[string, StoredBlock]> = [];
    for (const wire of message.blocks) {
      const previous = note.blocks.get(wire.id);
      const stored = previous ? toStored(wire, previous) : null;
      if (!stored) return resync();
      updates.push([wire.id, stored]);
    }
    for (const [id, stored] of updates) {
      if (note.blocks.get(id)?.hash !== stored.hash) note.rehashed.add(id);
      note.blocks.set(id, stored);
    }
    for (const wire of message.blocks) if (wire.text !== undefined || wire.need) note.wanted.add(wire.id);
    note.docVersion = message.docVersion;
    return null;
  }

  check(noteId: string, now: () => number = () => performance.now()): CheckResultMessage | null {
    const note = this.notes.get(noteId);
    if (!note) return null;
    const started = now();
    const blocks = note.order.map((id) => (note.blocks.get(id) as StoredBlock).block);
    const result = this.engineFor(noteId).checkDocument(blocks);
    const replied = note.replied;
    const hashes: Record<string, string> = {};
    for (const id of replied ? note.rehashed : note.order) hashes[id] = (note.blocks.get(id) as StoredBlock).hash;
    const changed: BlockResult[] = [];
    for (const blockResult of result.blocks) if (note.wanted.has(blockResult.blockId)) changed.push(blockResult);
    note.wanted.clear();
    note.rehashed.clear();
    note.replied = { docVersion: note.docVersion, sections: result.sections };
    return {
      type: 'result',
      noteId,
      docVersion: note.docVersion,
      full: replied === null,
      ...(replied ? { baseVersion: replied.docVersion } : {}),
      hashes,
      blocks: changed.map((block) => ({
        blockId: block.blockId,
        hash: (note.blocks.get(block.blockId) as StoredBlock).hash,
        findings: block.findings,
        counts: block.counts,
        scored: block.scored,
        explained: block.explained,
      })),
      documentFindings: documentFindingsOf(result),
      sections: replied ? sectionsPatch(replied.sections, result.sections) : { at: 0, remove: 0, insert: result.sections },
      readability: result.readability,
      elapsedMs: now() - started,
    };
  }
}

/**
 * The findings of the result that are no block's own (first use of an abbreviation, reading
 * level). The engine lists each block's findings together and hands out a block's own findings by
 * reference, so only a block listed with more findings than its own has any; no walk builds a set
 * of the whole note's findings.
 */
function documentFindingsOf(result: DocumentResult): Finding[] {
  const all = result.findings;
  const out: Finding[] = [];
  let at = 0;
  for (const block of result.blocks) {
    let end = at;
    while (end < all.length && (all[end] as Finding).blockId === block.blockId) end++;
    if (end - at !== block.findings.length) {
      const own = new Set(block.findings);
      for (let i = at; i < end; i++) if (!own.has(all[i] as Finding)) out.push(all[i] as Finding);
    }
    at = end;
  }
  if (at === all.length) return out;
  // Not listed block by block after all: tell them apart over the whole note.
  const own = new Set(result.blocks.flatMap((block) => block.findings));
  return all.filter((finding) => !own.has(finding));
}

/**
 * The sections as a splice of the ones last sent. The engine keeps the result of a section the
 * change did not touch (the same object), so the unchanged ends are found by identity.
 */
function sectionsPatch(before: readonly SectionResult[], after: readonly SectionResult[]): SectionsPatch {
  let head = 0;
  const most = Math.min(before.length, after.length);
  while (head < most && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < most - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return { at: head, remove: before.length - head - tail, insert: after.slice(head, after.length - tail) };
}

function toStored(wire: WireBlock, previous: StoredBlock | undefined): StoredBlock | null {
  if (wire.text === undefined) {
    if (!previous || previous.hash !== wire.hash) return null;
    if (previous.block.kind === wire.kind && previous.block.level === wire.level) return previous;
    return { hash: wire.hash, block: { ...previous.block, kind: wire.kind, level: wire.level } };
  }
  const block: Block = { id: wire.id, kind: wire.kind, text: wire.text };
  if (wire.level !== undefined) block.level = wire.level;
  return { hash: wire.hash, block };
}
