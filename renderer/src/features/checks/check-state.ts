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
  hashes: Record<string, string>;
  findings: Finding[];
  sections: WireSection[];
  readability: WireReadability;
}

export class CheckState {
  private blocks: StateBlock[] = [];
  private readonly current = new Map<string, StateBlock>();
  private readonly byBlock = new Map<string, BlockEntry>();
  private doc: DocumentPart | null = null;
  /** The document part's findings by block, so one block's findings cost no walk over the note. */
  private docByBlock = new Map<string, Finding[]>();
  /** Block id -> hash of the last result that arrived for it, kept even when later dropped. */
  private readonly received = new Map<string, string>();
  latestSent = -1;

  /** The editor's blocks changed; results made for other text stop counting at once. */
  setBlocks(blocks: readonly StateBlock[]): void {
    this.blocks = [...blocks];
    this.current.clear();
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

  /** Returns whether anything visible may have changed. */
  apply(result: CheckResultMessage): boolean {
    let changed = false;
    for (const block of result.blocks) {
      this.received.set(block.blockId, block.hash);
      if (this.current.get(block.blockId)?.hash !== block.hash) continue; // made for older text
      this.byBlock.set(block.blockId, { hash: block.hash, findings: block.findings as Finding[], explained: block.explained });
      changed = true;
    }
    if (!this.doc || result.docVersion >= this.doc.docVersion) {
      this.doc = {
        docVersion: result.docVersion,
        hashes: result.hashes,
        findings: result.documentFindings as Finding[],
        sections: result.sections,
        readability: result.readability,
      };
      this.docByBlock = new Map();
      for (const finding of this.doc.findings) {
        const list = this.docByBlock.get(finding.blockId);
        if (list) list.push(finding);
        else this.docByBlock.set(finding.blockId, [finding]);
      }
      changed = true;
    }
    return changed;
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
    if (!this.doc) return this.blocks.length === 0;
    if (Object.keys(this.doc.hashes).length !== this.blocks.length) return false;
    return this.blocks.every((block) => this.byBlock.get(block.id)?.hash === block.hash && this.doc?.hashes[block.id] === block.hash);
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
    if (!fromDocument || !this.doc || this.doc.hashes[id] !== this.current.get(id)?.hash) return own;
    return [...own, ...fromDocument].sort((a, b) => a.start - b.start || b.end - a.end);
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
