// The comment layer's actions: threads per open note, their marks in the editor, the Comments
// view's selection and filters, and the review-round commands. Views and commands call these.
import { $getNodeByKey, $getSelection, $isRangeSelection, $createRangeSelectionFromDom, $setSelection, type LexicalEditor, type NodeKey, type NodeMutation } from 'lexical';
import { $isMarkNode } from '@lexical/mark';
import { selectorAt, threadsOfList } from '../../../../shared/comments';
import { ensureAuthorName } from './author';
import { HelderError, type ImportSummary, type QuoteSelectorPayload, type Stance, type Thread, type UploadedCopy } from '../../../../shared/contract';
import { hasAllComments, listedThread, type ListedThread } from './listed';
import { pathOfDroppedFile } from '../../platform/api';
import { readDroppedCopies, type DroppedCopies } from './review-drop';
import type { Workbench } from '../../workbench/services';
import { $caretSelection, $flatRangeOfSelection, $readLiveText, blockIndexAt, type LiveText } from './editor-text';
import { $applyMarks, $blocksWithKeptMarks, $collectMarks, MARK_TAG } from './marks';
import { deferredMarksOf, type DeferredMarks } from '../../editor/deferred-marks';
import type { MarkRun } from '../../editor/mark-json';
import { showKeptMarks } from './kept-in-view';
import { defaultFilters, inDocumentOrder, matchesFilters, type CommentFilters } from './filters';
import type { AdviceFinding, CommentLayer } from './layer';
import { Observable } from '../../base/observable';
import { sectionsOfBlocks, type ThreadPlace } from './plan';
import { $placeThreads } from './place-threads';
import { $sentenceAtCaret, findingRange, type FlatRange } from './advice-range';

/** Quiet time after an edit before anchors are checked again. */
const REANCHOR_DELAY_MS = 400;
export { MARK_TAG } from './marks';
/**
 * Placing marks splits text and wraps it, but changes no character, format, link or list: the
 * node transforms (format guard, list rules) have nothing to do there, and running them on every
 * node the update touched was a tenth of opening a note whose 2,000 marks are made on open.
 * Lexical still merges and cleans the text nodes it touched.
 */
const MARKS_ONLY = { discrete: true, skipTransforms: true } as const;

export interface NoteComments {
  /** Summaries until a thread is read in full (see `hasAllComments`). */
  threads: ListedThread[];
  loaded: boolean;
  /** The last attempt to read the list failed: the view says so instead of "no comments". */
  failed: boolean;
  places: Map<string, ThreadPlace>;
  sections: Map<string, string>;
}

export interface NewComment {
  stance: Stance;
  body: string;
  suggestion: string;
}

export type CommentDialog =
  | { kind: 'new'; quote: string; resolve: (value: NewComment | null) => void }
  /** `context`: which finding, or "bij deze zin". The stance of the answer is not used. */
  | { kind: 'advice'; quote: string; context: string; resolve: (value: NewComment | null) => void }
  | { kind: 'summary'; summary: ImportSummary; resolve: () => void }
  | { kind: 'paths'; resolve: (value: string[] | null) => void }
  | { kind: 'share'; threads: ListedThread[]; resolve: (value: string[] | null) => void };

export interface CommentsState {
  notes: Record<string, NoteComments>;
  /** The thread highlighted in the view and the editor. */
  active: string | null;
  filters: CommentFilters;
  dialog: CommentDialog | null;
}

interface CapturedSelection {
  selector: QuoteSelectorPayload;
  start: number;
  end: number;
}

const emptyNote = (): NoteComments => ({ threads: [], loaded: false, failed: false, places: new Map(), sections: new Map() });

export class CommentsController {
  readonly store = new Observable<CommentsState>({ notes: {}, active: null, filters: defaultFilters, dialog: null });
  private readonly editors = new Map<string, LexicalEditor>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly decorated = new Map<string, Set<HTMLElement>>();
  /** Told once when a note's threads are first placed in its editor (see CommentLayer.attach). */
  private readonly onPlaced = new Map<string, () => void>();

  constructor(private readonly wb: Workbench) {
    wb.events.onOpen(({ path }) => void this.load(path));
    wb.events.onClose((path) => this.forget(path));
    // Threads are read again from the renamed file: anchors and ids stay as they were written.
    wb.events.onRename((from, to) => {
      this.forget(from);
      void this.load(to);
    });
  }

