// "Niet begrepen": marking words in a review copy (resident), and the list of words residents did
// not understand with its one action, "Toevoegen aan woordenlijst" (writer and advisor).
import type { LexicalEditor } from 'lexical';
import type { NotUnderstoodMark, NotUnderstoodWord } from '../../../../shared/contract';
import { Observable } from '../../base/observable';
import type { CommandRegistry } from '../../commands/registry';
import type { Workbench } from '../../workbench/services';
import { ensureAuthorName } from '../comments/author';
import { captureWords } from './capture';

export type Scope = 'note' | 'werkmap';

export interface WordList {
  words: NotUnderstoodWord[];
  notes: number;
  skipped: string[];
}

export interface NotUnderstoodState {
  scope: Scope;
  /** The list for the active note or werkmap; null before it is loaded. */
  list: WordList | null;
  loading: boolean;
  /** In a review copy: the resident's own marks. */
  own: NotUnderstoodMark[];
  /** The word whose "add to the word list" form is open. */
  adding: string | null;
}

export class NotUnderstoodController {
  readonly store = new Observable<NotUnderstoodState>({ scope: 'werkmap', list: null, loading: false, own: [], adding: null });
  private readonly editors = new Map<string, LexicalEditor>();
  private loads = 0;

  constructor(
    private readonly wb: Workbench,
    private readonly commands: CommandRegistry,
  ) {
    wb.events.onClose((path) => this.editors.delete(path));
    wb.events.onRename((from, to) => {
      const editor = this.editors.get(from);
      this.editors.delete(from);
      if (editor) this.editors.set(to, editor);
    });
  }

  private t(key: string, options?: Record<string, unknown>): string {
    return this.wb.t(key, options);
  }

  inReviewCopy(): boolean {
    return this.wb.activeTab()?.reviewCopy === true;
  }

  /** The editor plugin of a review copy hands its editor over (and takes it back). */
  attach(path: string, editor: LexicalEditor): () => void {
    this.editors.set(path, editor);
    return () => {
      if (this.editors.get(path) === editor) this.editors.delete(path);
    };
  }

  setScope(scope: Scope) {
    this.store.set({ scope });
    void this.refresh();
  }

  openAdd(key: string | null) {
    this.store.set({ adding: key });
  }

  /** Loads what the view shows: the resident's own marks in a copy, else the list for the note or werkmap. */
  async refresh() {
    const seq = ++this.loads;
    const path = this.wb.state.active;
    this.store.set({ loading: true });
    try {
      if (path && this.inReviewCopy()) {
        const own = await this.wb.api.invoke('notUnderstood.list', { path });
        if (seq === this.loads) this.store.set({ own, loading: false });
        return;
      }
      const { scope } = this.store.get();
      const folder = this.wb.state.werkmap?.folder;
      const request = scope === 'note' || !folder ? (path ? { path } : null) : { folder };
      const list = request ? await this.wb.api.invoke('notUnderstood.words', request) : null;
      if (seq === this.loads) this.store.set({ list, loading: false });
    } catch (error) {
      if (seq === this.loads) this.store.set({ loading: false });
      this.wb.toastError(error);
    }
  }

  /** "Ik begrijp dit niet" on the selected words, or on the word at the caret. */
  async markAtSelection() {
    const path = this.wb.state.active;
    const editor = path ? this.editors.get(path) : undefined;
    if (!path || !editor || !this.inReviewCopy()) return;
    const captured = captureWords(editor);
    if ('problem' in captured) {
      this.wb.toast(this.t(captured.problem === 'tooLong' ? 'notUnderstood.tooLong' : 'notUnderstood.selectFirst'));
      return;
    }
    const author = await ensureAuthorName(this.wb);
    if (!author) return;
    const word = captured.selector.exact;
    const meaning = await this.wb.prompt(this.t('notUnderstood.askMeaning', { word }), '');
    if (meaning === null) {
      editor.focus();
      return;
    }
    try {
      await this.wb.api.invoke('notUnderstood.add', { path, anchor: captured.selector, author, ...(meaning.trim() ? { meaning } : {}) });
      this.wb.announce(this.t('notUnderstood.marked', { word }));
      this.wb.toast(this.t('notUnderstood.marked', { word }));
      await this.refresh();
    } catch (error) {
      this.wb.toastError(error);
    }
    editor.getRootElement()?.focus({ preventScroll: true });
  }

  async removeOwn(id: string) {
    const path = this.wb.state.active;
    if (!path) return;
    try {
      await this.wb.api.invoke('notUnderstood.remove', { path, id });
      this.wb.announce(this.t('notUnderstood.removed'));
      await this.refresh();
    } catch (error) {
      this.wb.toastError(error);
    }
  }

  /** Adds the word to the organisation word list; the checker then flags it in every note. */
  async addToList(word: NotUnderstoodWord, alternative: string, explanation: string): Promise<boolean> {
    try {
      const folder = this.wb.state.werkmap?.folder;
      const { file } = await this.wb.api.invoke('notUnderstood.addToOrganisationList', {
        entry: { word: word.word, alternative, explanation, notUnderstood: word.residents },
        ...(folder ? { folder } : {}),
      });
      // Main may have started the list and put it in the check settings: take those over, then
      // let the checker read the list again (its path may be the same as before).
      await this.wb.updateSettings({});
      await this.commands.run('checks.reloadWordLists');
      const name = file.split(/[\\/]/).pop() ?? file;
      this.wb.toast(this.t('notUnderstood.added', { word: word.word, file: name }));
      this.wb.announce(this.t('notUnderstood.added', { word: word.word, file: name }));
      this.store.set({ adding: null });
      await this.refresh();
      return true;
    } catch (error) {
      this.wb.toastError(error);
      return false;
    }
  }
}
