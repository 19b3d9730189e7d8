// What the in-process profiles (bench/profile-*.ts) share: main's services in a scratch folder,
// and a note put into a headless editor the way the page's LoadDocumentPlugin does it.
import { join } from 'node:path';
import { createEditor, HISTORY_MERGE_TAG, type LexicalEditor } from 'lexical';
import { createServices } from '../electron/services';
import { EDITOR_NODES } from '../renderer/src/editor/nodes';
import { keepLifted } from '../renderer/src/editor/deferred-marks';
import { documentWithMarks } from '../renderer/src/editor/mark-json';
import { setParsedState } from '../renderer/src/editor/plugins/set-parsed-state';

/** Main's handlers with their data under `dir`; nothing is shown or opened outside it. */
export function servicesIn(dir: string): ReturnType<typeof createServices> {
  return createServices({
    userDataDir: join(dir, 'userdata'),
    sampleDir: join(dir, 'documenten'),
    trashItem: async () => undefined,
    chooseFolder: async () => null,
    openExternal: async () => undefined,
    emit: () => undefined,
  });
}

/** LoadDocumentPlugin's path, without the DOM: parse, set the state, keep the saved marks aside. */
export function loadHeadless(json: string): LexicalEditor {
  const editor = createEditor({ namespace: 'profile', nodes: [...EDITOR_NODES], onError: (error) => { throw error; } });
  const read = documentWithMarks(json);
  if (read === 'unreadable') throw new Error('unreadable');
  const state = editor.parseEditorState((read?.json ?? json) as Parameters<typeof editor.parseEditorState>[0]);
  setParsedState(editor, state, HISTORY_MERGE_TAG);
  if (read && read.blocks.length > 0 && !keepLifted(editor, read.blocks)) throw new Error('marks not kept');
  return editor;
}