  private get api() {
    return this.wb.api;
  }

  private t(key: string, options?: Record<string, unknown>): string {
    return this.wb.t(key, options);
  }

  note(path: string | null): NoteComments {
    return (path && this.store.get().notes[path]) || emptyNote();
  }

  private setNote(path: string, patch: Partial<NoteComments>) {
    this.store.set((state) => ({ notes: { ...state.notes, [path]: { ...(state.notes[path] ?? emptyNote()), ...patch } } }));
  }

  /** The note's threads with one (read in full) added or replaced. */
  private withThread(path: string, full: Thread): ListedThread[] {
    const thread = listedThread(full);
    const threads = this.note(path).threads;
    const exists = threads.some((item) => item.id === thread.id);
    // The anchor the editor placed stays: the stored one may be older than the last re-anchoring.
    return exists ? threads.map((item) => (item.id === thread.id ? { ...thread, anchor: item.anchor } : item)) : [...threads, thread];
  }

  private replaceThread(path: string, thread: Thread) {
    this.setNote(path, { threads: this.withThread(path, thread) });
  }

  /** Threads the view shows for a note: filtered, in document order. */
  visibleThreads(path: string | null, filters = this.store.get().filters): ListedThread[] {
    const note = this.note(path);
    return inDocumentOrder(note.threads.filter((thread) => matchesFilters(thread, filters)), note.places);
  }

  // ---- lifecycle ------------------------------------------------------------------------

  async load(path: string) {
    // A new attempt: "reading" again rather than the last failure.
    if (this.note(path).failed) this.setNote(path, { failed: false });
    try {
      // Summaries only: a thread's comments are read when the writer opens it (loadReplies).
      const threads: ListedThread[] = threadsOfList(await this.api.invoke('comments.summaries', { path }));
      // Threads, places and sections in one change, so the view draws the list once.
      if (!this.reanchor(path, threads)) this.setNote(path, { threads, loaded: true, failed: false });
    } catch (error) {
      this.setNote(path, { failed: true });
      this.wb.toastError(error);
    }
  }

  forget(path: string) {
    this.editors.delete(path);
    this.onPlaced.delete(path);
    clearTimeout(this.timers.get(path));
    this.store.set((state) => {
      const notes = { ...state.notes };
      delete notes[path];
      return { notes };
    });
  }

  /** The editor's CommentPlugin hands its editor over (and takes it back with the returned function). */
  attach(path: string, editor: LexicalEditor, placed?: () => void): () => void {
    this.editors.set(path, editor);
    if (placed) this.onPlaced.set(path, placed);
    this.reanchor(path);
    return () => {
      clearTimeout(this.timers.get(path));
      if (this.editors.get(path) === editor) {
        this.editors.delete(path);
        this.onPlaced.delete(path);
      }
    };
  }

  /** The text changed (not by placing marks): anchors are checked again after a quiet moment. */
  scheduleReanchor(path: string) {
    clearTimeout(this.timers.get(path));
    this.timers.set(
      path,
      setTimeout(() => this.reanchor(path), REANCHOR_DELAY_MS),
    );
  }

