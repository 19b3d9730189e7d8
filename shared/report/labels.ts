// Dutch words of the Leesbaarheidsrapport. The report is a municipal document that goes into the
// council's document system in Dutch, whatever language the writer's interface uses.
import type { Family } from '../contract/versions';

export const FAMILY_LABEL: Record<Family, string> = {
  jargon: 'Ambtelijke taal',
  'long-sentence': 'Lange zinnen en alinea’s',
  'hard-word': 'Moeilijke woorden',
  passive: 'Lijdende vorm',
  nominal: 'Naamwoordstijl',
  abbreviation: 'Afkortingen',
  spelling: 'Spelling',
  other: 'Overig',
};

export const RULE_LABEL: Record<string, string> = {
  jargon: 'ambtelijke taal',
  'long-sentence': 'lange zin',
  'long-paragraph': 'lange alinea',
  'hard-word': 'moeilijk woord',
  passive: 'lijdende vorm',
  nominalisation: 'naamwoordstijl',
  abbreviation: 'afkorting',
  spelling: 'spelling',
  'double-negative': 'dubbele ontkenning',
  tang: 'tangconstructie',
  'vague-filler': 'vaag woord',
  'reading-level': 'taalniveau',
};

export const LEVEL_TEXT: Record<'B1' | 'B2' | 'C1', string> = {
  B1: 'B1: goed te lezen voor de meeste inwoners',
  B2: 'B2: lastig voor een deel van de inwoners',
  C1: 'C1: moeilijk voor veel inwoners',
};

const dutchNumber = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
export const formatNumber = (value: number): string => dutchNumber.format(value);

const dutchDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' });
export function formatDate(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dutchDate.format(date);
}

export const formatDelta = (before: number, after: number): string => {
  const delta = Math.round((after - before) * 10) / 10;
  return delta === 0 ? '±0' : `${delta > 0 ? '+' : '−'}${formatNumber(Math.abs(delta))}`;
};
