// A comparison's text: every block, with inserted words in <ins> and deleted words in <del>.
// Marked by more than colour: underline / strike-through, and a "+" / "−" sign before each block
// that came or went, so it reads in high contrast and for colour-blind readers too.
import { useTranslation } from 'react-i18next';
import type { BlockChange } from '../../../../shared/contract';

const SIGN: Record<BlockChange['type'], string> = { same: '', added: '+', removed: '−', changed: '±', 'moved-away': '↷', 'moved-here': '↶' };

function BlockText({ change }: { change: BlockChange }) {
  if (change.type === 'changed' && change.parts) {
    return (
      <>
        {change.parts.map((part, index) =>
          part.op === 'added' ? <ins key={index}>{part.text}</ins> : part.op === 'removed' ? <del key={index}>{part.text}</del> : <span key={index}>{part.text}</span>,
        )}
      </>
    );
  }
  if (change.type === 'added') return <ins>{change.text}</ins>;
  if (change.type === 'removed') return <del>{change.text}</del>;
  return <>{change.text}</>;
}

export function DiffView({ changes }: { changes: readonly BlockChange[] }) {
  const { t } = useTranslation();
  return (
    <div className="version-diff" aria-label={t('versions.diffLabel')}>
      {changes.map((change, index) => {
        const Tag = change.kind === 'heading' ? 'h4' : 'p';
        return (
          <div key={index} className={`diff-block diff-${change.type} diff-kind-${change.kind}`} data-change={change.type}>
            <span className="diff-sign" aria-hidden="true">
              {SIGN[change.type]}
            </span>
            {change.type !== 'same' && <span className="visually-hidden">{t(`versions.change.${change.type}`)}: </span>}
            <Tag className="diff-text">
              {change.kind === 'listitem' && '• '}
              <BlockText change={change} />
              {change.moveId !== undefined && <span className="diff-move"> ({t(change.type === 'moved-away' ? 'versions.movedAway' : 'versions.movedHere')})</span>}
            </Tag>
          </div>
        );
      })}
    </div>
  );
}