  /**
   * Places every thread in the current text: marks that exist are kept, missing marks are made
   * where the quote is found again, and the rest are "tekst gewijzigd". What changed is stored.
   */
  reanchor(path: string, fresh?: ListedThread[]): boolean {
    const editor = this.editors.get(path);
    const note = fresh ? { ...this.note(path), threads: fresh, loaded: true } : this.note(path);
    if (!editor || !note.loaded) return false;
    const kept = deferredMarksOf(editor);
    const plan = editor.getEditorState().read(() => $placeThreads(kept, note.threads));
    // Whether mark nodes were made here: the text read above then no longer has every mark's key.
    let madeNodes = false;
    if (plan.plan.marks.length > 0) {
      // Marks on blocks without mark nodes are kept aside like saved ones: shown as their block
      // comes into view, and written into the note when it is saved.
      const rest = keepMarks(kept, plan.live, plan.plan.marks);
      madeNodes = rest.length > 0;
      if (rest.length > 0) {
        const inEditor = editor.getRootElement()?.contains(document.activeElement) ?? false;
        editor.update(() => $applyMarks(rest, kept), { ...MARKS_ONLY, tag: inEditor ? [MARK_TAG, 'history-merge'] : [MARK_TAG, 'history-merge', 'skip-dom-selection'] });
      }
      if (rest.length < plan.plan.marks.length) kept.changed();
    }
    const root = editor.getRootElement();
    // How many threads have a mark in this note (shown or kept): the benchmark waits for it.
    if (root) root.dataset.commentMarks = String(new Set([...plan.marks.keys(), ...plan.plan.marks.map((mark) => mark.id)]).size);
    const sections = new Map<string, string>();
    const sectionOfBlock = sectionsOfBlocks(plan.live.blocks);
    // An empty note has no block (index -1): no section either.
    for (const [id, place] of plan.plan.places) sections.set(id, sectionOfBlock[place.blockIndex] ?? '');
    const updates = new Map(plan.plan.updates.map((update) => [update.threadId, update.anchor]));
    const threads = updates.size === 0 ? note.threads : note.threads.map((thread) => (updates.has(thread.id) ? { ...thread, anchor: updates.get(thread.id)! } : thread));
    this.setNote(path, { threads, loaded: true, failed: false, places: plan.plan.places, sections });
    // Without new mark nodes the text read above is still current; reading a long note again costs.
    this.decorate(path, madeNodes ? undefined : plan.live);
    if (plan.plan.updates.length > 0) {
      void this.api.invoke('comments.updateAnchors', { path, updates: plan.plan.updates }).catch((error: unknown) => this.wb.toastError(error));
    }
    const placed = this.onPlaced.get(path);
    this.onPlaced.delete(path);
    placed?.();
    return true;
  }

  /** Marks the active thread's words and the blocks of "tekst gewijzigd" threads in the DOM. */
  decorate(path: string, current?: LiveText) {
    const editor = this.editors.get(path);
    if (!editor) return;
    const previous = this.decorated.get(path) ?? new Set<HTMLElement>();
    // Runs when marks appear or go (the plugin's mutation listener), never per keystroke.
    if (previous.size === 0 && this.note(path).threads.length === 0) return;
    for (const element of previous) {
      element.removeAttribute('data-comment-active');
      element.removeAttribute('data-comment-resolved');
      element.removeAttribute('data-comment-changed');
    }
    const next = new Set<HTMLElement>();
    const { active } = this.store.get();
    const note = this.note(path);
    const resolved = new Set<string>();
    for (const thread of note.threads) if (thread.resolved) resolved.add(thread.id);
    editor.getEditorState().read(() => {
      const live = current ?? $readLiveText({ segments: false });
      for (const block of live.blocks) {
        for (const { key, ids } of block.marks) {
          const element = editor.getElementByKey(key);
          if (!element) continue;
          if (active && ids.includes(active)) element.setAttribute('data-comment-active', 'true');
          if (ids.every((id) => resolved.has(id))) element.setAttribute('data-comment-resolved', 'true');
          next.add(element);
        }
      }
      for (const thread of note.threads) {
        if (thread.anchor.status !== 'orphaned' || thread.resolved) continue;
        const block = live.blocks[note.places.get(thread.id)?.blockIndex ?? -1];
        const element = block ? editor.getElementByKey(block.key) : null;
        if (!element) continue;
        element.setAttribute('data-comment-changed', this.t('comments.changed'));
        next.add(element);
      }
    });
    this.decorated.set(path, next);
  }

  /**
   * Only the mark nodes that changed get the thread state on their elements: marks shown as their
   * block scrolls into view made a full `decorate` read the whole note each time.
   */
  decorateMarks(path: string, mutations: ReadonlyMap<NodeKey, NodeMutation>) {
    const editor = this.editors.get(path);
    const note = this.note(path);
    const decorated = this.decorated.get(path) ?? new Set<HTMLElement>();
    if (!editor || (decorated.size === 0 && note.threads.length === 0)) return;
    const { active } = this.store.get();
    const resolved = new Set(note.threads.filter((thread) => thread.resolved).map((thread) => thread.id));
    let destroyed = false;
    editor.getEditorState().read(() => {
      for (const [key, mutation] of mutations) {
        destroyed ||= mutation === 'destroyed';
        const node = mutation === 'destroyed' ? null : $getNodeByKey(key);
        const element = $isMarkNode(node) ? editor.getElementByKey(key) : null;
        if (!$isMarkNode(node) || !element) continue;
        const ids = node.getIDs();
        flag(element, 'data-comment-active', active !== null && ids.includes(active));
        flag(element, 'data-comment-resolved', ids.length > 0 && ids.every((id) => resolved.has(id)));
        decorated.add(element);
      }
    });
    if (destroyed) for (const element of decorated) if (!element.isConnected) decorated.delete(element);
    this.decorated.set(path, decorated);
  }

