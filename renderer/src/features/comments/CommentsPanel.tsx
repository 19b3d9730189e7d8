// The Comments view, shown in the side bar and in the bottom panel alike: filters, counts per
// section, and the threads in document order. Arrow keys move through the threads, Enter jumps
// to the words, R replies, and the buttons of the focused thread are reachable with Tab.
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkbenchState } from '../../workbench/context';
import { useComments } from './context';
import { authorOf, hasAllComments, isAdviceThread, stanceOf, type ListedThread } from './listed';
import { useObservable } from '../../base/observable';
import { isPaperOrigin } from '../../../../shared/paper/entries';
import { STANCES, countsPerSection, inDocumentOrder, matchesFilters, type CommentFilters } from './filters';
import { ESTIMATED_ROW_PX, OVERSCAN_PX, ROW_GAP_PX, rowTops, rowsToDraw, scrollToShow } from './thread-window';
import { scrollContainerOf } from '../../base/scroll-container';
import { useCachedText, type CachedText } from '../../base/cached-text';

export function CommentsPanel() {
  const { t } = useTranslation();
  const comments = useComments();
  const path = useWorkbenchState((state) => state.active);
  const reviewCopy = useWorkbenchState((state) => state.tabs.find((tab) => tab.path === state.active)?.reviewCopy ?? false);
  const note = useObservable(comments.store, (state) => (path ? state.notes[path] : undefined));
  const filters = useObservable(comments.store, (state) => state.filters);
  const active = useObservable(comments.store, (state) => state.active);

  const ordered = useMemo(() => (note ? inDocumentOrder(note.threads, note.places) : []), [note]);
  const visible = useMemo(() => ordered.filter((thread) => matchesFilters(thread, filters)), [ordered, filters]);
  const authors = useMemo(() => {
    // One plain pass over the threads (2,000 at open), not a list of every name first.
    const names = new Set<string>();
    for (const thread of note?.threads ?? []) for (const name of thread.authors) names.add(name);
    return [...names].sort();
  }, [note?.threads]);
  // The height of the view the list will sit in, seen before the list arrives (after a layout,
  // never forcing one): the list's first drawing then makes only the rows that will show.
  const viewRef = useRef<HTMLDivElement>(null);
  const seenHeight = useRef(0);
  const shown = path !== null;
  useEffect(() => {
    const scroller = viewRef.current ? scrollerOf(viewRef.current) : null;
    if (!scroller) return;
    const observer = new ResizeObserver((entries) => {
      seenHeight.current = entries[entries.length - 1]?.contentRect.height ?? 0;
    });
    observer.observe(scroller);
    return () => observer.disconnect();
  }, [shown]);
  // The counts table is folded away at first: only whether it has a row is needed until it is opened.
  const hasCounts = useMemo(() => visible.some((thread) => stanceOf(thread) !== null), [visible]);

  if (!path) return <p className="view-empty">{t('comments.noNote')}</p>;
  return (
    <div className="comments-view" data-testid="comments-view" ref={viewRef}>
      <Filters filters={filters} authors={authors} onChange={(patch) => comments.setFilters(patch)} />
      {hasCounts && <Counts threads={visible} sections={note?.sections} />}
      {!note?.loaded ? (
        // Until the list is read, "no comments" would be a false statement about a note that has them.
        <p className="view-hint" role="status" data-testid="comments-loading">
          {t(note?.failed ? 'comments.loadFailed' : 'comments.loading')}
        </p>
      ) : ordered.length === 0 ? (
        <p className="view-empty">{t('panel.noComments')}</p>
      ) : visible.length === 0 ? (
        <p className="view-empty">{t('comments.noneMatch')}</p>
      ) : (
        <ThreadList threads={visible} active={active} sections={note?.sections} canResolve={!reviewCopy} seenHeight={seenHeight} />
      )}
    </div>
  );
}

