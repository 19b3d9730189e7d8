/**
 * The serialised Lexical editor state as Lexical 0.52 writes it with `editorState.toJSON()`.
 * Only the node types Helder's editor registers are described; unknown nodes are kept as
 * `SerializedUnknownNode` so reading a newer document never throws.
 */

/** Lexical's text format bitmask (TextNode `format`). */
export const TextFormat = {
  bold: 1,
  italic: 2,
  strikethrough: 4,
  underline: 8,
  code: 16,
} as const;

type ElementBase = {
  direction: 'ltr' | 'rtl' | null;
  format: '' | 'left' | 'start' | 'center' | 'right' | 'end' | 'justify';
  indent: number;
  version: 1;
};

export type SerializedText = {
  type: 'text';
  version: 1;
  text: string;
  format: number;
  detail: number;
  mode: 'normal' | 'token' | 'segmented';
  style: string;
};

export type SerializedLineBreak = { type: 'linebreak'; version: 1 };

export type SerializedLink = ElementBase & {
  type: 'link' | 'autolink';
  url: string;
  rel: string | null;
  target: string | null;
  title: string | null;
  children: SerializedInline[];
};

export type SerializedInline = SerializedText | SerializedLineBreak | SerializedLink;

export type SerializedParagraph = ElementBase & {
  type: 'paragraph';
  textFormat: number;
  textStyle: string;
  children: SerializedInline[];
};

export type HeadingTag = 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

export type SerializedHeading = ElementBase & {
  type: 'heading';
  tag: HeadingTag;
  children: SerializedInline[];
};

export type SerializedListItem = ElementBase & {
  type: 'listitem';
  value: number;
  children: (SerializedInline | SerializedList)[];
};

export type SerializedList = ElementBase & {
  type: 'list';
  listType: 'bullet' | 'number';
  start: number;
  textFormat?: number;
  tag: 'ul' | 'ol';
  children: SerializedListItem[];
};

export type SerializedBlock = SerializedParagraph | SerializedHeading | SerializedList;

export type SerializedRoot = ElementBase & { type: 'root'; children: SerializedBlock[] };

export type SerializedEditorState = { root: SerializedRoot };

/** Any node as found in stored JSON, before we know its type. */
export type SerializedUnknownNode = { type: string; children?: SerializedUnknownNode[]; text?: string; tag?: string; [key: string]: unknown };

const elementBase = (): ElementBase => ({ direction: null, format: '', indent: 0, version: 1 });

export const textNode = (text: string, format = 0): SerializedText => ({
  detail: 0,
  format,
  mode: 'normal',
  style: '',
  text,
  type: 'text',
  version: 1,
});

/** Lexical mirrors the format of a paragraph's first text run in `textFormat` (the caret's format). */
const firstTextFormat = (children: SerializedInline[]) => children.find((child) => child.type === 'text')?.format ?? 0;

export const paragraphNode = (children: SerializedInline[] = []): SerializedParagraph => ({
  children,
  ...elementBase(),
  textFormat: firstTextFormat(children),
  textStyle: '',
  type: 'paragraph',
});

export const headingNode = (tag: HeadingTag, children: SerializedInline[]): SerializedHeading => ({
  children,
  tag,
  ...elementBase(),
  type: 'heading',
});

export const listNode = (listType: 'bullet' | 'number', items: SerializedInline[][]): SerializedList => ({
  children: items.map(
    (children, index): SerializedListItem => ({ children, ...elementBase(), value: index + 1, type: 'listitem' }),
  ),
  listType,
  start: 1,
  tag: listType === 'number' ? 'ol' : 'ul',
  // Lexical's list carries its first item's text format once it has rendered; matching it here
  // keeps a freshly made sample from counting as "changed" the moment it opens.
  ...(firstTextFormat(items[0] ?? []) ? { textFormat: firstTextFormat(items[0] ?? []) } : {}),
  ...elementBase(),
  type: 'list',
});

export const rootNode = (children: SerializedBlock[]): SerializedRoot => ({ children, ...elementBase(), type: 'root' });