  // ---- selection and navigation ---------------------------------------------------------

  /** Reads a thread in full (the list holds summaries); no-op when the view has all of it. */
  async loadReplies(threadId: string): Promise<void> {
    const path = this.wb.state.active;
    const listed = this.note(path).threads.find((thread) => thread.id === threadId);
    if (!path || !listed || hasAllComments(listed)) return;
    try {
      const thread = await this.api.invoke('comments.thread', { path, threadId });
      if (this.note(path).threads.some((item) => item.id === threadId)) this.replaceThread(path, thread);
    } catch (error) {
      this.wb.toastError(error);
    }
  }

  /** The caret or a click landed in the words of these threads. */
  focusThreadFromText(path: string, ids: string[]) {
    if (ids.length === 0) return;
    const threads = this.note(path).threads;
    const open = ids.find((id) => threads.some((thread) => thread.id === id && !thread.resolved));
    this.setActive(open ?? ids[0]!);
  }

  setActive(threadId: string | null) {
    if (this.store.get().active === threadId) return;
    this.store.set({ active: threadId });
    const path = this.wb.state.active;
    if (path) this.decorate(path);
  }

  setFilters(patch: Partial<CommentFilters>) {
    this.store.set((state) => ({ filters: { ...state.filters, ...patch } }));
  }

  toggleResolved() {
    const status = this.store.get().filters.status === 'open' ? 'all' : 'open';
    this.setFilters({ status });
    this.wb.toast(this.t(status === 'all' ? 'comments.resolvedShown' : 'comments.resolvedHidden'));
  }

  /** Scrolls to a thread's words (or, when they are gone, to where they were) and selects them. */
  reveal(threadId: string, options: { focusEditor?: boolean } = {}) {
    const path = this.wb.state.active;
    const editor = path ? this.editors.get(path) : undefined;
    if (!path || !editor) return;
    this.setActive(threadId);
    const place = this.note(path).places.get(threadId);
    const kept = deferredMarksOf(editor);
    // Words whose marks are still kept aside get them as nodes first, to be scrolled to and selected.
    const hidden = editor.getEditorState().read(() => {
      const live = $readLiveText();
      const range = $collectMarks(live, kept).get(threadId);
      if (!range) return [];
      const keys = live.blocks.filter((_, index) => (live.flat.starts[index] ?? 0) < range.end && (live.flat.starts[index] ?? 0) + live.blocks[index]!.text.length >= range.start).map((block) => block.key);
      return $blocksWithKeptMarks(kept, keys);
    });
    if (hidden.length > 0) showKeptMarks(editor, kept, hidden);
    const target = editor.getEditorState().read(() => {
      const live = $readLiveText();
      const range = $collectMarks(live, kept).get(threadId);
      if (range) return { keys: range.keys, start: range.start, end: range.end };
      const block = live.blocks[place?.blockIndex ?? -1];
      return block ? { keys: [block.key], start: live.flat.starts[place!.blockIndex] ?? 0, end: null } : null;
    });
    if (!target) return;
    const first = editor.getElementByKey(target.keys[0]!);
    first?.scrollIntoView({ block: 'center' });
    if (!options.focusEditor) return;
    if (editor.isEditable()) {
      editor.update(
        () => {
          const live = $readLiveText();
          $setSelection($caretSelection(live, target.start, target.end ?? target.start));
        },
        { tag: MARK_TAG },
      );
      editor.focus();
    } else if (first) {
      // A read-only editor cannot take Lexical's selection; select the words in the page instead.
      const last = editor.getElementByKey(target.keys[target.keys.length - 1]!) ?? first;
      const range = document.createRange();
      range.setStart(first, 0);
      range.setEnd(last, last.childNodes.length);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      if (target.end !== null) selection?.addRange(range);
      first.closest<HTMLElement>('[contenteditable]')?.focus({ preventScroll: true });
    }
  }

