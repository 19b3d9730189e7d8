// Block result cache keyed by (kind, text). The config is fixed per checker, so it is part of
// the hash but not of the lookup key. Map lookups reuse the string's own hash, which keeps a
// document re-check cheap when only one block changed.
import type { BlockKind, BlockResult } from './types';

const LIMIT_PER_KIND = 20_000;

const FNV_OFFSET = 0x811c9dc5;

function fnv(state: number, text: string): number {
  let h = state;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

const hex = (h: number): string => (h >>> 0).toString(16).padStart(8, '0');

/** FNV-1a 32-bit, hex. Only computed when a block is actually re-checked. */
export function hashText(text: string): string {
  return hex(fnv(FNV_OFFSET, text));
}

/**
 * hashText(prefix + text) for many texts with one long prefix (the config fingerprint): the prefix
 * is hashed once, not once per block. FNV-1a runs left to right, so the result is the same.
 */
export function prefixedHasher(prefix: string): (text: string) => string {
  const state = fnv(FNV_OFFSET, prefix);
  return (text) => hex(fnv(state, text));
}

export class BlockCache {
  private readonly byKind = new Map<BlockKind, Map<string, BlockResult>>();

  get(kind: BlockKind, text: string): BlockResult | undefined {
    return this.byKind.get(kind)?.get(text);
  }

  set(kind: BlockKind, text: string, result: BlockResult): void {
    let map = this.byKind.get(kind);
    if (!map) {
      map = new Map();
      this.byKind.set(kind, map);
    }
    if (map.size >= LIMIT_PER_KIND) {
      // Drop the oldest tenth; Map keeps insertion order.
      let drop = LIMIT_PER_KIND / 10;
      for (const key of map.keys()) {
        map.delete(key);
        if (--drop === 0) break;
      }
    }
    map.set(text, result);
  }

  clear(): void {
    this.byKind.clear();
  }
}
