import { useTranslation } from 'react-i18next';
import { useWorkbench, useWorkbenchState } from '../../workbench/context';

export function OutlineView() {
  const { t } = useTranslation();
  const { controller } = useWorkbench();
  const outline = useWorkbenchState((state) => state.outline);
  if (outline.length === 0) return <p className="view-empty">{t('outline.empty')}</p>;
  return (
    <ul className="outline-list">
      {outline.map((heading) => (
        <li key={heading.key} className={`outline-item level-${heading.level}`}>
          <button type="button" className="link-button" onClick={() => controller.activeEditor()?.revealHeading(heading.key)}>
            {heading.text || '—'}
          </button>
        </li>
      ))}
    </ul>
  );
}
