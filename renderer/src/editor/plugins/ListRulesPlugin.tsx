// Lists: Lexical's list commands and transforms, registered once and before the document loads.
// Lexical's own ListPlugin registers them twice, after the load, so each registration sends the
// whole note through the transforms (see transforms-before-load).
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { registerList } from '@lexical/list';
import { useTransformsBeforeLoad } from './transforms-before-load';

/** Render before LoadDocumentPlugin. */
export function ListRulesPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useTransformsBeforeLoad(editor, () => registerList(editor));
  return null;
}
