// @vitest-environment jsdom
// The editor component rendered for real (React + Lexical in jsdom), driven the way the
// workbench drives it: props in, callbacks and the EditorHandle out.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { $createParagraphNode, $createTextNode, $getRoot, FORMAT_TEXT_COMMAND, IS_UNDERLINE, PASTE_COMMAND } from 'lexical';
import { $createLinkNode } from '@lexical/link';
import { headingNode, listNode, paragraphNode, rootNode, textNode, TextFormat, type SerializedLink } from '../../../shared/document';
import { NoteEditor, type EditorHandle, type NoteEditorProps, type OutlineHeading } from '../../../renderer/src/editor/NoteEditor';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const sampleDocument = JSON.stringify({
  root: rootNode([
    headingNode('h1', [textNode('Sociale basis')]),
    paragraphNode([textNode('Wij versterken de '), textNode('zelf-regie', TextFormat.bold), textNode(' van bewoners.')]),
    headingNode('h2', [textNode('Aanpak')]),
    listNode('bullet', [[textNode('Buurthuizen')], [textNode('Vrijwilligers')]]),
  ]),
});

let mounted: { root: Root; container: HTMLElement } | null = null;

afterEach(async () => {
  if (mounted) {
    const { root, container } = mounted;
    await act(async () => root.unmount());
    container.remove();
    mounted = null;
  }
});

interface Rendered {
  handle: EditorHandle;
  changes: Array<{ json: string; kind: 'edit' | 'counts'; words: number; characters: number }>;
  outlines: OutlineHeading[][];
  props: NoteEditorProps;
  container: HTMLElement;
  rerender(next: Partial<NoteEditorProps>): Promise<void>;
}

async function renderEditor(overrides: Partial<NoteEditorProps> = {}): Promise<Rendered> {
  const container = document.createElement('div');
  document.body.appendChild(container);
  const root = createRoot(container);
  mounted = { root, container };
  const changes: Rendered['changes'] = [];
  const outlines: OutlineHeading[][] = [];
  let handle: EditorHandle | null = null;
  let props: NoteEditorProps = {
    noteKey: '/werkmap/notitie.helder',
    initialDocument: sampleDocument,
    ariaLabel: 'Tekst van de notitie',
    placeholder: 'Begin met schrijven',
    onChange: (getDocument, info, kind) => changes.push({ json: getDocument(), kind, ...info }),
    onOutline: (headings) => outlines.push(headings),
    onReady: (h) => {
      handle = h;
    },
    ...overrides,
  };
  await act(async () => root.render(createElement(NoteEditor, props)));
  if (!handle) throw new Error('onReady was not called');
  return {
    handle,
    changes,
    outlines,
    props,
    container,
    async rerender(next) {
      props = { ...props, ...next };
      await act(async () => root.render(createElement(NoteEditor, props)));
    },
  };
}

/** Lets coalesced reports (changes, outline) arrive. */
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 400)));

async function edit(handle: EditorHandle, fn: () => void) {
  await act(async () => handle.editor.update(fn, { discrete: true }));
}

function fakePaste(data: Record<string, string>): ClipboardEvent {
  const event = new Event('paste', { cancelable: true }) as ClipboardEvent;
  Object.defineProperty(event, 'clipboardData', { value: { getData: (type: string) => data[type] ?? '', types: Object.keys(data), files: [] } });
  return event;
}

function allTextNodes(json: string): Array<{ text: string; format: number; style: string }> {
  const found: Array<{ text: string; format: number; style: string }> = [];
  const visit = (node: { type: string; text?: string; format?: unknown; style?: string; children?: unknown[] }) => {
    if (node.type === 'text') found.push({ text: node.text ?? '', format: Number(node.format), style: node.style ?? '' });
    for (const child of (node.children ?? []) as (typeof node)[]) visit(child);
  };
  visit((JSON.parse(json) as { root: Parameters<typeof visit>[0] }).root);
  return found;
}