function Filters({ filters, authors, onChange }: { filters: CommentFilters; authors: string[]; onChange: (patch: Partial<CommentFilters>) => void }) {
  // Drawn again when the thread list arrives (new authors): its two dozen labels come from the cache.
  const t = useCachedText();
  return (
    <div className="comments-filters" role="group" aria-label={t('comments.filters')}>
      <label>
        {t('comments.kind')}
        <select data-testid="comments-kind-filter" value={filters.kind} onChange={(event) => onChange({ kind: event.target.value as CommentFilters['kind'] })}>
          {(['all', 'reactie', 'advies'] as const).map((kind) => (
            <option key={kind} value={kind}>
              {t(`comments.kinds.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('comments.stance')}
        <select value={filters.stance} onChange={(event) => onChange({ stance: event.target.value as CommentFilters['stance'] })}>
          <option value="all">{t('comments.all')}</option>
          {STANCES.map((stance) => (
            <option key={stance} value={stance}>
              {t(`comments.stances.${stance}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('comments.author')}
        <select value={filters.author} onChange={(event) => onChange({ author: event.target.value })}>
          <option value="">{t('comments.everyone')}</option>
          {authors.map((author) => (
            <option key={author} value={author}>
              {author}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('comments.status')}
        <select value={filters.status} onChange={(event) => onChange({ status: event.target.value as CommentFilters['status'] })}>
          <option value="open">{t('comments.statusOpen')}</option>
          <option value="resolved">{t('comments.statusResolved')}</option>
          <option value="all">{t('comments.all')}</option>
        </select>
      </label>
      <label className="comments-filter-check">
        <input type="checkbox" checked={filters.changedOnly} onChange={(event) => onChange({ changedOnly: event.target.checked })} />
        {t('comments.changedOnly')}
      </label>
    </div>
  );
}

/**
 * Counts per section, folded away until the writer opens it: a note with 2,000 threads under 120
 * headings built a table of 700 cells nobody saw yet while it opened, so the rows are counted and
 * drawn when it opens. Opening is handled here (not by the browser) so it never shows empty.
 */
function Counts({ threads, sections }: { threads: ListedThread[]; sections: Map<string, string> | undefined }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details className="comments-counts" open={open}>
      <summary
        onClick={(event) => {
          event.preventDefault();
          setOpen((was) => !was);
        }}
      >
        {t('comments.countsTitle')}
      </summary>
      {open && <CountsTable counts={countsPerSection(threads, (thread) => sections?.get(thread.id) ?? '')} />}
    </details>
  );
}

function CountsTable({ counts }: { counts: ReturnType<typeof countsPerSection> }) {
  const { t } = useTranslation();
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t('comments.section')}</th>
          {STANCES.map((stance) => (
            <th key={stance} scope="col">
              {t(`comments.stances.${stance}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {counts.map((row) => (
          <tr key={row.section}>
            <th scope="row">{row.section || t('comments.noSection')}</th>
            {STANCES.map((stance) => (
              <td key={stance}>{row.counts[stance]}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A view of the scroll area the list sits in: its visible part in list coordinates. */
interface ListView {
  top: number;
  height: number;
}

/** The element that scrolls the view (the panel's or the side bar's body). */
function scrollerOf(list: HTMLElement): HTMLElement | null {
  return list.closest<HTMLElement>('[data-view-body]') ?? scrollContainerOf(list);
}

/**
 * The threads as a list whose rows are drawn only in and near the visible part of the view (see
 * thread-window.ts): a note with 2,000 threads drew 50 rows at open and thousands after "Toon meer".
 * The list keeps one tab stop; each row tells a screen reader its place (aria-posinset/setsize).
 */
function ThreadList({
  threads,
  active,
  sections,
  canResolve,
  seenHeight,
}: {
  threads: ListedThread[];
  active: string | null;
  sections: Map<string, string> | undefined;
  canResolve: boolean;
  /** The view's height as last seen (0: not yet), for the first drawing. */
  seenHeight: { readonly current: number };
}) {
  const { t } = useTranslation();
  const text = useCachedText();
  const comments = useComments();
  const listRef = useRef<HTMLUListElement>(null);
  const [replying, setReplying] = useState<string | null>(null);
  // Heights of rows drawn so far, by thread id; `measured` changes when one of them did.
  const heights = useRef(new Map<string, number>());
  const [measured, setMeasured] = useState(0);
  const [view, setView] = useState<ListView>(() => ({ top: 0, height: seenHeight.current }));
  // The first drawing makes only the rows in view; the rows around it (for scrolling) follow once
  // the view has been painted, so a list that arrives with the note does not hold up its showing.
  const [overscan, setOverscan] = useState(0);
  const activeIndex = threads.findIndex((thread) => thread.id === active);
  const focusIndex = Math.max(0, activeIndex);
  const replyingIndex = replying === null ? -1 : threads.findIndex((thread) => thread.id === replying);

  // eslint-disable-next-line react-hooks/exhaustive-deps -- `measured` says the heights changed
  const tops = useMemo(() => rowTops(threads.map((thread) => heights.current.get(thread.id) ?? ESTIMATED_ROW_PX)), [threads, measured]);
  // Before the view is measured: as many rows as a tall panel shows.
  const drawn = rowsToDraw(tops, view.top, view.height || 900, [focusIndex, activeIndex, replyingIndex], overscan);

  // Follows the view's scrolling and size (a frame at most behind).
  useLayoutEffect(() => {
    const list = listRef.current;
    const scroller = list ? scrollerOf(list) : null;
    if (!list || !scroller) return;
    let frame = 0;
    const read = () => {
      frame = 0;
      const top = scroller.getBoundingClientRect().top - list.getBoundingClientRect().top;
      const height = scroller.clientHeight;
      setView((previous) => (previous.top === top && previous.height === height ? previous : { top, height }));
    };
    // The observer reports the view's size once after the first paint: from then on, the margin.
    const later = () => {
      frame ||= requestAnimationFrame(() => {
        read();
        setOverscan(OVERSCAN_PX);
      });
    };
    read();
    scroller.addEventListener('scroll', later, { passive: true });
    const resized = new ResizeObserver(later);
    resized.observe(scroller);
    return () => {
      cancelAnimationFrame(frame);
      scroller.removeEventListener('scroll', later);
      resized.disconnect();
    };
  }, []);

  // Rows drawn for the first time (or grown: a reply form, the whole thread) get their real height.
  // After every render, before paint; it settles once every drawn row's height is known.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    let changed = false;
    for (const row of listRef.current?.children ?? []) {
      const id = (row as HTMLElement).dataset.threadId;
      const height = (row as HTMLElement).offsetHeight;
      if (id === undefined || height === 0 || heights.current.get(id) === height) continue;
      heights.current.set(id, height);
      changed = true;
    }
    if (changed) setMeasured((count) => count + 1);
  });

  // The thread chosen in the text (or by the keys below) scrolls into view here too.
  const topsRef = useRef(tops);
  topsRef.current = tops;
  useEffect(() => {
    const list = listRef.current;
    const scroller = list ? scrollerOf(list) : null;
    if (!list || !scroller || activeIndex < 0) return;
    const listTop = list.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
    const rowTop = listTop + topsRef.current[activeIndex]!;
    const rowBottom = listTop + topsRef.current[activeIndex + 1]! - (activeIndex < threads.length - 1 ? ROW_GAP_PX : 0);
    const target = scrollToShow(rowTop, rowBottom, scroller.scrollTop, scroller.clientHeight);
    if (target !== null) scroller.scrollTop = target;
    // Only when the active thread changes, not when heights are measured.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active]);

  // Row handlers read the latest list through a ref, so they stay the same function and rows
  // whose thread did not change are not drawn again.
  const threadsRef = useRef(threads);
  threadsRef.current = threads;
  const actions = useMemo<RowActions>(() => {
    const focusRow = (id: string) => listRef.current?.querySelector<HTMLElement>(`[data-thread-id="${CSS.escape(id)}"]`)?.focus({ preventScroll: true });
    const move = (index: number) => {
      const list = threadsRef.current;
      const thread = list[Math.max(0, Math.min(index, list.length - 1))];
      if (!thread) return;
      comments.reveal(thread.id);
      // The active row is always drawn, but only from the next render on.
      requestAnimationFrame(() => focusRow(thread.id));
      focusRow(thread.id);
    };
    return {
      onKeyDown(event, thread, index) {
        if (event.target !== event.currentTarget) return; // keys inside the reply field or buttons
        if (event.key === 'ArrowDown') move(index + 1);
        else if (event.key === 'ArrowUp') move(index - 1);
        else if (event.key === 'Home') move(0);
        else if (event.key === 'End') move(threadsRef.current.length - 1);
        else if (event.key === 'Enter') comments.reveal(thread.id, { focusEditor: true });
        else if (event.key === 'r' || event.key === 'R') setReplying(thread.id);
        else return;
        event.preventDefault();
      },
      onReply: (id) => setReplying(id),
      onReplyDone(id) {
        setReplying(null);
        focusRow(id);
      },
    };
  }, [comments]);

  return (
    <ul className="comments-list" ref={listRef} aria-label={t('panel.comments')} style={{ height: tops[threads.length] }}>
      {drawn.map((index) => {
        const thread = threads[index]!;
        return (
          <ThreadRow
            key={thread.id}
            thread={thread}
            index={index}
            count={threads.length}
            top={tops[index]!}
            active={thread.id === active}
            focusable={index === focusIndex}
            section={sections?.get(thread.id) ?? ''}
            canResolve={canResolve}
            replying={replying === thread.id}
            actions={actions}
            text={text}
          />
        );
      })}
    </ul>
  );
}

interface RowActions {
  onKeyDown(event: React.KeyboardEvent, thread: ListedThread, index: number): void;
  onReply(threadId: string): void;
  onReplyDone(threadId: string): void;
}

const ThreadRow = memo(function ThreadRow({
  thread,
  index,
  count,
  top,
  active,
  focusable,
  section,
  canResolve,
  replying,
  actions,
  text,
}: {
  thread: ListedThread;
  index: number;
  /** Threads in the list, drawn or not. */
  count: number;
  /** Place in the list, in pixels from its top. */
  top: number;
  active: boolean;
  focusable: boolean;
  section: string;
  canResolve: boolean;
  replying: boolean;
  actions: RowActions;
  text: CachedText;
}) {
  const comments = useComments();
  // The list holds summaries; the chosen thread is read in full.
  const complete = hasAllComments(thread);
  useEffect(() => {
    if (active && !complete) void comments.loadReplies(thread.id);
  }, [active, complete, comments, thread.id]);
  return (
    <li
      className={`comment-thread${active ? ' active' : ''}${thread.resolved ? ' resolved' : ''}${isAdviceThread(thread) ? ' advice' : ''}`}
      data-thread-id={thread.id}
      data-testid="comment-thread"
      tabIndex={focusable ? 0 : -1}
      aria-current={active || undefined}
      aria-posinset={index + 1}
      aria-setsize={count}
      style={{ top }}
      onKeyDown={(event) => actions.onKeyDown(event, thread, index)}
      onClick={(event) => {
        if ((event.target as HTMLElement).closest('button, textarea, a')) return;
        comments.reveal(thread.id, { focusEditor: true });
      }}
    >
      <ThreadItem
        thread={thread}
        section={section}
        canResolve={canResolve}
        replying={replying}
        onReply={() => actions.onReply(thread.id)}
        onReplyDone={() => actions.onReplyDone(thread.id)}
        text={text}
      />
    </li>
  );
});

/** A comment as a row draws it; `cut` when only its first line is known yet. */
interface ShownComment {
  id: string;
  author: string;
  createdAt: string;
  body: string;
  suggestion: string | null;
  cut?: boolean;
}

function ThreadItem({
  thread,
  section,
  canResolve,
  replying,
  onReply,
  onReplyDone,
  text: t,
}: {
  thread: ListedThread;
  section: string;
  canResolve: boolean;
  replying: boolean;
  onReply: () => void;
  onReplyDone: () => void;
  text: CachedText;
}) {
  const comments = useComments();
  const stance = stanceOf(thread);
  const changed = thread.anchor.status === 'orphaned';
  const opening = thread.opening;
  const paper = isPaperOrigin(opening?.origin ?? '');
  const advice = opening?.kind === 'advies';
  // Read in full: every comment. Before that: the opening comment's first line from the summary.
  const items: ShownComment[] = thread.comments ?? (opening ? [{ id: '', author: opening.author, createdAt: opening.createdAt, body: opening.excerpt, suggestion: opening.suggestion, cut: opening.cut }] : []);
  const unread = thread.commentCount - (thread.comments?.length ?? items.length);
  return (
    <>
      <div className="comment-thread-head">
        {advice && (
          <span className="comment-advice-badge" data-testid="comment-advice-badge">
            {t('comments.adviceLabel')}
            {opening.findingRule && ` · ${t('comments.adviceFinding', { rule: t(`checks.rule.${opening.findingRule}`, { defaultValue: opening.findingRule }) })}`}
          </span>
        )}
        {stance && <span className={`comment-stance stance-${stance}`}>{t(`comments.stances.${stance}`)}</span>}
        {paper && <span className="comment-origin">{t('comments.onPaper')}</span>}
        {changed && <span className="comment-changed">{t('comments.changed')}</span>}
        {thread.resolved && <span className="comment-resolved-badge">{t('comments.resolved')}</span>}
        {section && <span className="comment-section">{section}</span>}
      </div>
      <blockquote className="comment-quote" title={t('comments.quote')}>
        {thread.anchor.selector.exact}
      </blockquote>
      <ol className="comment-items">
        {items.map((comment) => (
          <li key={comment.id} className="comment-item">
            <div className="comment-meta">
              <span className="comment-author">{comment.author || authorOf(thread) || t('comments.noName')}</span>
              <time dateTime={comment.createdAt}>{formatTime(comment.createdAt)}</time>
            </div>
            <p className="comment-body">
              {comment.body}
              {comment.cut && '…'}
            </p>
            {comment.suggestion && (
              <p className="comment-suggestion">
                <span className="comment-suggestion-label">{t('comments.suggestionLabel')}</span>
                {comment.suggestion}
              </p>
            )}
          </li>
        ))}
      </ol>
      {!hasAllComments(thread) && (
        <button type="button" className="comments-replies" onClick={() => void comments.loadReplies(thread.id)}>
          {unread > 0 ? t('comments.showReplies', { count: unread }) : t('comments.showWhole')}
        </button>
      )}
      {replying ? (
        <ReplyForm threadId={thread.id} onDone={onReplyDone} />
      ) : (
        <div className="comment-actions">
          <button type="button" onClick={onReply}>
            {t('comments.reply')}
          </button>
          {canResolve && (
            <button type="button" onClick={() => void comments.setResolved(thread.id, !thread.resolved)}>
              {thread.resolved ? t('comments.reopen') : t('comments.resolve')}
            </button>
          )}
        </div>
      )}
    </>
  );
}

function ReplyForm({ threadId, onDone }: { threadId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const comments = useComments();
  const [body, setBody] = useState('');
  const send = async () => {
    if (body.trim() === '') return;
    if (await comments.reply(threadId, body)) onDone();
  };
  return (
    <form
      className="comment-reply"
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <textarea
        autoFocus
        className="text-input"
        rows={3}
        aria-label={t('comments.replyLabel')}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            onDone();
          } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            void send();
          }
        }}
      />
      <div className="comment-actions">
        <button type="button" onClick={onDone}>
          {t('dialog.cancel')}
        </button>
        <button type="submit" className="primary" disabled={body.trim() === ''}>
          {t('comments.send')}
        </button>
      </div>
    </form>
  );
}

// One formatter for all comments: toLocaleString builds a new one per call (about 0.15 ms each,
// over a second for 7,000 comments).
const timeFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'short', timeStyle: 'short' });

function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : timeFormat.format(date);
}
