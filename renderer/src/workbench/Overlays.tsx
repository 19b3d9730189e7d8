import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatKeybinding } from '../commands/keybinding';
import { useWorkbench, useWorkbenchState } from './context';
import { fuzzyFilter } from './fuzzy';

export function Overlays() {
  const overlay = useWorkbenchState((state) => state.overlay);
  if (!overlay) return null;
  if (overlay.kind === 'palette') return <CommandPalette />;
  if (overlay.kind === 'quickOpen') return <QuickOpen />;
  if (overlay.kind === 'prompt') return <PromptDialog key={overlay.title} title={overlay.title} value={overlay.value} resolve={overlay.resolve} />;
  return <ConfirmDialog message={overlay.message} resolve={overlay.resolve} />;
}

interface PickItem {
  id: string;
  label: string;
  detail?: string;
}

/** The shared list-with-filter used by the command palette and quick open. */
function Picker({ placeholder, items, onPick }: { placeholder: string; items: PickItem[]; onPick: (item: PickItem) => void }) {
  const { t } = useTranslation();
  const { controller } = useWorkbench();
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState(0);
  const filtered = useMemo(() => fuzzyFilter(items, query, (item) => item.label), [items, query]);
  const listRef = useRef<HTMLUListElement>(null);
  useEffect(() => setSelected(0), [query]);
  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'ArrowDown') setSelected((index) => Math.min(index + 1, filtered.length - 1));
    else if (event.key === 'ArrowUp') setSelected((index) => Math.max(index - 1, 0));
    else if (event.key === 'Escape') controller.closeOverlay();
    else if (event.key === 'Enter') {
      const item = filtered[selected];
      if (item) onPick(item);
    } else return;
    event.preventDefault();
  };
  return (
    <div className="overlay-backdrop" onMouseDown={() => controller.closeOverlay()}>
      <div className="picker" role="dialog" aria-label={placeholder} onMouseDown={(event) => event.stopPropagation()}>
        <input
          autoFocus
          className="picker-input text-input"
          role="combobox"
          aria-expanded="true"
          aria-controls="picker-list"
          aria-activedescendant={filtered[selected] ? `picker-${selected}` : undefined}
          placeholder={placeholder}
          aria-label={placeholder}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <ul className="picker-list" id="picker-list" role="listbox" ref={listRef}>
          {filtered.length === 0 && <li className="picker-empty">{t('palette.noResults')}</li>}
          {filtered.map((item, index) => (
            <li
              key={item.id}
              id={`picker-${index}`}
              role="option"
              aria-selected={index === selected}
              className={`picker-item${index === selected ? ' selected' : ''}`}
              data-id={item.id}
              onMouseMove={() => setSelected(index)}
              onClick={() => onPick(item)}
            >
              <span className="picker-label">{item.label}</span>
              {item.detail && <kbd className="picker-detail">{item.detail}</kbd>}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

function CommandPalette() {
  const { t } = useTranslation();
  const { commands, controller } = useWorkbench();
  const items = useMemo(
    () =>
      commands
        .list()
        .filter((command) => command.id !== 'workbench.commandPalette')
        .map((command) => {
          const key = commands.keybindingOf(command.id);
          return { id: command.id, label: t(command.title), ...(key ? { detail: formatKeybinding(key) } : {}) };
        })
        .sort((a, b) => a.label.localeCompare(b.label, 'nl')),
    [commands, t],
  );
  return (
    <Picker
      placeholder={t('palette.placeholder')}
      items={items}
      onPick={(item) => {
        controller.closeOverlay();
        void Promise.resolve(commands.run(item.id)).catch((error: unknown) => controller.toastError(error));
      }}
    />
  );
}

function QuickOpen() {
  const { t } = useTranslation();
  const { controller } = useWorkbench();
  const notes = useWorkbenchState((state) => state.werkmap?.notes ?? []);
  const items = useMemo(() => notes.map((note) => ({ id: note.path, label: note.name.replace(/\.helder$/, ''), detail: note.title })), [notes]);
  return (
    <Picker
      placeholder={t('palette.quickOpenPlaceholder')}
      items={items}
      onPick={(item) => {
        controller.closeOverlay();
        void controller.openNote(item.id);
      }}
    />
  );
}

function PromptDialog({ title, value, resolve }: { title: string; value: string; resolve: (value: string | null) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  return (
    <div className="overlay-backdrop" onMouseDown={() => resolve(null)}>
      <form
        className="dialog"
        role="dialog"
        aria-label={title}
        onMouseDown={(event) => event.stopPropagation()}
        onSubmit={(event) => {
          event.preventDefault();
          resolve(text);
        }}
      >
        <label className="dialog-title">
          {title}
          <input
            autoFocus
            className="text-input"
            value={text}
            maxLength={200}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={(event) => event.key === 'Escape' && resolve(null)}
          />
        </label>
        <div className="dialog-buttons">
          <button type="button" onClick={() => resolve(null)}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('dialog.ok')}
          </button>
        </div>
      </form>
    </div>
  );
}

function ConfirmDialog({ message, resolve }: { message: string; resolve: (ok: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <div className="overlay-backdrop" onMouseDown={() => resolve(false)}>
      <div className="dialog" role="alertdialog" aria-label={message} onMouseDown={(event) => event.stopPropagation()} onKeyDown={(event) => event.key === 'Escape' && resolve(false)}>
        <p className="dialog-title">{message}</p>
        <div className="dialog-buttons">
          <button type="button" onClick={() => resolve(false)}>
            {t('dialog.no')}
          </button>
          <button type="button" className="primary" autoFocus onClick={() => resolve(true)}>
            {t('dialog.yes')}
          </button>
        </div>
      </div>
    </div>
  );
}
