// Data shapes that know nothing about the rules (rules import these; types.ts adds the shapes
// that name a rule id, derived from the registry). Plain data, so it crosses a Web Worker boundary.

export type Severity = 'info' | 'warning' | 'error';
export type BlockKind = 'paragraph' | 'heading' | 'listitem';

export interface Block {
  id: string;
  text: string;
  kind: BlockKind;
  level?: number;
}

export type CefrLevel = 'B1' | 'B2' | 'C1';

export interface ReadabilityCounts {
  words: number;
  sentences: number;
  syllables: number;
  hardWords: number;
  letters: number;
}

export interface Readability extends ReadabilityCounts {
  averageSentenceLength: number;
  syllablesPerWord: number;
  hardWordShare: number;
  fleschDouma: number;
  brouwer: number;
  level: CefrLevel;
  /** Dutch sentences that say why the level was estimated. */
  reasons: string[];
}

/** A term the text names or explains where it stands ("Dat heet bijzondere bijstand"): its group and offset. */
export interface Explanation {
  group: string;
  start: number;
}

export interface AbbreviationUse {
  /** Normalised key (upper case, no dots) so that Wmo and WMO are the same abbreviation. */
  key: string;
  text: string;
  start: number;
  end: number;
  /** Written out right here: "Wmo (Wet maatschappelijke ondersteuning)" or the reverse. */
  defined: boolean;
  expansion?: string;
  explanation?: string;
  /** Words in the sentence it stands in: writing the name out must not make that sentence too long. */
  sentenceWords?: number;
}
