import { useTranslation } from 'react-i18next';
import { useObservable } from '../../base/observable';
import type { OutlineHeading } from '../../editor/NoteEditor';
import { useWorkbench, useWorkbenchState } from '../../workbench/context';
import type { OutlineStore } from './outline-store';

const none: OutlineHeading[] = [];

export function OutlineView({ store }: { store: OutlineStore }) {
  const { t } = useTranslation();
  const { controller } = useWorkbench();
  const active = useWorkbenchState((state) => state.active);
  const outline = useObservable(store, ({ byNote }) => (active ? (byNote[active] ?? none) : none));
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
