// A cheap content hash per block. It only has to tell "this block changed" apart from "same
// as before"; a collision would at worst keep an old result for one keystroke's worth of text.
export function blockHash(kind: string, level: number | undefined, text: string): string {
  let h = 0x811c9dc5;
  const head = `${kind}${level ?? ''}\u0000`;
  for (let i = 0; i < head.length; i++) {
    h ^= head.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${(h >>> 0).toString(36)}.${text.length.toString(36)}`;
}
