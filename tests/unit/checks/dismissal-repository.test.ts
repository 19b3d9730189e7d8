import { describe, expect, it } from 'vitest';
import { openSqlite } from '../../../electron/services/sqlite';
import { migrate } from '../../../electron/services/migrations';
import { DismissalRepository } from '../../../electron/services/checks';

function database() {
  const db = openSqlite(':memory:');
  migrate(db);
  return db;
}

const base = { ruleId: 'jargon', quote: 'teneinde', prefix: 'met partners ', suffix: ' de wijk', scope: 'here' as const };

describe('dismissal repository', () => {
  it('stores a dismissal with its reason and lists it back', () => {
    const db = database();
    const repository = new DismissalRepository(() => new Date('2025-03-01T10:00:00Z'));
    repository.dismiss(db, { ...base, reason: 'Vaste term in de verordening' });
    expect(repository.list(db)).toEqual([{ ...base, id: 1, createdAt: '2025-03-01T10:00:00.000Z', reason: 'Vaste term in de verordening' }]);
  });

  it('dismissing the same finding twice keeps one row and the newest reason', () => {
    const db = database();
    const repository = new DismissalRepository();
    repository.dismiss(db, base);
    repository.dismiss(db, { ...base, reason: 'Afgesproken met de jurist' });
    const list = repository.list(db);
    expect(list).toHaveLength(1);
    expect(list[0]?.reason).toBe('Afgesproken met de jurist');
  });

  it('treats "note" dismissals of the same word in other capitals as one', () => {
    const db = database();
    const repository = new DismissalRepository();
    repository.dismiss(db, { ...base, scope: 'note', prefix: '', suffix: '' });
    repository.dismiss(db, { ...base, quote: 'Teneinde', scope: 'note', prefix: '', suffix: '' });
    expect(repository.list(db)).toHaveLength(1);
  });

  it('removes a dismissal and its reason', () => {
    const db = database();
    const repository = new DismissalRepository();
    const stored = repository.dismiss(db, { ...base, reason: 'x' });
    expect(repository.undismiss(db, stored.id)).toBe(true);
    expect(repository.list(db)).toEqual([]);
    expect(repository.undismiss(db, stored.id)).toBe(false);
  });

  it('skips rows written in a form it does not know instead of failing', () => {
    const db = database();
    db.prepare("INSERT INTO dismissals (rule_id, fingerprint, created_at) VALUES ('jargon', '{\"v\":9}', '2025-01-01')").run();
    expect(new DismissalRepository().list(db)).toEqual([]);
  });
});
