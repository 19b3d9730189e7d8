// One note's side of the checking: collects the editor's blocks, sends the worker only what
// changed (debounced), keeps the results that still fit the text and tells subscribers
// (highlights, Problems panel, status bar) when something visible changed.
import { repeatsOf } from '../../../../shared/checker/repeats';
import type { Finding } from '../../../../shared/checker/types';
import { CheckState, type StateBlock } from './check-state';
import { applyDismissals, type Dismissal } from './dismissals';
import { FromWorker, type ToWorker, type WireBlock, type WireReadability, type WireSection } from './protocol';

export interface CheckTransport {
  post(message: ToWorker): void;
  /** Messages for this note (and worker-wide errors). Returns the unsubscribe function. */
  listen(noteId: string, listener: (message: FromWorker) => void): () => void;
}

export interface CheckSnapshot {
  /** Shown findings (dismissed ones left out) that belong to the current text, document order. */
  findings: readonly Finding[];
  dismissed: readonly Finding[];
  sections: readonly WireSection[];
  readability: WireReadability | null;
  /** Every block has a result for its current text. */
  fresh: boolean;
  counts: { error: number; warning: number; info: number };
  /** Later uses of a term the note already has a finding for: drawn quietly, listed under the first. */
  repeats: ReadonlySet<Finding>;
  /** Increases on every change of this snapshot. */
  revision: number;
}

export interface CheckClientOptions {
  debounceMs?: number;
  /** Injected in tests; defaults to setTimeout/clearTimeout. */
  timers?: { set(fn: () => void, ms: number): unknown; clear(handle: unknown): void };
  now?: () => number;
}

const NO_FINDINGS: readonly Finding[] = [];

/** The results of a note nothing has been checked in yet. */
export const EMPTY_SNAPSHOT: CheckSnapshot = {
  findings: [],
  dismissed: [],
  sections: [],
  readability: null,
  fresh: true,
  counts: { error: 0, warning: 0, info: 0 },
  repeats: new Set(),
  revision: 0,
};

export class CheckClient {
  readonly state = new CheckState();
  private readonly listeners = new Set<() => void>();
  private snapshot: CheckSnapshot = EMPTY_SNAPSHOT;
  private snapshotStale = false;
  /** The repeats the marks are drawn with, as last worked out. */
  private repeatsDrawn: ReadonlySet<Finding> = new Set();
  /** False once results or dismissals changed after repeatsDrawn was worked out. */
  private repeatsCurrent = false;
  /** The shown findings of each block (none: absent) that repeatsDrawn was worked out from. */
  private repeatsFrom = new Map<string, readonly Finding[]>();
  /** Blocks that named or explained a term when repeatsDrawn was worked out. */
  private repeatsExplained = new Set<string>();
  /** Blocks whose result came since; null: repeatsDrawn must be worked out over the whole note. */
  private repeatsChanged: Set<string> | null = null;
  private dismissals: readonly Dismissal[] = [];
  /** Block id -> hash the worker already holds the text for. */
  private sent = new Map<string, string>();
  /** The block list as last sent (ids, kinds, levels in order); null: send the whole list next. */
  private sentList: readonly StateBlock[] | null = null;
  private docVersion = 0;
  private timer: unknown = null;
  private readonly unlisten: () => void;
  private readonly debounceMs: number;
  private readonly timers: NonNullable<CheckClientOptions['timers']>;
  private readonly now: () => number;
  /** For the benchmark: when the text last changed and when results caught up with it. */
  lastChangeAt = 0;
  lastFreshAt = 0;
  lastError: string | null = null;

