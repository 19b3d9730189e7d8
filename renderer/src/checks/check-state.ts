// What the editor knows about one note's checks, and the rules that keep stale results off
// the screen: a block result counts only while its hash equals the block's current hash, and a
// document result is replaced only by a newer one. Pure data: no worker, no DOM, no Lexical.
import type { Finding } from '../../../shared/checker/types';
import type { CheckResultMessage, WireReadability, WireSection } from './protocol';

export interface StateBlock {
  id: string;
  hash: string;
  kind: 'paragraph' | 'heading' | 'listitem';
  level?: number;
  text: string;
}

interface BlockEntry {
  hash: string;
  findings: Finding[];
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
      this.byBlock.set(block.blockId, { hash: block.hash, findings: block.findings as Finding[] });
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
    const documentByBlock = new Map<string, Finding[]>();
    if (this.doc) {
      for (const finding of this.doc.findings) {
        if (this.doc.hashes[finding.blockId] !== this.current.get(finding.blockId)?.hash) continue;
        const list = documentByBlock.get(finding.blockId);
        if (list) list.push(finding);
        else documentByBlock.set(finding.blockId, [finding]);
      }
    }
    const out: Finding[] = [];
    for (const block of this.blocks) {
      const own = this.byBlock.get(block.id);
      const fromDocument = documentByBlock.get(block.id);
      if (!fromDocument) {
        if (own) for (const finding of own.findings) out.push(finding);
        continue;
      }
      const merged = [...(own?.findings ?? []), ...fromDocument].sort((a, b) => a.start - b.start || b.end - a.end);
      for (const finding of merged) out.push(finding);
    }
    return out;
  }

  sections(): WireSection[] {
    return this.doc?.sections ?? [];
  }

  readability(): WireReadability | null {
    return this.doc?.readability ?? null;
  }
}
