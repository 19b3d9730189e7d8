// Class names Lexical puts on the nodes it renders; the looks live in editor.css.
import type { EditorThemeClasses } from 'lexical';

export const editorTheme: EditorThemeClasses = {
  root: 'helder-editor__root',
  paragraph: 'helder-editor__p',
  heading: {
    h1: 'helder-editor__h1',
    h2: 'helder-editor__h2',
    h3: 'helder-editor__h3',
  },
  list: {
    ul: 'helder-editor__ul',
    ol: 'helder-editor__ol',
    listitem: 'helder-editor__li',
    nested: { listitem: 'helder-editor__li--nested' },
  },
  link: 'helder-editor__link',
  text: {
    bold: 'helder-editor__bold',
    italic: 'helder-editor__italic',
  },
};