  /** Next or previous visible thread in document order, from the active one. */
  step(direction: 1 | -1) {
    const threads = this.visibleThreads(this.wb.state.active);
    if (threads.length === 0) {
      this.wb.toast(this.t('comments.none'));
      return;
    }
    const index = threads.findIndex((thread) => thread.id === this.store.get().active);
    const next = index === -1 ? (direction === 1 ? threads[0] : threads[threads.length - 1]) : threads[(index + direction + threads.length) % threads.length];
    if (!next) return;
    this.reveal(next.id, { focusEditor: true });
    // The whole opening comment once read; before that its first line.
    const { opening } = next;
    const body = next.comments?.[0]?.body ?? opening?.excerpt;
    if (opening && body !== undefined) this.wb.announce(this.t('comments.announce', { author: opening.author, body, quote: next.anchor.selector.exact }));
  }

  // ---- writing ---------------------------------------------------------------------------

  /** The author name from the settings; asked once when it is still empty. */
  ensureAuthor(): Promise<string | null> {
    return ensureAuthorName(this.wb);
  }

  private captureSelection(editor: LexicalEditor): CapturedSelection | null {
    return editor.getEditorState().read(() => {
      const live: LiveText = $readLiveText();
      let selection = $getSelection();
      let range = $isRangeSelection(selection) ? $flatRangeOfSelection(live, selection) : null;
      if (!range) {
        // A read-only editor may not have copied the page's selection into Lexical yet.
        const dom = window.getSelection();
        const root = editor.getRootElement();
        if (dom && root && dom.rangeCount > 0 && root.contains(dom.anchorNode)) {
          selection = $createRangeSelectionFromDom(dom, editor);
          range = $isRangeSelection(selection) ? $flatRangeOfSelection(live, selection) : null;
        }
      }
      if (!range) return null;
      const selector = selectorAt(live.flat, range.start, range.end);
      if (selector.exact.trim() === '') return null;
      return { selector: { ...selector, blockId: selector.blockId ?? '' }, start: range.start, end: range.end };
    });
  }

  private openDialog<T>(make: (resolve: (value: T) => void) => CommentDialog): Promise<T> {
    return new Promise((resolve) => {
      this.store.set({
        dialog: make((value) => {
          this.store.set({ dialog: null });
          resolve(value);
        }),
      });
    });
  }

  /** "Reactie toevoegen" on the selected words. */
  async addFromSelection() {
    const path = this.wb.state.active;
    const editor = path ? this.editors.get(path) : undefined;
    if (!path || !editor) return;
    const captured = this.captureSelection(editor);
    if (!captured) {
      this.wb.toast(this.t('comments.selectFirst'));
      return;
    }
    const author = await this.ensureAuthor();
    if (!author) return;
    const input = await this.openDialog<NewComment | null>((resolve) => ({ kind: 'new', quote: captured.selector.exact, resolve }));
    if (!input || input.body.trim() === '') {
      editor.focus();
      return;
    }
    try {
      const thread = await this.api.invoke('comments.add', {
        path,
        anchor: captured.selector,
        stance: input.stance,
        body: input.body,
        ...(input.suggestion.trim() ? { suggestion: input.suggestion } : {}),
        author,
      });
      this.placeNewThread(path, editor, thread, captured);
    } catch (error) {
      this.wb.toastError(error);
    }
  }

  /** "Advies geven bij deze bevinding": the advisor's review note on a finding's words. */
  async adviseOnFinding(finding: AdviceFinding) {
    const rule = this.t(`checks.rule.${finding.ruleId}`, { defaultValue: finding.ruleId });
    await this.advise((live) => findingRange(live, finding), this.t('comments.adviceOnFinding', { rule, message: finding.message }), finding.ruleId);
  }

  /** "Advies geven bij deze zin": the advisor's review note on the sentence at the caret. */
  async adviseOnSentence() {
    await this.advise((live) => $sentenceAtCaret(live), this.t('comments.adviceOnSentence'));
  }