  constructor(
    readonly noteId: string,
    private readonly transport: CheckTransport,
    options: CheckClientOptions = {},
  ) {
    // Short enough that fresh findings show within ~100 ms of a pause; a reply costs the main thread
    // well under a millisecond, so checking between fast keystrokes is affordable.
    this.debounceMs = options.debounceMs ?? 40;
    this.timers = options.timers ?? { set: (fn, ms) => setTimeout(fn, ms), clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>) };
    this.now = options.now ?? (() => performance.now());
    this.unlisten = transport.listen(noteId, (message) => this.receive(message));
  }

  /** The editor's current blocks; results for changed blocks stop showing immediately. */
  setBlocks(blocks: readonly StateBlock[]): void {
    if (sameBlocks(this.state.getBlocks(), blocks)) return; // formatting or selection only
    if (!sameListOf(this.state.getBlocks(), blocks)) this.repeatsChanged = null; // positions moved
    this.state.setBlocks(blocks);
    this.lastChangeAt = this.now();
    this.invalidate();
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = this.timers.set(() => this.flush(), this.debounceMs);
  }

  /** Sends the pending change now (also used when the note opens, so nothing waits). */
  flush(): void {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
    const blocks = this.state.getBlocks();
    // Typing changes a block's text, not the list: then only the changed blocks go to the worker.
    const sameList = this.sentList !== null && sameListOf(this.sentList, blocks);
    const wire: WireBlock[] = [];
    const sent = sameList ? this.sent : new Map<string, string>();
    // One pass over the note per pause in typing: no function or object made for an unchanged block.
    for (const block of blocks) {
      const newText = this.sent.get(block.id) !== block.hash;
      // Typed and undone within one pause: the worker has this text, but its result was dropped.
      const need = !newText && !this.state.hasResult(block.id, block.hash) && this.state.receivedHash(block.id) === block.hash;
      if (sameList && !newText && !need) continue;
      const item: WireBlock = { id: block.id, hash: block.hash, kind: block.kind };
      if (newText) item.text = block.text;
      else if (need) item.need = true;
      if (block.level !== undefined) item.level = block.level;
      sent.set(block.id, block.hash);
      wire.push(item);
    }
    if (sameList && wire.length === 0) return;
    this.sent = sent;
    this.sentList = blocks;
    this.docVersion += 1;
    this.state.latestSent = this.docVersion;
    const message: ToWorker = { type: 'check', noteId: this.noteId, docVersion: this.docVersion, blocks: wire };
    if (sameList) message.changedOnly = true;
    this.transport.post(message);
  }

  /** Forget what the worker holds and send every text again. */
  resync(): void {
    this.sent.clear();
    this.sentList = null;
    this.flush();
  }

  setDismissals(dismissals: readonly Dismissal[]): void {
    this.dismissals = dismissals;
    this.repeatsCurrent = false;
    this.repeatsChanged = null;
    this.invalidate();
  }

  getDismissals(): readonly Dismissal[] {
    return this.dismissals;
  }

  /**
   * Shown findings of one block, for drawing: the same objects as in the snapshot, without
   * building the whole note's snapshot (which costs a walk over every finding).
   */
  blockFindings(blockId: string): readonly Finding[] {
    const findings = this.state.blockFindings(blockId);
    if (this.dismissals.length === 0 || findings.length === 0) return findings;
    return applyDismissals(findings, (id) => this.textOf(id), this.dismissals).shown;
  }

  /**
   * The repeats for drawing marks. Worked out again only when results or dismissals change, not
   * per keystroke (that walks every finding of the note): the block typed in has no findings until
   * its result returns, and meanwhile the marks elsewhere keep their look instead of flickering.
   */
  drawnRepeats(): ReadonlySet<Finding> {
    if (!this.repeatsCurrent) {
      const quick = this.repeatsChanged ? this.repeatsAfterBlockResults(this.repeatsChanged) : null;
      if (quick) this.repeatsDrawn = quick;
      else {
        const snapshot = this.getSnapshot();
        this.repeatsDrawn = snapshot.repeats;
        this.rememberRepeatsFrom(snapshot.findings);
      }
      this.repeatsChanged = new Set();
      this.repeatsCurrent = true;
    }
    return this.repeatsDrawn;
  }

  private rememberRepeatsFrom(findings: readonly Finding[]): void {
    this.repeatsFrom = new Map();
    let at = 0;
    while (at < findings.length) {
      const blockId = (findings[at] as Finding).blockId;
      let end = at + 1;
      while (end < findings.length && (findings[end] as Finding).blockId === blockId) end++;
      this.repeatsFrom.set(blockId, findings.slice(at, end));
      at = end;
    }
    this.repeatsExplained = new Set();
    for (const block of this.state.getBlocks()) if (this.state.explainedIn(block.id).length > 0) this.repeatsExplained.add(block.id);
  }

  /**
   * The repeats after new results for some blocks, without a walk over the note's findings (that
   * cost a few milliseconds of the page per result on a long note). Whether a finding repeats its
   * term depends only on the order of the terms' uses over the note and on where terms are
   * explained; while a block's findings name the same terms in the same order as before and it
   * explains none, its k-th term finding repeats exactly when the one it replaces did, and no other
   * finding changes. Null when a block does not fit that: then the walk is needed.
   */
  private repeatsAfterBlockResults(changed: ReadonlySet<string>): Set<Finding> | null {
    const next = new Set(this.repeatsDrawn);
    const now = new Map<string, readonly Finding[]>();
    for (const id of changed) {
      if (this.repeatsExplained.has(id) || this.state.explainedIn(id).length > 0) return null;
      const before = this.repeatsFrom.get(id) ?? NO_FINDINGS;
      const findings = this.blockFindings(id);
      let j = 0;
      for (const finding of findings) {
        if (!finding.group) continue;
        while (j < before.length && !(before[j] as Finding).group) j++;
        const replaced = before[j];
        if (!replaced || replaced.group !== finding.group) return null;
        if (next.delete(replaced)) next.add(finding);
        j++;
      }
      while (j < before.length && !(before[j] as Finding).group) j++;
      if (j < before.length) return null;
      now.set(id, findings);
    }
    for (const [id, findings] of now) this.repeatsFrom.set(id, findings);
    return next;
  }

  /**
   * The repeats as last worked out, without working them out again: a frame that shows a keystroke
   * must not walk the whole note. `current` is false when results or dismissals changed since; the
   * marks of blocks with new findings then wait for drawnRepeats() in idle time.
   */
  peekDrawnRepeats(): { repeats: ReadonlySet<Finding>; current: boolean } {
    return { repeats: this.repeatsDrawn, current: this.repeatsCurrent };
  }

  textOf(blockId: string): string | undefined {
    return this.state.getBlock(blockId)?.text;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): CheckSnapshot => {
    if (this.snapshotStale) {
      this.snapshotStale = false;
      const all = this.state.findings();
      // A fresh list already: no copy of the note's findings when nothing is dismissed.
      const { shown, dismissed } = this.dismissals.length === 0 ? { shown: all, dismissed: NO_FINDINGS } : applyDismissals(all, (id) => this.textOf(id), this.dismissals);
      const counts = { error: 0, warning: 0, info: 0 };
      for (const finding of shown) counts[finding.severity] += 1;
      const repeats = repeatsOf(shown, this.state.getBlocks().map((block) => ({ blockId: block.id, kind: block.kind, explained: this.state.explainedIn(block.id) })));
      this.snapshot = {
        findings: shown,
        dismissed,
        sections: this.state.sections(),
        readability: this.state.readability(),
        fresh: this.state.isFresh(),
        counts,
        repeats,
        revision: this.snapshot.revision + 1,
      };
    }
    return this.snapshot;
  };

  dispose(): void {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.unlisten();
    this.transport.post({ type: 'forget', noteId: this.noteId });
    this.listeners.clear();
  }

  private receive(raw: unknown): void {
    const message = readReply(raw);
    if (!message) return;
    if (message.type === 'error') {
      this.lastError = message.message;
      return;
    }
    if (message.noteId !== this.noteId) return;
    if (message.type === 'resync') {
      this.resync();
      return;
    }
    const documentChanges = this.state.documentChanges;
    const changed = this.state.apply(message);
    if (changed === 'resync') {
      this.resync();
      this.invalidate();
      return;
    }
    if (!changed) return;
    // Only new findings make the repeats (and the marks drawn with them) out of date.
    if (changed === 'findings') {
      this.repeatsCurrent = false;
      if (this.state.documentChanges !== documentChanges) this.repeatsChanged = null;
      else if (this.repeatsChanged) for (const block of message.blocks) if (this.state.hasResult(block.blockId, block.hash)) this.repeatsChanged.add(block.blockId);
    }
    if (this.state.isFresh()) this.lastFreshAt = this.now();
    this.invalidate();
  }

  private invalidate(): void {
    this.snapshotStale = true;
    for (const listener of this.listeners) listener();
  }
}

