// What the editor knows about one note's checks, and the rules that keep stale results off
// the screen: a block result counts only while its hash equals the block's current hash, and a
// document result is replaced only by a newer one. Pure data: no worker, no DOM, no Lexical.
import type { Explanation, Finding } from '../../../../shared/checker/types';
import type { CheckResultMessage, WireReadability, WireSection } from './protocol';

export interface StateBlock {
  id: string;
  hash: string;
  kind: 'paragraph' | 'heading' | 'listitem';
  level?: number;
  text: string;
}

const NONE: readonly Finding[] = [];

interface BlockEntry {
  hash: string;
  findings: Finding[];
  explained: Explanation[];
}

interface DocumentPart {
  docVersion: number;
  /** Block id -> hash of every block the document part was made for (patched by each reply). */
  hashes: Map<string, string>;
  findings: Finding[];
  sections: WireSection[];
  readability: WireReadability;
  /** The findings as JSON, to tell the same document findings from new ones. */
  content: string;
}

export class CheckState {
  private blocks: StateBlock[] = [];
  private readonly current = new Map<string, StateBlock>();
  private readonly byBlock = new Map<string, BlockEntry>();
  private doc: DocumentPart | null = null;
  /** The document part's findings by block, so one block's findings cost no walk over the note. */
  private docByBlock = new Map<string, Finding[]>();
  /** A block's own and document findings merged, kept while both parts are the same arrays. */
  private readonly merged = new Map<string, { own: readonly Finding[]; fromDocument: readonly Finding[]; findings: readonly Finding[] }>();
  /** Block id -> hash of the last result that arrived for it, kept even when later dropped. */
  private readonly received = new Map<string, string>();
  latestSent = -1;
  /** Counts the results whose document part changed which findings are shown. */
  documentChanges = 0;
  /** isFresh() as last worked out; null after the blocks or a result changed (it walks the note). */
  private fresh: boolean | null = null;

  /** The editor's blocks changed; results made for other text stop counting at once. */
  setBlocks(blocks: readonly StateBlock[]): void {
    this.fresh = null;
    const previous = this.blocks;
    this.blocks = [...blocks];
    // Typing changes one block of the same list: then only that block's entries are touched (this
    // runs per keystroke; rebuilding the maps of a long note's ~900 blocks each time showed up).
    const changed = changedInSameList(previous, blocks);
    if (changed) {
      for (const block of changed) {
        this.current.set(block.id, block);
        if (this.byBlock.get(block.id)?.hash !== block.hash) this.byBlock.delete(block.id);
      }
      return;
    }
    this.current.clear();
    this.merged.clear();
    for (const block of blocks) this.current.set(block.id, block);
    for (const [id, entry] of this.byBlock) {
      if (this.current.get(id)?.hash !== entry.hash) this.byBlock.delete(id);
    }
  }

  getBlocks(): readonly StateBlock[] {
    return this.blocks;
  }

  getBlock(id: string): StateBlock | undefined {
    return this.current.get(id);
  }

  /**
   * Takes in a result. 'findings': the findings shown may have changed; 'status': only freshness,
   * sections or readability (nothing drawn in the text changes); null: nothing changed. While the
   * writer types on, most results are for text already changed again and bring the same document
   * findings: those must not make the marks redraw. 'resync': the result tells what changed since
   * a reply this state does not hold (a reply was lost); the worker must be sent everything again.
   */
  apply(result: CheckResultMessage): 'findings' | 'status' | 'resync' | null {
    let changed: 'findings' | 'status' | null = null;
    this.fresh = null;
    for (const block of result.blocks) {
      this.received.set(block.blockId, block.hash);
      if (this.current.get(block.blockId)?.hash !== block.hash) continue; // made for older text
      this.byBlock.set(block.blockId, { hash: block.hash, findings: block.findings as Finding[], explained: block.explained });
      changed = 'findings';
    }
    if (!result.full && (!this.doc || this.doc.docVersion !== result.baseVersion)) return 'resync';
    if (!this.doc || result.docVersion >= this.doc.docVersion) {
      const before = this.doc;
      const shownBefore = before ? this.docBlocksShown() : null;
      const content = JSON.stringify(result.documentFindings);
      let hashes: Map<string, string>;
      let sections: WireSection[];
      const patch = result.sections;
      if (result.full || !before) {
        hashes = new Map(Object.entries(result.hashes));
        sections = patch.insert;
      } else {
        hashes = before.hashes;
        for (const id in result.hashes) hashes.set(id, result.hashes[id] as string);
        // Unchanged sections keep the same list, so views that group by section need not regroup.
        sections = patch.remove === 0 && patch.insert.length === 0 ? before.sections : before.sections.slice(0, patch.at).concat(patch.insert, before.sections.slice(patch.at + patch.remove));
      }
      if (before && content === before.content) {
        // The same document findings: their objects stay, so the marks see nothing new (sections and
        // readability follow the text, for the views).
        this.doc = { ...before, docVersion: result.docVersion, hashes, sections, readability: result.readability };
      } else {
        this.doc = {
          docVersion: result.docVersion,
          hashes,
          findings: result.documentFindings as Finding[],
          sections,
          readability: result.readability,
          content,
        };
        this.docByBlock = new Map();
        for (const finding of this.doc.findings) {
          const list = this.docByBlock.get(finding.blockId);
          if (list) list.push(finding);
          else this.docByBlock.set(finding.blockId, [finding]);
        }
      }
      const sameShown = shownBefore !== null && this.doc.findings === before?.findings && sameSet(shownBefore, this.docBlocksShown());
      if (!sameShown) this.documentChanges += 1;
      changed = changed ?? (sameShown ? 'status' : 'findings');
    }
    return changed;
  }

