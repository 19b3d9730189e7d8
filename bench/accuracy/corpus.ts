// Reads one part of the accuracy corpus (tests/fixtures/corpus/<part>/): each text with its
// annotation, validated with zod, every quote resolved to offsets in the text.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { z } from 'zod';

const FLAG_CLASSES = [
  'jargon', 'officialese', 'vague', 'hard-word', 'abbreviation', 'long-sentence', 'passive', 'nominalisation', 'tang', 'double-negative', 'grammar', 'spelling',
] as const;
export type FlagClass = (typeof FLAG_CLASSES)[number];

const quoted = { quote: z.string().min(1), nth: z.number().int().min(1), why: z.string() };
const annotationSchema = z.object({
  genre: z.string(),
  style: z.enum(['dense', 'plain']),
  flag: z.array(z.object({ ...quoted, class: z.enum(FLAG_CLASSES), rewrite: z.string().optional() })),
  ok: z.array(z.object(quoted)),
  noFlag: z.array(z.object({ ...quoted, class: z.string() })),
});

export interface Span {
  start: number;
  end: number;
}
export interface FlagSpan extends Span {
  cls: FlagClass;
  quote: string;
  rewrite?: string;
}
export interface CorpusText {
  stem: string;
  genre: string;
  style: 'dense' | 'plain';
  text: string;
  words: number;
  flag: FlagSpan[];
  ok: Span[];
}

function locate(text: string, quote: string, nth: number, where: string): Span {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = text.indexOf(quote, at + 1);
    if (at < 0) throw new Error(`${where}: "${quote}" komt geen ${nth} keer voor`);
  }
  return { start: at, end: at + quote.length };
}

/** Words as a reader counts them: Markdown markers left out. */
export function countWords(markdown: string): number {
  return markdown
    .split('\n')
    .map((line) => line.replace(/^\s*(#{1,6}\s+|[-*+]\s+|\d{1,3}[.)]\s+)/, ''))
    .join(' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function corpusDir(part: 'dev' | 'test'): string {
  return new URL(`../../tests/fixtures/corpus/${part}/`, import.meta.url).pathname;
}

export function loadPart(part: 'dev' | 'test'): CorpusText[] | null {
  const dir = corpusDir(part);
  if (!existsSync(dir)) return null;
  const stems = readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'SOURCES.md' && f !== 'README.md').map((f) => f.slice(0, -3)).sort();
  return stems
    .filter((stem) => existsSync(`${dir}${stem}.json`))
    .map((stem) => {
      const text = readFileSync(`${dir}${stem}.md`, 'utf8');
      const annotation = annotationSchema.parse(JSON.parse(readFileSync(`${dir}${stem}.json`, 'utf8')));
      const where = `${part}/${stem}`;
      const flag = annotation.flag.map((f) => {
        const span: FlagSpan = { ...locate(text, f.quote, f.nth, where), cls: f.class, quote: f.quote };
        if (f.rewrite !== undefined) span.rewrite = f.rewrite;
        return span;
      });
      const ok = annotation.ok.map((o) => locate(text, o.quote, o.nth, where));
      return { stem, genre: annotation.genre, style: annotation.style, text, words: countWords(text), flag, ok };
    });
}
