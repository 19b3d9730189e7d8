// Builds dictionaries/nl/word-lists/common-words.json from the Dutch common-words list that ships
// in @zxcvbn-ts/language-nl-be (MIT; about 16,000 words ranked by frequency in subtitles, so it
// reflects everyday spoken Dutch). Run at build time when the package is updated; nothing is
// fetched at run time. Usage: node dictionaries/build-common-words.mjs
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const source = require('@zxcvbn-ts/language-nl-be/dist/commonWords.json.js');
const list = (source.default ?? source).map((w) => w.trim().toLowerCase()).filter((w) => /^[\p{L}][\p{L}'-]*$/u.test(w));
const words = [...new Set(list)];
const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'nl', 'word-lists', 'common-words.json');
const file = {
  kind: 'word-sets',
  name: 'gewone woorden',
  description:
    'Woorden die de meeste mensen kennen: de lijst met veelgebruikte Nederlandse woorden uit @zxcvbn-ts/language-nl-be (MIT, op basis van ondertitels). Gemaakt met dictionaries/build-common-words.mjs.',
  sets: { common: words },
};
writeFileSync(out, JSON.stringify(file) + '\n');
console.log(`${words.length} woorden geschreven naar ${out}`);