describe('NoteEditor', () => {
  it('shows the saved document and reports its outline', async () => {
    const { handle, outlines, container } = await renderEditor();
    expect(handle.getText()).toContain('Wij versterken de zelf-regie van bewoners.');
    expect(container.querySelector('[contenteditable="true"]')?.getAttribute('aria-label')).toBe('Tekst van de notitie');
    expect(container.querySelector('strong, .helder-editor__bold')?.textContent).toBe('zelf-regie');
    await settle();
    expect(outlines.at(-1)?.map(({ level, text }) => ({ level, text }))).toEqual([
      { level: 1, text: 'Sociale basis' },
      { level: 2, text: 'Aanpak' },
    ]);
  });

  it('opens an unreadable document as an empty note and says so instead of crashing', async () => {
    const onLoadError = vi.fn();
    const { handle } = await renderEditor({ initialDocument: '{"root": {"type": "root", "children": [{"type": "videoclip"}]}}', onLoadError });
    expect(onLoadError).toHaveBeenCalledTimes(1);
    expect(handle.getText()).toBe('');
    await edit(handle, () => $getRoot().selectEnd().insertText('Toch iets'));
    expect(handle.getText()).toBe('Toch iets');
  });

  it('starts an empty note from an empty string', async () => {
    const onLoadError = vi.fn();
    const { handle } = await renderEditor({ initialDocument: '', onLoadError });
    expect(onLoadError).not.toHaveBeenCalled();
    expect(handle.getText()).toBe('');
  });

  it('reports content changes with counts, but not opening the note or moving the caret', async () => {
    const { handle, changes } = await renderEditor();
    await settle();
    expect(changes).toHaveLength(0);
    await edit(handle, () => $getRoot().selectStart());
    await settle();
    expect(changes).toHaveLength(0);
    await edit(handle, () => $getRoot().selectEnd().insertText(" Auto's"));
    await settle();
    // One report of the edit at once, then the fresh counts once the browser is idle.
    expect(changes.map((change) => change.kind)).toEqual(['edit', 'counts']);
    // Sociale basis / Wij versterken de zelf-regie van bewoners. / Aanpak / Buurthuizen / Vrijwilligers Auto's
    expect(changes.at(-1)!.words).toBe(12);
    expect(changes.at(-1)!.json).toBe(handle.getDocument());
    expect(handle.getText().endsWith("Vrijwilligers Auto's")).toBe(true);
  });

  it('cleans pasted HTML and undoes the paste in one step', async () => {
    const { handle } = await renderEditor({ initialDocument: '' });
    await edit(handle, () => $getRoot().selectEnd().insertText('Begin. '));
    const before = handle.getText();
    await act(async () => {
      handle.editor.dispatchCommand(
        PASTE_COMMAND,
        fakePaste({
          'text/html':
            '<p style="color:red;font-family:Comic Sans MS">Geplakt <script>window.hacked = true</script>' +
            '<b>vet</b> <span style="text-decoration:underline;background:yellow">gewoon</span> ' +
            '<a href="javascript:alert(1)">geen link</a></p><h4>Kopje</h4><ul><li>een</li></ul>',
          'text/plain': 'Geplakt vet gewoon geen link Kopje een',
        }),
      );
    });
    const json = handle.getDocument();
    expect(handle.getText()).toBe('Begin. Geplakt vet gewoon geen link\n\nKopje\n\neen');
    expect((globalThis as { hacked?: boolean }).hacked).toBeUndefined();
    expect(json).not.toContain('javascript');
    for (const node of allTextNodes(json)) {
      expect(node.style).toBe('');
      expect(node.format & ~(TextFormat.bold | TextFormat.italic)).toBe(0);
    }
    expect(allTextNodes(json).find((node) => node.text === 'vet')?.format).toBe(TextFormat.bold);
    expect(handle.getOutline().map((h) => [h.level, h.text])).toEqual([[3, 'Kopje']]);
    await act(async () => handle.undo());
    expect(handle.getText()).toBe(before);
  });

  it('pastes very large HTML as plain text', async () => {
    const { handle } = await renderEditor({ initialDocument: '' });
    await edit(handle, () => $getRoot().selectEnd());
    const huge = '<p><b>vet</b> tekst</p>'.repeat(120_000);
    await act(async () => {
      handle.editor.dispatchCommand(PASTE_COMMAND, fakePaste({ 'text/html': huge, 'text/plain': 'alleen platte tekst' }));
    });
    expect(handle.getText()).toBe('alleen platte tekst');
    expect(allTextNodes(handle.getDocument()).every((node) => node.format === 0)).toBe(true);
  });

  it('changes block types through the handle', async () => {
    const { handle } = await renderEditor({ initialDocument: '' });
    await edit(handle, () => $getRoot().selectEnd().insertText('Doelen'));
    await act(async () => handle.setBlock('h2'));
    expect(handle.getOutline().map((h) => [h.level, h.text])).toEqual([[2, 'Doelen']]);
    await act(async () => handle.setBlock('number'));
    expect(JSON.parse(handle.getDocument()).root.children[0]).toMatchObject({ type: 'list', listType: 'number' });
    await act(async () => handle.setBlock('paragraph'));
    expect(JSON.parse(handle.getDocument()).root.children[0]).toMatchObject({ type: 'paragraph' });
    expect(handle.getText()).toBe('Doelen');
  });

  it('applies bold and italic but refuses formats a note does not have', async () => {
    const { handle } = await renderEditor({ initialDocument: '' });
    await edit(handle, () => {
      $getRoot().selectEnd().insertText('woord');
      $getRoot().select(0, 1);
    });
    await act(async () => {
      handle.editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'underline');
      handle.editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'strikethrough');
    });
    expect(allTextNodes(handle.getDocument()).map((node) => node.format)).toEqual([0]);
    await act(async () => {
      handle.toggleBold();
      handle.toggleItalic();
    });
    expect(allTextNodes(handle.getDocument()).map((node) => node.format)).toEqual([TextFormat.bold | TextFormat.italic]);
  });

  it('strips styles, extra formats and unsafe links however content gets in (drop, foreign clipboard)', async () => {
    const { handle } = await renderEditor({ initialDocument: '' });
    await edit(handle, () => {
      const paragraph = $createParagraphNode();
      const styled = $createTextNode('rood ').setStyle('color: red; font-size: 40px').setFormat(IS_UNDERLINE | TextFormat.bold);
      const unsafe = $createLinkNode('javascript:alert(1)', { target: '_blank' }).append($createTextNode('klik'));
      const safe = $createLinkNode('https://www.gemeente.nl/', { target: '_blank', rel: 'opener' }).append($createTextNode(' site'));
      paragraph.append(styled, unsafe, safe);
      $getRoot().append(paragraph);
    });
    const paragraph = JSON.parse(handle.getDocument()).root.children.at(-1);
    expect(paragraph.children).toMatchObject([
      { type: 'text', text: 'rood ', format: TextFormat.bold, style: '' },
      { type: 'text', text: 'klik', format: 0, style: '' },
      { type: 'link', url: 'https://www.gemeente.nl/', target: null, rel: null, children: [{ type: 'text', text: ' site', style: '' }] },
    ]);
    expect(paragraph.children).toHaveLength(3);
  });

  it('holds a saved file to the same rules when it opens: styles, extra formats and unsafe links go, clean text is untouched', async () => {
    const styled = { ...textNode('rood'), format: IS_UNDERLINE | TextFormat.bold, style: 'color: red' };
    const unsafe: SerializedLink = { type: 'link', url: 'javascript:alert(1)', target: '_blank', rel: null, title: null, version: 1, direction: null, format: '', indent: 0, children: [textNode('klik')] };
    const saved = JSON.stringify({ root: rootNode([paragraphNode([textNode('Gewoon.')]), paragraphNode([styled]), paragraphNode([unsafe])]) });
    const { handle } = await renderEditor({ initialDocument: saved });
    const [plain, cleaned, unlinked] = JSON.parse(handle.getDocument()).root.children;
    expect(plain.children).toMatchObject([{ type: 'text', text: 'Gewoon.', format: 0, style: '' }]);
    expect(cleaned.children).toMatchObject([{ type: 'text', text: 'rood', format: TextFormat.bold, style: '' }]);
    expect(unlinked.children).toMatchObject([{ type: 'text', text: 'klik', format: 0, style: '' }]);
  });

  it('makes links only to web and mail addresses', async () => {
    const { handle } = await renderEditor({ initialDocument: '' });
    await edit(handle, () => $getRoot().selectEnd());
    expect(handle.toggleLink('javascript:alert(1)')).toBe(false);
    expect(handle.getText()).toBe('');
    await act(async () => void handle.toggleLink('www.gemeente.nl'));
    const paragraph = JSON.parse(handle.getDocument()).root.children[0];
    expect(paragraph.children[0]).toMatchObject({ type: 'link', url: 'https://www.gemeente.nl/' });
    expect(handle.getText()).toBe('www.gemeente.nl');
  });

  it('opens links only on Ctrl/Cmd+click while editing, and on any click when read-only', async () => {
    const onOpenLink = vi.fn();
    const doc = JSON.stringify({
      root: rootNode([
        {
          ...paragraphNode([]),
          children: [
            { type: 'link', url: 'https://www.gemeente.nl/', rel: null, target: null, title: null, children: [textNode('site')], direction: null, format: '', indent: 0, version: 1 },
          ],
        } as unknown as ReturnType<typeof paragraphNode>,
      ]),
    });
    const view = await renderEditor({ initialDocument: doc, onOpenLink });
    const anchor = () => view.container.querySelector('a')!;
    const plain = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
    anchor().dispatchEvent(plain);
    expect(plain.defaultPrevented).toBe(true);
    expect(onOpenLink).not.toHaveBeenCalled();
    anchor().dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ctrlKey: true }));
    expect(onOpenLink).toHaveBeenCalledWith('https://www.gemeente.nl/');
    await view.rerender({ readOnly: true });
    expect(view.handle.editor.isEditable()).toBe(false);
    anchor().dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 }));
    expect(onOpenLink).toHaveBeenCalledTimes(2);
  });

  it('ignores paste in read-only mode', async () => {
    const { handle } = await renderEditor({ readOnly: true });
    const before = handle.getDocument();
    await act(async () => {
      handle.editor.dispatchCommand(PASTE_COMMAND, fakePaste({ 'text/html': '<p>nieuw</p>', 'text/plain': 'nieuw' }));
    });
    expect(handle.getDocument()).toBe(before);
  });

  it('gives a new note key a fresh editor', async () => {
    const view = await renderEditor();
    const first = view.handle.editor;
    let next: EditorHandle | null = null;
    await view.rerender({ noteKey: '/werkmap/ander.helder', initialDocument: '', onReady: (h) => (next = h) });
    expect(next).not.toBeNull();
    expect(next!.editor).not.toBe(first);
    expect(next!.getText()).toBe('');
  });
});
