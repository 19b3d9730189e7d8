// Where each abbreviation is first used in the note (headings do not count as a use): the block
// that must explain it. Kept up to date over the run of blocks a re-check changed, so a keystroke
// looks at the keys of that run, not at every block of the note.
import type { DocumentBlock } from './rules/define';

export class FirstUses {
  /** Key → position of the first block (not a heading) that uses it. */
  private readonly first = new Map<string, number>();

  /** Whether `key`'s first use is in the block at `position`. */
  isFirstAt(key: string, position: number): boolean {
    return this.first.get(key) === position;
  }

  /**
   * Blocks [from, oldTo) of the last check (`oldRun`, from `from` on) became blocks [from, newTo)
   * of `blocks`; the rest is the same text. Returns the positions (in `blocks`) outside that run whose first uses
   * changed: their document findings must be made again.
   */
  update(oldRun: readonly DocumentBlock[], blocks: readonly DocumentBlock[], from: number, oldTo: number, newTo: number): number[] {
    const shift = newTo - oldTo;
    const touched = new Set<string>();
    for (const block of oldRun) addKeys(touched, block);
    for (let i = from; i < newTo; i++) addKeys(touched, blocks[i]!);
    // Worked out against the last check's positions before any is moved.
    const changes: Array<[string, number | undefined]> = [];
    const moved: number[] = [];
    for (const key of touched) {
      const was = this.first.get(key);
      // Used before the run: the run cannot change that.
      if (was !== undefined && was < from) continue;
      const wasAfter = was !== undefined && was >= oldTo ? was + shift : undefined;
      let now = firstIn(blocks, key, from, newTo);
      // First used inside the old run and no more in the new one: look on after it.
      if (now === undefined) now = wasAfter ?? (was !== undefined ? firstIn(blocks, key, newTo, blocks.length) : undefined);
      changes.push([key, now]);
      if (now === wasAfter) continue;
      if (wasAfter !== undefined) moved.push(wasAfter);
      if (now !== undefined && now >= newTo) moved.push(now);
    }
    if (shift !== 0) for (const [key, at] of this.first) if (at >= oldTo) this.first.set(key, at + shift);
    for (const [key, now] of changes) {
      if (now === undefined) this.first.delete(key);
      else this.first.set(key, now);
    }
    return moved;
  }
}

function addKeys(keys: Set<string>, block: DocumentBlock): void {
  if (block.kind === 'heading') return;
  for (const use of block.abbreviations) keys.add(use.key);
}

function firstIn(blocks: readonly DocumentBlock[], key: string, from: number, to: number): number | undefined {
  for (let i = from; i < to; i++) {
    const block = blocks[i]!;
    if (block.kind === 'heading') continue;
    for (const use of block.abbreviations) if (use.key === key) return i;
  }
  return undefined;
}
