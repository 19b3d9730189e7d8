// Checks the evaluation corpus (tests/fixtures/corpus/<part>/) against the shared format, so that a
// broken quote or a miscounted sentence is caught when the file is written, not when the accuracy
// bench silently scores against it. Deliberately imports nothing from the checker: the corpus is the
// yardstick and must not depend on what it measures.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const corpusRoot = path.resolve(import.meta.dirname, '../fixtures/corpus');

const genres = [
  'raadsvoorstel',
  'raadsinformatiebrief',
  'beleidsnota',
  'beleidskader',
  'kamerbrief',
  'jaarverslag',
  'subsidieregeling',
  'verslag-bestuurlijk-overleg',
  'b1-tekst',
] as const;

const flagClasses = [
  'jargon',
  'officialese',
  'vague',
  'hard-word',
  'abbreviation',
  'long-sentence',
  'passive',
  'nominalisation',
  'tang',
  'double-negative',
  'grammar',
  'spelling',
] as const;

const noFlagClasses = [
  'name',
  'compound',
  'caps-line',
  'unit',
  'defined-abbreviation',
  'common-word',
  'verb-form',
  'not-passive',
  'foreign-quote',
  'sense',
  'other',
] as const;

const span = {
  quote: z.string().min(1),
  nth: z.number().int().min(1),
  why: z.string().min(1),
};

const annotationSchema = z.strictObject({
  genre: z.enum(genres),
  style: z.enum(['dense', 'plain']),
  flag: z.array(z.strictObject({ ...span, class: z.enum(flagClasses), rewrite: z.string().optional() })),
  ok: z.array(z.strictObject(span)),
  noFlag: z.array(z.strictObject({ ...span, class: z.enum(noFlagClasses) })),
});

type Annotation = z.infer<typeof annotationSchema>;

/** Markdown block markers that are not part of the text a reader sees. */
function blocksOf(markdown: string): string[] {
  return markdown
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(#{1,6}\s+|[-*]\s+|\d+\.\s+)/, '').trim())
    .filter((line) => line.length > 0);
}

/**
 * Sentences as a reader sees them: a line (heading, list item, paragraph line) always ends one; inside a
 * line a sentence ends at . ! ? followed by a space and a capital, so "€ 2,4 mln. voor" and "nr. 12" do
 * not end a sentence.
 */
function sentencesOf(markdown: string): string[] {
  return blocksOf(markdown).flatMap((block) =>
    block
      .split(/(?<=[.!?])\s+(?=[A-ZÀ-Ý‘“'"])/u)
      .map((s) => s.trim())
      .filter((s) => s.length > 0),
  );
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

function occurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) count += 1;
  return count;
}

const parts = fs.existsSync(corpusRoot)
  ? fs.readdirSync(corpusRoot).filter((entry) => fs.statSync(path.join(corpusRoot, entry)).isDirectory())
  : [];

const texts = parts.flatMap((part) =>
  fs
    .readdirSync(path.join(corpusRoot, part))
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({ part, stem: file.slice(0, -'.json'.length) })),
);

describe('evaluation corpus format', () => {
  it('has annotated texts to check', () => {
    expect(texts.length, `no .json files under ${corpusRoot}/*/`).toBeGreaterThan(0);
  });

  describe.each(texts)('$part/$stem', ({ part, stem }) => {
    const dir = path.join(corpusRoot, part);
    const mdPath = path.join(dir, `${stem}.md`);
    const raw: unknown = JSON.parse(fs.readFileSync(path.join(dir, `${stem}.json`), 'utf8'));

    it('is named <nn>-<genre> and has its .md beside it', () => {
      expect(stem).toMatch(/^\d{2,3}-[a-z0-9-]+$/);
      expect(fs.existsSync(mdPath), `${stem}.md is missing`).toBe(true);
    });

    it('follows the annotation schema', () => {
      const parsed = annotationSchema.safeParse(raw);
      expect(parsed.success, parsed.success ? '' : z.prettifyError(parsed.error)).toBe(true);
    });

    const parsed = annotationSchema.safeParse(raw);
    if (!parsed.success || !fs.existsSync(mdPath)) return;
    const annotation: Annotation = parsed.data;
    const markdown = fs.readFileSync(mdPath, 'utf8');

    it('names the genre in its stem', () => {
      expect(stem.slice(stem.indexOf('-') + 1)).toBe(annotation.genre);
    });

    it('quotes only text that occurs at least nth times in the .md', () => {
      const missing = [...annotation.flag, ...annotation.ok, ...annotation.noFlag]
        .filter((item) => occurrences(markdown, item.quote) < item.nth)
        .map((item) => `"${item.quote}" (nth ${item.nth}, found ${occurrences(markdown, item.quote)})`);
      expect(missing).toEqual([]);
    });

    it('quotes whole sentences of more than 20 words for long-sentence flags', () => {
      const sentences = sentencesOf(markdown);
      const wrong = annotation.flag
        .filter((item) => item.class === 'long-sentence')
        .filter((item) => !sentences.includes(item.quote) || wordCount(item.quote) <= 20)
        .map((item) => `"${item.quote.slice(0, 60)}…" (${wordCount(item.quote)} words)`);
      expect(wrong).toEqual([]);
    });

    if (annotation.style === 'dense') {
      it('is a dense text of 250–400 words', () => {
        const words = wordCount(blocksOf(markdown).join(' '));
        expect(words).toBeGreaterThanOrEqual(250);
        expect(words).toBeLessThanOrEqual(400);
      });
    }
  });
});
