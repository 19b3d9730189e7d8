// nspell ships no types; only the calls used here are declared.
declare module 'nspell' {
  interface NSpell {
    correct(word: string): boolean;
    suggest(word: string): string[];
    add(word: string, model?: string): NSpell;
  }
  function nspell(aff: string, dic: string): NSpell;
  export default nspell;
}
