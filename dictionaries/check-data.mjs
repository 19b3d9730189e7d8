// Quick sanity check for the built-in Dutch dictionary data (plain Node, no dependencies).
// The zod schema in shared/ is the real contract; this script catches data mistakes early:
// invalid JSON, duplicate ids or terms, missing fields, unknown categories, low counts.
// Usage: node dictionaries/check-data.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'nl');
const CATEGORIES = new Set(['ambtelijk', 'vakjargon-sociaal-domein', 'engels-leenwoord', 'vage-beleidstaal', 'bestuurstaal', 'zorgjargon', 'juridisch']);
const SEVERITIES = new Set(['info', 'warning', 'error']);
const MINIMUM = { terms: 560, abbreviations: 80, allowed: 300, nominalisations: 150 };

const problems = [];
const report = (file, where, reason) => problems.push(`${file}: ${where}: ${reason}`);
const isNonEmptyString = (v) => typeof v === 'string' && v.trim() !== '' && v === v.trim();
const isStringList = (v) => Array.isArray(v) && v.every(isNonEmptyString);

function load(file) {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  } catch (err) {
    report(file, 'file', `invalid JSON: ${err.message}`);
    return undefined;
  }
}

const counts = {};
const ids = new Map();
const surfaceForms = new Map();
let termTotal = 0;

for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.terms.json')).sort()) {
  const data = load(file);
  if (!data) continue;
  if (data.kind !== 'terms') report(file, 'kind', 'must be "terms"');
  if (!isNonEmptyString(data.name)) report(file, 'name', 'missing');
  if (!Array.isArray(data.entries)) { report(file, 'entries', 'missing'); continue; }
  data.entries.forEach((e, i) => {
    const where = `entry ${i} (${e.id ?? e.term ?? '?'})`;
    if (typeof e.id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(e.id)) report(file, where, 'id must be a lowercase slug');
    else if (ids.has(e.id)) report(file, where, `duplicate id, also in ${ids.get(e.id)}`);
    else ids.set(e.id, file);
    if (!isNonEmptyString(e.term)) report(file, where, 'term missing');
    if (e.variants !== undefined && !isStringList(e.variants)) report(file, where, 'variants must be a list of strings');
    if (!isStringList(e.alternatives)) report(file, where, 'alternatives must be a list of strings');
    else if (e.alternatives.length > 4) report(file, where, 'at most 4 alternatives');
    else if (e.alternatives.length === 0 && !/schrijf|zeg|noem|leg .*uit|vertel/i.test(e.explanation ?? '')) report(file, where, 'no alternatives, so the explanation must say how to rewrite');
    if (!isNonEmptyString(e.explanation)) report(file, where, 'explanation missing');
    else if (e.explanation.split(/[.!?](\s|$)/).filter((s) => s && s.trim().length > 1).length > 3) report(file, where, 'explanation longer than three sentences');
    if (!CATEGORIES.has(e.category)) report(file, where, `unknown category ${e.category}`);
    if (!SEVERITIES.has(e.severity)) report(file, where, `unknown severity ${e.severity}`);
    if (e.compound !== undefined && typeof e.compound !== 'boolean') report(file, where, 'compound must be a boolean');
    if (e.forms !== undefined && (typeof e.forms !== 'object' || (e.forms.plural !== undefined && !isNonEmptyString(e.forms.plural)))) report(file, where, 'forms.plural must be a string');
    for (const form of [e.term, ...(e.variants ?? [])]) {
      if (typeof form !== 'string') continue;
      const key = form.toLowerCase();
      if (surfaceForms.has(key)) report(file, where, `"${form}" also listed under ${surfaceForms.get(key)}`);
      else surfaceForms.set(key, `${file} ${e.id}`);
    }
  });
  counts[file] = data.entries.length;
  termTotal += data.entries.length;
}

const abbr = load('abbreviations.json');
if (abbr) {
  if (abbr.kind !== 'abbreviations') report('abbreviations.json', 'kind', 'must be "abbreviations"');
  const seen = new Set();
  (abbr.entries ?? []).forEach((e, i) => {
    const where = `entry ${i} (${e.abbr ?? '?'})`;
    for (const field of ['abbr', 'expansion', 'explanation']) if (!isNonEmptyString(e[field])) report('abbreviations.json', where, `${field} missing`);
    if (seen.has(e.abbr)) report('abbreviations.json', where, 'duplicate abbreviation');
    seen.add(e.abbr);
  });
  counts['abbreviations.json'] = abbr.entries?.length ?? 0;
}

const allowed = load('allowed-long-words.json');
if (allowed) {
  if (allowed.kind !== 'allowed') report('allowed-long-words.json', 'kind', 'must be "allowed"');
  const seen = new Set();
  for (const w of allowed.words ?? []) {
    if (!isNonEmptyString(w) || w !== w.toLowerCase() || /\s/.test(w)) report('allowed-long-words.json', w, 'must be one lowercase word');
    if (seen.has(w)) report('allowed-long-words.json', w, 'duplicate');
    if (surfaceForms.has(w)) report('allowed-long-words.json', w, `also a flagged term (${surfaceForms.get(w)})`);
    seen.add(w);
  }
  counts['allowed-long-words.json'] = allowed.words?.length ?? 0;
}

const nom = load('nominalisations.json');
if (nom) {
  if (nom.kind !== 'nominalisations') report('nominalisations.json', 'kind', 'must be "nominalisations"');
  const seen = new Set();
  (nom.entries ?? []).forEach((e, i) => {
    const where = `entry ${i} (${e.noun ?? '?'})`;
    if (!isNonEmptyString(e.noun) || !isNonEmptyString(e.verb)) report('nominalisations.json', where, 'noun and verb required');
    if (e.weakVerbs !== undefined && !isStringList(e.weakVerbs)) report('nominalisations.json', where, 'weakVerbs must be a list of strings');
    if (seen.has(e.noun)) report('nominalisations.json', where, 'duplicate noun');
    seen.add(e.noun);
  });
  counts['nominalisations.json'] = nom.entries?.length ?? 0;
}

for (const [file, n] of Object.entries(counts)) console.log(`${String(n).padStart(5)}  ${file}`);
console.log(`${String(termTotal).padStart(5)}  terms in total`);
const short = [
  ['terms', termTotal], ['abbreviations', counts['abbreviations.json'] ?? 0],
  ['allowed', counts['allowed-long-words.json'] ?? 0], ['nominalisations', counts['nominalisations.json'] ?? 0],
].filter(([k, n]) => n < MINIMUM[k]);
for (const [k, n] of short) problems.push(`${k}: ${n} entries, need at least ${MINIMUM[k]}`);
if (problems.length) {
  console.error(`\n${problems.length} problem(s):\n` + problems.map((p) => `  - ${p}`).join('\n'));
  process.exit(1);
}
console.log('\nAll dictionary data is valid.');
