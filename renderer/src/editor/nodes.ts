// The node types a Helder note is made of. Kept deliberately small: everything a note can
// contain must also survive paste cleaning, the file format and later export.
import type { Klass, LexicalNode } from 'lexical';
import { HeadingNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { LinkNode } from '@lexical/link';
// Comment marks: ids are thread ids, saved with the note (issue 6).
import { MarkNode } from '@lexical/mark';

export const EDITOR_NODES: ReadonlyArray<Klass<LexicalNode>> = [HeadingNode, ListNode, ListItemNode, LinkNode, MarkNode];
