// Writes a dictionary alternative in the form of the word it replaces, so a one-click fix reads
// right: "laagdrempelige" → "makkelijk bereikbare" (adjective -e), "ketenpartners" → "partners"
// (plural), "beoogt" → "wil", "gemonitord" → "gevolgd" (verb person and participle). When the
// form cannot be made with confidence the answer is null: the caller then offers advice only.

const VOWEL = /[aeiouy]/;
const IRREGULAR_3SG: Record<string, string> = {
  willen: 'wil', kunnen: 'kan', zullen: 'zal', mogen: 'mag', zijn: 'is', hebben: 'heeft', gaan: 'gaat', doen: 'doet', staan: 'staat', slaan: 'slaat', zien: 'ziet', komen: 'komt',
};
const IRREGULAR_PARTICIPLE: Record<string, string> = {
  zijn: 'geweest', hebben: 'gehad', gaan: 'gegaan', doen: 'gedaan', zien: 'gezien', komen: 'gekomen', geven: 'gegeven', nemen: 'genomen', vragen: 'gevraagd', kiezen: 'gekozen',
  zoeken: 'gezocht', brengen: 'gebracht', denken: 'gedacht', kopen: 'gekocht', krijgen: 'gekregen', houden: 'gehouden', bieden: 'geboden', vinden: 'gevonden', schrijven: 'geschreven',
  zeggen: 'gezegd', weten: 'geweten', leggen: 'gelegd', helpen: 'geholpen', beginnen: 'begonnen', spreken: 'gesproken', lezen: 'gelezen', blijven: 'gebleven', worden: 'geworden',
};
const PARTICLES = ['vast', 'aan', 'af', 'in', 'op', 'uit', 'door', 'terug', 'toe', 'mee', 'samen', 'weg', 'bij', 'na', 'om'];
const INSEPARABLE = /^(?:be|ver|ont|her|ge|er)/;

const DIGRAPH = /^(?:aa|ee|oo|uu|ie|oe|eu|ui|ei|ij|ou|au)$/;

/** "mak|en", "be|og|en": one vowel (not part of a digraph) before the last consonant of the stem. */
function singleVowelBeforeLast(stem: string): boolean {
  if (!/[aeiou][^aeiouwj]$/.test(stem)) return false;
  const before = stem.slice(-4, -2);
  return !DIGRAPH.test(before.slice(-1) + stem.charAt(stem.length - 2)) || !/[aeiou]/.test(before.slice(-1));
}

/** The stem of a regular verb: "maken" → "maak", "volgen" → "volg", "zetten" → "zet". */
export function verbStem(infinitive: string): string {
  let stem = infinitive.replace(/en$/, '');
  if (/([bdfgklmnprstz])\1$/.test(stem)) stem = stem.slice(0, -1);
  else if (singleVowelBeforeLast(stem) && !/(?:el|er|em|en|ig)$/.test(stem)) stem = stem.slice(0, -2) + stem.charAt(stem.length - 2) + stem.slice(-2);
  return stem.replace(/v$/, 'f').replace(/z$/, 's');
}

function splitParticle(verb: string): [string, string] {
  for (const p of PARTICLES) if (verb.startsWith(p) && verb.length - p.length >= 4) return [p, verb.slice(p.length)];
  return ['', verb];
}

function thirdPerson(infinitive: string): string {
  const [particle, base] = splitParticle(infinitive);
  const irregular = IRREGULAR_3SG[base];
  const finite = irregular ?? (verbStem(base).endsWith('t') ? verbStem(base) : verbStem(base) + 't');
  return particle ? `${finite} ${particle}` : finite;
}

function participle(infinitive: string): string {
  const [particle, base] = splitParticle(infinitive);
  const irregular = IRREGULAR_PARTICIPLE[base];
  let form: string;
  if (irregular) form = irregular;
  else {
    const stem = verbStem(base);
    // 't kofschip: a stem ending in t, k, f, s, ch or p takes -t, the rest -d.
    const rawStem = base.replace(/en$/, '');
    const voiceless = /[tkfsp]$|ch$/.test(rawStem.replace(/([bdfgklmnprst])\1$/, '$1'));
    const ending = /[td]$/.test(stem) ? '' : voiceless ? 't' : 'd';
    form = (INSEPARABLE.test(base) ? '' : 'ge') + stem + ending;
  }
  return particle + form;
}

