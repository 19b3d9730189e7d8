// Scores of a note version: one checker pass over its blocks, reduced to what the Versies view,
// the trend and the compare view show.
import type { Checker, DocumentResult, Readability } from '../checker';
import type { Score, VersionStats } from '../contract/versions';
import { toBlocks } from '../document';
import { countFamilies } from './families';

export const scoreOf = (readability: Readability): Score => ({
  words: readability.words,
  sentences: readability.sentences,
  fleschDouma: readability.fleschDouma,
  brouwer: readability.brouwer,
  level: readability.level,
});

/** Words count every block (headings and list items too), as the status bar does. */
export function statsOf(result: DocumentResult): VersionStats {
  const words = result.blocks.reduce((sum, block) => sum + block.counts.words, 0);
  return { ...scoreOf(result.readability), words, families: countFamilies(result.findings) };
}

export function checkLexical(checker: Checker, lexicalJson: string): DocumentResult {
  return checker.checkDocument(toBlocks(lexicalJson));
}