  private async advise(rangeOf: (live: LiveText) => FlatRange | null, context: string, findingRule?: string) {
    const path = this.wb.state.active;
    const editor = path ? this.editors.get(path) : undefined;
    if (!path || !editor) return;
    if (this.wb.activeTab()?.reviewCopy) {
      this.wb.toast(this.t('comments.adviceNotInCopy'));
      return;
    }
    const captured = editor.getEditorState().read(() => {
      const live = $readLiveText();
      const range = rangeOf(live);
      if (!range || range.end <= range.start) return null;
      const selector = selectorAt(live.flat, range.start, range.end);
      return selector.exact.trim() === '' ? null : { selector: { ...selector, blockId: selector.blockId ?? '' }, ...range };
    });
    if (!captured) {
      this.wb.toast(this.t(findingRule === undefined ? 'comments.noSentenceHere' : 'comments.noFindingHere'));
      return;
    }
    const author = await this.ensureAuthor();
    if (!author) return;
    const input = await this.openDialog<NewComment | null>((resolve) => ({ kind: 'advice', quote: captured.selector.exact, context, resolve }));
    if (!input || input.body.trim() === '') {
      editor.focus();
      return;
    }
    try {
      const thread = await this.api.invoke('comments.advise', {
        path,
        anchor: captured.selector,
        body: input.body,
        ...(input.suggestion.trim() ? { suggestion: input.suggestion } : {}),
        ...(findingRule ? { findingRule } : {}),
        author,
      });
      this.placeNewThread(path, editor, thread, captured);
    } catch (error) {
      this.wb.toastError(error);
    }
  }

  /** A thread just made on captured words: marked in the text, shown and chosen in the view. */
  private placeNewThread(path: string, editor: LexicalEditor, thread: Thread, captured: CapturedSelection) {
    const threads = this.withThread(path, thread);
    // The words may have moved while the form was open; the quote finds them again if so.
    const stillThere = editor.getEditorState().read(() => $readLiveText().flat.text.slice(captured.start, captured.end) === captured.selector.exact);
    if (stillThere) {
      editor.update(() => $applyMarks([{ id: thread.id, start: captured.start, end: captured.end }], deferredMarksOf(editor)), { ...MARKS_ONLY, tag: [MARK_TAG, 'history-merge'] });
    }
    // The new thread, its place and its section reach the view in one change.
    if (!this.reanchor(path, threads)) this.setNote(path, { threads });
    this.setActive(thread.id);
    this.showView();
  }

  /** Opens the Comments view where the user will see it: side bar if it shows comments, else the panel. */
  showView() {
    const state = this.wb.state;
    if (state.sideBarVisible && state.sideView === 'comments') return;
    if (!state.panelVisible || state.panelTab !== 'comments') this.wb.showPanel('comments');
  }

  async reply(threadId: string, body: string): Promise<boolean> {
    const path = this.wb.state.active;
    if (!path || body.trim() === '') return false;
    const author = await this.ensureAuthor();
    if (!author) return false;
    try {
      this.replaceThread(path, await this.api.invoke('comments.reply', { path, threadId, body, author }));
      return true;
    } catch (error) {
      this.wb.toastError(error);
      return false;
    }
  }

  async setResolved(threadId: string, resolved: boolean) {
    const path = this.wb.state.active;
    if (!path) return;
    const author = await this.ensureAuthor();
    if (!author) return;
    try {
      this.replaceThread(path, await this.api.invoke('comments.resolve', { path, threadId, resolved, by: author }));
      this.decorate(path);
    } catch (error) {
      this.wb.toastError(error);
    }
  }

  /** What the editor's CommentPlugin needs for one note. */
  layerFor(path: string): CommentLayer {
    return {
      attach: (editor, placed) => this.attach(path, editor, placed),
      textChanged: () => this.scheduleReanchor(path),
      marksChanged: (mutations) => this.decorateMarks(path, mutations),
      marksTouched: (ids) => this.focusThreadFromText(path, ids),
      requestAdd: () => void this.addFromSelection(),
      requestAdvice: (finding) => void this.adviseOnFinding(finding),
      buttonLabel: () => this.t('comments.addButton'),
    };
  }

  // ---- review rounds and exports ---------------------------------------------------------

  async exportReviewCopy() {
    const path = this.wb.state.active;
    if (!path) return;
    // The panel sees only the open threads the writer ticks; with none open there is nothing to ask.
    const open = this.note(path).threads.filter((thread) => !thread.resolved);
    const share = open.length === 0 ? [] : await this.openDialog<string[] | null>((resolve) => ({ kind: 'share', threads: open, resolve }));
    if (share === null) return;
    await this.wb.flush(path);
    try {
      const { file } = await this.api.invoke('review.export', { path, share });
      await this.wb.refreshWerkmap();
      this.wb.toast(this.t('comments.reviewCopyMade', { file }));
    } catch (error) {
      this.wb.toastError(error);
    }
  }

  async importReview() {
    const path = this.wb.state.active;
    if (!path) return;
    // The OS file picker where there is one (Electron); otherwise the user types or pastes paths.
    const picked = await this.api.invoke('app.chooseNoteFiles', {}).catch(() => null);
    const files = picked ?? (await this.openDialog<string[] | null>((resolve) => ({ kind: 'paths', resolve })));
    if (!files || files.length === 0) return;
    await this.importInto(path, { files });
  }

