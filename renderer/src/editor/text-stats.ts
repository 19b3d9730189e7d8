// Counting for the status bar. Words are counted by the same rule as everywhere else in Helder
// (shared/document), so the editor and saved-document figures never disagree.
import { countWords } from '../../../shared/document';

export interface TextStats {
  words: number;
  characters: number;
}

export function countText(text: string): TextStats {
  // Characters as a reader sees them: spaces count, the line breaks between blocks do not.
  let characters = 0;
  for (const ch of text) if (ch !== '\n' && ch !== '\r') characters++;
  return { words: countWords(text), characters };
}
