// The worker's bookkeeping, kept free of `self` and `postMessage` so it runs in unit tests.
// It remembers each note's blocks (the editor sends a block's text only when it changed), runs
// the engine over the whole block list (the engine's cache makes unchanged blocks free) and
// answers with the block results the editor is waiting for plus the document-level part.
import type { Block, BlockResult, DocumentResult, Finding } from '../../../../shared/checker/types';
import type { CheckResultMessage, FromWorker, NoteOverride, ToWorker, WireBlock } from './protocol';

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
      note = { order: [], blocks: new Map(), wanted: new Set(), docVersion: -1 };
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
    for (const [id, stored] of updates) note.blocks.set(id, stored);
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
    const hashes: Record<string, string> = {};
    for (const id of note.order) hashes[id] = (note.blocks.get(id) as StoredBlock).hash;

    // The engine hands out each block's own findings by reference, so what is left over (first
    // use of an abbreviation, reading level) is found by identity; string keys for thousands of
    // findings cost the worker ~10 ms per check.
    const own = new Set<Finding>();
    const changed: BlockResult[] = [];
    for (const blockResult of result.blocks) {
      for (const finding of blockResult.findings) own.add(finding);
      if (note.wanted.has(blockResult.blockId)) changed.push(blockResult);
    }
    note.wanted.clear();
    return {
      type: 'result',
      noteId,
      docVersion: note.docVersion,
      hashes,
      blocks: changed.map((block) => ({
        blockId: block.blockId,
        hash: hashes[block.blockId] as string,
        findings: block.findings,
        counts: block.counts,
        scored: block.scored,
        explained: block.explained,
      })),
      documentFindings: result.findings.filter((finding) => !own.has(finding)),
      sections: result.sections,
      readability: result.readability,
      elapsedMs: now() - started,
    };
  }
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
