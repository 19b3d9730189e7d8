// A note's own check settings, in the note's `check_settings` table under one key as JSON. A
// value this version cannot read (hand-edited, or from a newer Helder) counts as "no override",
// so a broken row never stops the note from being checked.
import { z } from 'zod';
import { NoteCheckOverride } from '../../../shared/contract/checks';
import type { SqliteDatabase } from '../sqlite';

const KEY = 'note-settings';

const ValueRow = z.object({ value: z.string() });

/** An override without any setting is the same as none, so it is not stored. */
function isEmpty(override: NoteCheckOverride): boolean {
  return Object.values(override).every((value) => value === undefined);
}

export class NoteSettingsRepository {
  get(db: SqliteDatabase): NoteCheckOverride | null {
    const row = ValueRow.optional().parse(db.prepare('SELECT value FROM check_settings WHERE key = ?').get(KEY));
    if (!row) return null;
    let value: unknown;
    try {
      value = JSON.parse(row.value);
    } catch {
      return null;
    }
    const parsed = NoteCheckOverride.safeParse(value);
    if (!parsed.success || isEmpty(parsed.data)) return null;
    return parsed.data;
  }

  /** Stores the override (or removes it for null) and returns what is stored now. */
  set(db: SqliteDatabase, override: NoteCheckOverride | null): NoteCheckOverride | null {
    const value = override === null ? null : NoteCheckOverride.parse(override);
    if (value === null || isEmpty(value)) {
      db.prepare('DELETE FROM check_settings WHERE key = ?').run(KEY);
      return null;
    }
    db.prepare('INSERT INTO check_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(KEY, JSON.stringify(value));
    return value;
  }
}
