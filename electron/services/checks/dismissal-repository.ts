// Dismissals in a note's `dismissals` table. The table (migration 001) has rule_id and a
// fingerprint; the fingerprint holds the dismissal's identity (scope, quote, context) as JSON,
// so UNIQUE(rule_id, fingerprint) means "the same finding dismissed once". The table has no
// column for the optional reason, so it sits in `check_settings` under `dismissal-reason:<id>`
// and is updated in place when the writer dismisses the same finding again.
import { z } from 'zod';
import { Dismissal, StoredDismissal, type Dismissal as DismissalValue, type StoredDismissal as StoredValue } from '../../../shared/contract/checks';
import type { SqliteDatabase } from '../sqlite';

const Fingerprint = z.object({
  v: z.literal(1),
  scope: Dismissal.shape.scope,
  quote: z.string(),
  prefix: z.string(),
  suffix: z.string(),
});

const Row = z.object({ id: z.number().int(), rule_id: z.string(), fingerprint: z.string(), created_at: z.string() });

/** Reasons live in check_settings under this key prefix, keyed by dismissal id. */
const reasonKey = (id: number) => `dismissal-reason:${id}`;

export function fingerprintOf(dismissal: DismissalValue): string {
  const quote = dismissal.scope === 'note' ? dismissal.quote.toLowerCase() : dismissal.quote;
  return JSON.stringify({ v: 1, scope: dismissal.scope, quote, prefix: dismissal.prefix, suffix: dismissal.suffix });
}

function toStored(row: z.infer<typeof Row>, reason: string | undefined): StoredValue | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(row.fingerprint);
  } catch {
    return null;
  }
  const fingerprint = Fingerprint.safeParse(parsed);
  if (!fingerprint.success) return null; // written by a newer Helder: leave it alone, do not fail
  const { v: _v, ...rest } = fingerprint.data;
  return StoredDismissal.parse({ id: row.id, ruleId: row.rule_id, createdAt: row.created_at, ...rest, ...(reason ? { reason } : {}) });
}

export class DismissalRepository {
  constructor(private readonly now: () => Date = () => new Date()) {}

  list(db: SqliteDatabase): StoredValue[] {
    const rows = z.array(Row).parse(db.prepare('SELECT id, rule_id, fingerprint, created_at FROM dismissals ORDER BY id').all());
    const reasons = new Map<string, string>();
    for (const entry of z
      .array(z.object({ key: z.string(), value: z.string() }))
      .parse(db.prepare("SELECT key, value FROM check_settings WHERE key LIKE 'dismissal-reason:%'").all())) {
      reasons.set(entry.key, entry.value);
    }
    return rows.flatMap((row) => toStored(row, reasons.get(reasonKey(row.id))) ?? []);
  }

  dismiss(db: SqliteDatabase, dismissal: DismissalValue): StoredValue {
    const fingerprint = fingerprintOf(dismissal);
    const run = db.transaction(() => {
      db.prepare('INSERT INTO dismissals (rule_id, fingerprint, created_at) VALUES (?, ?, ?) ON CONFLICT (rule_id, fingerprint) DO NOTHING').run(
        dismissal.ruleId,
        fingerprint,
        this.now().toISOString(),
      );
      const row = Row.parse(db.prepare('SELECT id, rule_id, fingerprint, created_at FROM dismissals WHERE rule_id = ? AND fingerprint = ?').get(dismissal.ruleId, fingerprint));
      if (dismissal.reason) {
        db.prepare('INSERT INTO check_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(reasonKey(row.id), dismissal.reason);
      }
      const reason = z.object({ value: z.string() }).optional().parse(db.prepare('SELECT value FROM check_settings WHERE key = ?').get(reasonKey(row.id)));
      return toStored(row, reason?.value) as StoredValue;
    });
    return run();
  }

  undismiss(db: SqliteDatabase, id: number): boolean {
    const run = db.transaction(() => {
      db.prepare('DELETE FROM check_settings WHERE key = ?').run(reasonKey(id));
      return db.prepare('DELETE FROM dismissals WHERE id = ?').run(id).changes > 0;
    });
    return run();
  }
}
