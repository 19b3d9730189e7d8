// The hyphen package ships no types. Only the synchronous hyphenator for Dutch is used.
declare module 'hyphen/nl/index.js' {
  interface HyphenateOptions {
    hyphenChar?: string;
    minWordLength?: number;
    debug?: boolean;
    exceptions?: string[];
  }
  const nl: {
    hyphenateSync(text: string, options?: HyphenateOptions): string;
  };
  export default nl;
}