  /** The blocks whose document-part findings count for their current text. */
  private docBlocksShown(): Set<string> {
    const shown = new Set<string>();
    for (const id of this.docByBlock.keys()) if (this.doc?.hashes.get(id) === this.current.get(id)?.hash) shown.add(id);
    return shown;
  }

  hasResult(id: string, hash: string): boolean {
    return this.byBlock.get(id)?.hash === hash;
  }

  receivedHash(id: string): string | undefined {
    return this.received.get(id);
  }

  /** Blocks whose current text has no result yet. */
  pendingBlockIds(): string[] {
    return this.blocks.filter((block) => this.byBlock.get(block.id)?.hash !== block.hash).map((block) => block.id);
  }

  /** True when every block and the document part were made for exactly the current text. */
  isFresh(): boolean {
    this.fresh ??= this.freshNow();
    return this.fresh;
  }

  private freshNow(): boolean {
    if (!this.doc) return this.blocks.length === 0;
    if (this.doc.hashes.size !== this.blocks.length) return false;
    const hashes = this.doc.hashes;
    return this.blocks.every((block) => this.byBlock.get(block.id)?.hash === block.hash && hashes.get(block.id) === block.hash);
  }

  /** Findings that belong to the current text, in document order. */
  findings(): Finding[] {
    const out: Finding[] = [];
    for (const block of this.blocks) for (const finding of this.blockFindings(block.id)) out.push(finding);
    return out;
  }

  /** Findings of one block that belong to its current text, in text order. */
  blockFindings(id: string): readonly Finding[] {
    const own = this.byBlock.get(id)?.findings ?? NONE;
    const fromDocument = this.docByBlock.get(id);
    if (!fromDocument || !this.doc || this.doc.hashes.get(id) !== this.current.get(id)?.hash) return own;
    // The same array while its parts are the same: the marks skip a block whose findings are the very same.
    const cached = this.merged.get(id);
    if (cached && cached.own === own && cached.fromDocument === fromDocument) return cached.findings;
    const findings = [...own, ...fromDocument].sort((a, b) => a.start - b.start || b.end - a.end);
    this.merged.set(id, { own, fromDocument, findings });
    return findings;
  }

  /** Terms the block's current text names or explains (see shared/checker/repeats). */
  explainedIn(id: string): readonly Explanation[] {
    return this.byBlock.get(id)?.explained ?? [];
  }

  sections(): WireSection[] {
    return this.doc?.sections ?? [];
  }

  readability(): WireReadability | null {
    return this.doc?.readability ?? null;
  }
}

/** The blocks that differ from before when the list holds the same ids in the same order; null otherwise. */
function changedInSameList(before: readonly StateBlock[], after: readonly StateBlock[]): StateBlock[] | null {
  if (before.length !== after.length) return null;
  const changed: StateBlock[] = [];
  for (let i = 0; i < after.length; i++) {
    const a = before[i] as StateBlock;
    const b = after[i] as StateBlock;
    if (a.id !== b.id) return null;
    if (a !== b) changed.push(b);
  }
  return changed;
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const item of a) if (!b.has(item)) return false;
  return true;
}