  /** Files dropped onto the window: refused with a clear message unless they are review copies. */
  async dropFiles(dropped: readonly File[]) {
    if (dropped.length === 0) return;
    try {
      const result = await readDroppedCopies(dropped, pathOfDroppedFile);
      if (!result.ok) {
        if (result.reason === 'tooLarge') this.wb.toastError(new HelderError('review.tooLarge', { file: result.file }));
        else this.wb.toast(this.t('comments.dropNotHelder', { file: result.file }), 'error');
        return;
      }
      await this.importDropped(result.copies);
    } catch (error) {
      this.wb.toastError(error);
    }
  }

  /**
   * Review copies dropped onto the window: by path where the shell knows it (Electron), else by
   * their bytes (browser mode). Either way the same import, summary and reload as the picker.
   */
  async importDropped(dropped: DroppedCopies) {
    const path = this.wb.state.active;
    if (!path || this.wb.activeTab()?.readOnly) {
      this.wb.toast(this.t('comments.dropNoNote'), 'error');
      return;
    }
    if (dropped.files.length > 0) await this.importInto(path, { files: dropped.files });
    else if (dropped.uploads.length > 0) await this.importInto(path, { uploads: dropped.uploads });
  }

  private async importInto(path: string, source: { files: string[] } | { uploads: UploadedCopy[] }) {
    await this.wb.flush(path);
    try {
      const summary = 'files' in source ? await this.api.invoke('review.import', { path, files: source.files }) : await this.api.invoke('review.importUpload', { path, files: source.uploads });
      await this.load(path);
      this.showView();
      await this.openDialog<void>((resolve) => ({ kind: 'summary', summary, resolve }));
    } catch (error) {
      this.wb.toastError(error);
    }
  }

  async exportTo(format: 'csv' | 'html' | 'markdown') {
    const path = this.wb.state.active;
    if (!path) return;
    try {
      const { file } = await this.api.invoke('comments.exportToFile', { path, format });
      await this.wb.refreshWerkmap();
      this.wb.toast(this.t('comments.exported', { file }));
    } catch (error) {
      this.wb.toastError(error);
    }
  }
}

const flag = (element: HTMLElement, name: string, on: boolean) => (on ? element.setAttribute(name, 'true') : element.removeAttribute(name));

/**
 * Keeps new marks aside on blocks that hold no mark nodes (adding to what is kept for their text);
 * returns the marks touching a block with mark nodes, which the caller must make as nodes.
 */
function keepMarks(kept: DeferredMarks, live: LiveText, marks: ReadonlyArray<{ id: string; start: number; end: number }>): Array<{ id: string; start: number; end: number }> {
  const rest: Array<{ id: string; start: number; end: number }> = [];
  const perBlock = new Map<number, MarkRun[]>();
  for (const mark of marks) {
    const pieces: Array<[number, MarkRun]> = [];
    let onNodes = false;
    const last = blockIndexAt(live, Math.max(mark.start, mark.end - 1));
    for (let index = Math.max(0, blockIndexAt(live, mark.start)); index <= last; index += 1) {
      const block = live.blocks[index]!;
      const blockStart = live.flat.starts[index] ?? 0;
      const start = Math.max(mark.start, blockStart) - blockStart;
      const end = Math.min(mark.end, blockStart + block.text.length) - blockStart;
      if (end <= start) continue;
      if (block.marks.length > 0) onNodes = true;
      pieces.push([index, { ids: [mark.id], start, end }]);
    }
    if (onNodes) rest.push(mark);
    else
      for (const [index, run] of pieces) {
        const runs = perBlock.get(index);
        if (runs) runs.push(run);
        else perBlock.set(index, [run]);
      }
  }
  for (const [index, runs] of perBlock) {
    const block = live.blocks[index]!;
    kept.put(block.key, block.text, [...(kept.runsFor(block.key, block.text) ?? []), ...runs]);
  }
  return rest;
}

/** Splits what the user typed or pasted into file paths: one per line (or separated by ';'). */
export function parsePaths(text: string): string[] {
  return text
    .split(/[\r\n;]+/)
    .map((line) => line.trim().replace(/^"(.*)"$/, '$1'))
    .filter((line) => line !== '');
}
