import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkbench, useWorkbenchState } from '../../workbench/context';

const CONTEXT = 30;

/** Finds text in the open note and lists each hit with a little context. */
export function SearchView() {
  const { t } = useTranslation();
  const { controller } = useWorkbench();
  const [query, setQuery] = useState('');
  const edits = useWorkbenchState((state) => state.tabs.find((tab) => tab.path === state.active)?.edits ?? 0);
  const hits = useMemo(() => {
    const text = controller.activeEditor()?.getText() ?? '';
    const needle = query.trim().toLocaleLowerCase('nl');
    if (!needle) return [];
    const haystack = text.toLocaleLowerCase('nl');
    const found: { index: number; before: string; match: string; after: string }[] = [];
    for (let index = haystack.indexOf(needle); index >= 0 && found.length < 500; index = haystack.indexOf(needle, index + needle.length)) {
      found.push({
        index,
        before: text.slice(Math.max(0, index - CONTEXT), index),
        match: text.slice(index, index + needle.length),
        after: text.slice(index + needle.length, index + needle.length + CONTEXT),
      });
    }
    return found;
    // The edit count changes with the text; it is the signal to search again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query, edits, controller]);

  return (
    <div className="search-view">
      <input
        type="search"
        className="text-input"
        placeholder={t('search.placeholder')}
        aria-label={t('search.placeholder')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      {query.trim() && <p className="view-hint" role="status">{hits.length > 0 ? t('search.results', { count: hits.length }) : t('search.none')}</p>}
      <ul className="search-results">
        {hits.map((hit) => (
          <li key={hit.index}>
            …{hit.before}
            <mark>{hit.match}</mark>
            {hit.after}…
          </li>
        ))}
      </ul>
    </div>
  );
}
