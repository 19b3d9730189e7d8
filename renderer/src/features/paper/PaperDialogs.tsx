// The paper round's dialogs: typing returned forms back (one row per comment), and the panel
// summary's choices. Rows that could not be stored stay in the form with the reason beside them.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaperEntryInput, PaperEntrySummary, PaperPacketInfo, Stance } from '../../../../shared/contract';
import { useObservable } from '../../base/observable';
import { usePaper } from './context';
import { emptyRow, isBlank, rowToEntry, type EntryRow } from './paper-controller';
import './paper.css';

const STANCES: Stance[] = ['vraag', 'onduidelijk', 'eens', 'oneens', 'suggestie'];
const dateFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'short' });

export function PaperDialogs() {
  const paper = usePaper();
  const dialog = useObservable(paper.store, (state) => state.dialog);
  if (!dialog) return null;
  if (dialog.kind === 'enter') return <EnterDialog path={dialog.path} packets={dialog.packets} />;
  return <SummaryDialog path={dialog.path} />;
}

function packetLabel(t: (key: string, options?: Record<string, unknown>) => string, packet: PaperPacketInfo) {
  return t('paper.packetLabel', { number: packet.number, date: dateFormat.format(new Date(packet.createdAt)) });
}

function EnterDialog({ path, packets }: { path: string; packets: PaperPacketInfo[] }) {
  const { t } = useTranslation();
  const paper = usePaper();
  const [roundId, setRoundId] = useState(packets[0]!.roundId);
  const [rows, setRows] = useState<EntryRow[]>(() => [emptyRow()]);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<PaperEntrySummary | null>(null);
  const update = (key: number, patch: Partial<EntryRow>) => setRows((list) => list.map((row) => (row.key === key ? { ...row, ...patch, problem: undefined } : row)));

  const submit = async () => {
    const filled = rows.filter((row) => !isBlank(row));
    const checked = filled.map((row) => ({ row, entry: rowToEntry(row) }));
    const bad = checked.filter((item) => typeof item.entry === 'string');
    if (bad.length > 0) {
      setRows(checked.map(({ row, entry }) => ({ ...row, problem: typeof entry === 'string' ? entry : undefined })));
      return;
    }
    if (checked.length === 0) return;
    setBusy(true);
    const summary = await paper.enter(path, roundId, checked.map((item) => item.entry as PaperEntryInput));
    setBusy(false);
    if (!summary) return;
    setResult(summary);
    // Stored rows leave the form; refused rows stay with the reason, so nothing typed is lost.
    const refused = new Map(summary.refused.map((item) => [item.index, `paper.problem.${item.reason}`]));
    const kept = checked.flatMap((item, index) => (refused.has(index) ? [{ ...item.row, problem: refused.get(index) }] : []));
    setRows(kept.length > 0 ? kept : [emptyRow()]);
  };

  return (
    <div className="overlay-backdrop" onMouseDown={() => paper.close()}>
      <form
        className="dialog paper-dialog"
        role="dialog"
        aria-label={t('paper.enterTitle')}
        onMouseDown={(event) => event.stopPropagation()}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            paper.close();
          }
        }}
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <p className="dialog-title">{t('paper.enterTitle')}</p>
        <p className="paper-hint">{t('paper.enterHint')}</p>
        <label className="paper-field">
          {t('paper.packet')}
          <select value={roundId} onChange={(event) => setRoundId(event.target.value)}>
            {packets.map((packet) => (
              <option key={packet.roundId} value={packet.roundId}>
                {packetLabel(t, packet)}
              </option>
            ))}
          </select>
        </label>
        <table className="paper-rows">
          <thead>
            <tr>
              <th scope="col">{t('paper.page')}</th>
              <th scope="col">{t('paper.line')}</th>
              <th scope="col">{t('paper.words')}</th>
              <th scope="col">{t('paper.stance')}</th>
              <th scope="col">{t('paper.body')}</th>
              <th scope="col">{t('paper.name')}</th>
              <th scope="col">
                <span className="sr-only">{t('paper.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const n = index + 1;
              return [
                <tr key={row.key} data-testid="paper-row" aria-invalid={row.problem ? true : undefined}>
                  <td>
                    <input className="text-input paper-number" inputMode="numeric" aria-label={t('paper.pageOf', { n })} value={row.page} onChange={(event) => update(row.key, { page: event.target.value })} autoFocus={index === 0} />
                  </td>
                  <td>
                    <input className="text-input paper-number" inputMode="numeric" aria-label={t('paper.lineOf', { n })} value={row.line} onChange={(event) => update(row.key, { line: event.target.value })} />
                  </td>
                  <td>
                    <input className="text-input" aria-label={t('paper.wordsOf', { n })} value={row.words} maxLength={500} onChange={(event) => update(row.key, { words: event.target.value })} />
                  </td>
                  <td>
                    <select aria-label={t('paper.stanceOf', { n })} value={row.stance} onChange={(event) => update(row.key, { stance: event.target.value as Stance })}>
                      {STANCES.map((stance) => (
                        <option key={stance} value={stance}>
                          {t(`comments.stances.${stance}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <input className="text-input" aria-label={t('paper.bodyOf', { n })} value={row.body} maxLength={10_000} onChange={(event) => update(row.key, { body: event.target.value })} />
                  </td>
                  <td>
                    <input className="text-input" aria-label={t('paper.nameOf', { n })} value={row.name} maxLength={200} onChange={(event) => update(row.key, { name: event.target.value })} />
                  </td>
                  <td>
                    <button type="button" aria-label={t('paper.removeOf', { n })} onClick={() => setRows((list) => (list.length === 1 ? [emptyRow()] : list.filter((item) => item.key !== row.key)))}>
                      ×
                    </button>
                  </td>
                </tr>,
                row.problem ? (
                  <tr key={`${row.key}-problem`} className="paper-problem">
                    <td colSpan={7} role="alert">
                      {t('paper.rowProblem', { n, problem: t(row.problem) })}
                    </td>
                  </tr>
                ) : null,
              ];
            })}
          </tbody>
        </table>
        <button type="button" onClick={() => setRows((list) => [...list, emptyRow()])}>
          {t('paper.addRow')}
        </button>
        {result && (
          <ul className="paper-result" role="status" data-testid="paper-result">
            <li>{t('paper.resultAdded', { count: result.added })}</li>
            {result.known > 0 && <li>{t('paper.resultKnown', { count: result.known })}</li>}
            {result.notPlaced.length > 0 && <li>{t('paper.resultNotPlaced', { count: result.notPlaced.length })}</li>}
            {result.refused.length > 0 && <li>{t('paper.resultRefused', { count: result.refused.length })}</li>}
          </ul>
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={() => paper.close()}>
            {t('dialog.close')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {t('paper.place')}
          </button>
        </div>
      </form>
    </div>
  );
}

function SummaryDialog({ path }: { path: string }) {
  const { t } = useTranslation();
  const paper = usePaper();
  const [anonymous, setAnonymous] = useState(false);
  return (
    <div className="overlay-backdrop" onMouseDown={() => paper.close()}>
      <div className="dialog paper-summary-dialog" role="dialog" aria-label={t('paper.summaryTitle')} onMouseDown={(event) => event.stopPropagation()} onKeyDown={(event) => event.key === 'Escape' && paper.close()}>
        <p className="dialog-title">{t('paper.summaryTitle')}</p>
        <p className="paper-hint">{t('paper.summaryHint')}</p>
        <label className="checkbox paper-field">
          <input type="checkbox" checked={anonymous} onChange={(event) => setAnonymous(event.target.checked)} autoFocus />
          {t('paper.anonymous')}
        </label>
        <div className="dialog-buttons">
          <button type="button" onClick={() => paper.close()}>
            {t('dialog.cancel')}
          </button>
          <button type="button" onClick={() => void paper.exportSummary(path, 'html', anonymous)}>
            {t('paper.summaryHtml')}
          </button>
          <button type="button" className="primary" onClick={() => void paper.exportSummary(path, 'pdf', anonymous)}>
            {t('paper.summaryPdf')}
          </button>
        </div>
      </div>
    </div>
  );
}
