// What the writer sees as one kind of problem (one background tint and one filter each). A rule
// names its family; the list of families in use is derived from the rule registry.
export type Family = 'jargon' | 'long-sentence' | 'hard-word' | 'passive' | 'nominal' | 'abbreviation' | 'spelling' | 'other';