/** "bereikbaar" → "bereikbare", "groot" → "grote", "lief" → "lieve", "gewoon" → "gewone". */
export function withAdjectiveE(adjective: string): string {
  if (adjective.endsWith('e')) return adjective;
  let w = adjective.replace(/(aa|ee|oo|uu)([^aeiou])$/, (_m, v: string, c: string) => v[0] + c);
  if (w !== adjective || /[aeiou]{2}[fs]$/.test(w) || /ie[fs]$/.test(w)) w = w.replace(/f$/, 'v').replace(/s$/, 'z');
  return w + 'e';
}

/** "partner" → "partners", "plan" → "plannen", "regeling" → "regelingen", "proef" → "proeven". */
export function plural(noun: string): string {
  if (/(?:el|er|em|en|je|ie|[aiouy])$/.test(noun)) return noun + 's';
  if (/e$/.test(noun)) return noun + 'n';
  const undoubled = noun.replace(/(aa|ee|oo|uu)([^aeiou])$/, (_m, v: string, c: string) => v[0] + c);
  if (undoubled !== noun || /(?:ie|oe|eu|ui|ei|ij|ou|au)[fs]$/.test(noun)) return undoubled.replace(/f$/, 'v').replace(/s$/, 'z') + 'en';
  if (/[^aeiou][aeiou][bdfgklmnprst]$/.test(noun) && !/ing$/.test(noun)) return noun + noun.slice(-1) + 'en';
  return noun + 'en';
}

/** Alternatives that are clauses ("zo goed als het kan") do not drop into a sentence. */
const CLAUSE = /\b(?:kan|kunt|kunnen|is|zijn|heeft|hebt|hebben|wordt|worden|doet|gaat|moet|mag|wil|die|dat|wat)\b/;

/**
 * The alternative in the form of `actual`, the running-text form of the dictionary `term`; or
 * null when no form can be made with confidence (the finding then gives advice only).
 */
export function inflectAlternative(term: string, actual: string, alternative: string): string | null {
  const t = term.toLowerCase();
  const a = actual.toLowerCase();
  if (CLAUSE.test(alternative)) return null;
  if (a === t) return alternative;
  const words = alternative.split(' ');
  const last = words[words.length - 1]!;
  const head = words.slice(0, -1);
  const isVerbTerm = /en$/.test(t) && !t.includes(' ');
  const isVerbAlternative = /en$/.test(last) && (words.length === 1 || words.length === 2);
  if (isVerbTerm && isVerbAlternative && words.length === 1) {
    const [particle, base] = splitParticle(t);
    // "hanteren" → "hanteer", but "veranderen" → "verander": accept either stem.
    const stems = [verbStem(base), base.replace(/en$/, ''), base.replace(/eren$/, 'eer')];
    for (const stem of stems) {
      const p = particle;
      if (a === stem + 't' || a === thirdPerson(t) || a === stem + 'dt') return thirdPerson(last);
      if (a === participle(t) || a === `${p}ge${stem}d` || a === `${p}ge${stem}t` || (INSEPARABLE.test(base) && a === `${p}${stem}d`)) return participle(last);
      if (a === stem) return verbStem(last);
    }
    return null;
  }
  // Adjectives: the term without -e in the dictionary, with -e in the text.
  if (a === t + 'e' || (a.endsWith('e') && a.slice(0, -1) === t.replace(/(aa|ee|oo|uu)([^aeiou])$/, (_m, v: string, c: string) => v[0] + c))) {
    return [...head, withAdjectiveE(last)].join(' ');
  }
  // Plurals.
  if (a === t + 's' || a === t + 'en' || a === t + 'n' || a === t + "'s") return [...head, plural(last)].join(' ');
  if (VOWEL.test(a) && a.startsWith(t)) return null;
  return null;
}