/** Same blocks in the same order, of the same kinds and levels (their texts may differ). */
function sameListOf(a: readonly StateBlock[], b: readonly StateBlock[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as StateBlock;
    const y = b[i] as StateBlock;
    if (x.id !== y.id || x.kind !== y.kind || x.level !== y.level) return false;
  }
  return true;
}

function sameBlocks(a: readonly StateBlock[], b: readonly StateBlock[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as StateBlock;
    const y = b[i] as StateBlock;
    if (x.id !== y.id || x.hash !== y.hash) return false;
  }
  return true;
}

/** Development builds and tests check every reply in full; the editor only wants its shape. */
const FULL_CHECK = (import.meta as { env?: { DEV?: boolean } }).env?.DEV === true;

/**
 * The worker is our own code from the same build, so in production a reply is checked for its
 * shape only: parsing a whole note's findings with zod took milliseconds of the main thread.
 */
function readReply(raw: unknown): FromWorker | null {
  if (FULL_CHECK) {
    const parsed = FromWorker.safeParse(raw);
    if (!parsed.success) console.warn('[helder] checker: onbekend antwoord', parsed.error.issues[0]);
    return parsed.success ? parsed.data : null;
  }
  const message = raw as Partial<Record<string, unknown>> | null;
  const fine =
    typeof message === 'object' &&
    message !== null &&
    (message.type === 'error'
      ? typeof message.message === 'string'
      : typeof message.noteId === 'string' &&
        (message.type === 'resync' ||
          (message.type === 'result' &&
            typeof message.docVersion === 'number' &&
            typeof message.full === 'boolean' &&
            typeof message.hashes === 'object' &&
            message.hashes !== null &&
            Array.isArray(message.blocks) &&
            Array.isArray(message.documentFindings) &&
            typeof message.sections === 'object' &&
            message.sections !== null &&
            Array.isArray((message.sections as { insert?: unknown }).insert) &&
            typeof message.readability === 'object')));
  if (!fine) console.warn('[helder] checker: onbekend antwoord');
  return fine ? (message as FromWorker) : null;
}
