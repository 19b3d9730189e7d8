// The long note the editor benchmarks type in: the sample note repeated to 20,000 words (Lexical JSON).
import { countDocumentWords, rootNode, sampleNote, type SerializedBlock } from '../shared/document';

export function bigDocument(words = 20_000): string {
  const blocks = sampleNote().root.children as SerializedBlock[];
  const children: SerializedBlock[] = [];
  for (;;) {
    children.push(...structuredClone(blocks));
    const json = JSON.stringify({ root: rootNode(children) });
    if (countDocumentWords(json) >= words) return json;
  }
}
