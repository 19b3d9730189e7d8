import { describe, expect, it } from 'vitest';
import nl from '../../../shared/i18n/nl.json';
import en from '../../../shared/i18n/en.json';
import { COMMANDS } from '../../../shared/commands';
import { FAMILY_LABEL } from '../../../shared/report/labels';

function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    value && typeof value === 'object' ? keys(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

/** Resolves a key the way i18next does: nested objects, or a flat key that itself holds dots. */
function lookup(messages: unknown, key: string): unknown {
  if (messages === null || typeof messages !== 'object') return undefined;
  const record = messages as Record<string, unknown>;
  if (key in record) return record[key];
  const parts = key.split('.');
  for (let cut = 1; cut < parts.length; cut++) {
    const head = parts.slice(0, cut).join('.');
    if (head in record) {
      const found = lookup(record[head], parts.slice(cut).join('.'));
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

describe('interface text', () => {
  it('has every Dutch text in English too, and nothing only in English', () => {
    expect(keys(en).sort()).toEqual(keys(nl).sort());
  });

  it('gives every command a title in both languages', () => {
    const commands = Object.entries(COMMANDS).map(([id, spec]) => ({ id, title: spec.title }));
    expect(commands.length).toBeGreaterThan(30);
    for (const command of commands) {
      expect(typeof lookup(nl, command.title), command.id).toBe('string');
      expect(typeof lookup(en, command.title), command.id).toBe('string');
    }
  });

  it('speaks to the reader as "u" and calls a note "notitie" everywhere in Dutch', () => {
    const texts = keys(nl).map((key) => [key, String(lookup(nl, key))] as const);
    const informal = texts.filter(([, text]) => /\b(je|jij|jou|jouw|jezelf)\b/i.test(text));
    const nota = texts.filter(([, text]) => /\bnota('s)?\b/i.test(text));
    expect(informal.map(([key]) => key)).toEqual([]);
    expect(nota.map(([key]) => key)).toEqual([]);
  });
});

describe('names of the kinds of findings', () => {
  it('are the same in the Problems filter, its counts and the legend (checks.family) as in the Leesbaarheidsrapport', () => {
    // The report is always Dutch; the interface in Dutch must call each kind by the same name.
    for (const [family, label] of Object.entries(FAMILY_LABEL)) expect(lookup(nl, `checks.family.${family}`), family).toBe(label);
    const names = Object.values(FAMILY_LABEL);
    expect(new Set(names).size).toBe(names.length);
  });
});
