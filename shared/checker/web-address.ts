// Web and e-mail addresses are copied by the reader, not read as words: "www.lemmerdam.nl/kwijtschelding"
// holds a term, but the writer cannot write it otherwise.

const WITH_SCHEME = /^(?:https?:\/\/|www\.)/iu;
const MAIL = /^[^\s@]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}$/u;
/** "lemmerdam.nl/woz", "werk.nl": a domain name, with or without a path. */
const DOMAIN = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:nl|be|eu|com|org|net|info|nu|frl)(?:\/\S*)?$/iu;

export function isWebOrMailAddress(text: string): boolean {
  // Most words hold neither: one scan before any pattern.
  if (!text.includes('.') && !text.includes('@')) return false;
  return WITH_SCHEME.test(text) || MAIL.test(text) || DOMAIN.test(text);
}
