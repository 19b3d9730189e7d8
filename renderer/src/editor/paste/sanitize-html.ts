// Turns pasted HTML (Word, Google Docs, web pages) into a small, predictable DOM that only
// holds what a Helder note can express: h1–h3, p, ul/ol/li, strong, em, a[href], br.
// The input must come from DOMParser so nothing in it ever ran or loaded. Pure: no editor,
// no globals; the result is built in the input's own (inert) document.

import { allowedLinkUrl } from '../link-url';

/** Elements dropped together with everything inside them. */
const DROP_WITH_CONTENT = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'meta', 'link',
  'template', 'svg', 'math', 'img', 'picture', 'video', 'audio', 'source', 'track', 'canvas',
  'noscript', 'head', 'title', 'base', 'input', 'select', 'textarea', 'button', 'option', 'map',
  'area', 'param',
]);

/** Elements whose content starts a new block (they become paragraphs or list items). */
const BLOCK_CONTAINERS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside', 'blockquote',
  'figure', 'figcaption', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'dl',
  'dt', 'dd', 'address', 'details', 'summary', 'center', 'form', 'fieldset', 'legend', 'body',
  'html', 'li', 'hr', 'pre',
]);

const HEADING_LEVEL: Record<string, 'h1' | 'h2' | 'h3'> = {
  h1: 'h1', h2: 'h2', h3: 'h3', h4: 'h3', h5: 'h3', h6: 'h3',
};

interface Format {
  bold: boolean;
  italic: boolean;
  href: string | null;
  pre: boolean;
}

/** Where content goes: the fragment itself, or a list item (inline content lives in the li). */
interface Sink {
  container: DocumentFragment | Element;
  inListItem: boolean;
  /** The block that receives inline content; null means "start a new paragraph on demand". */
  block: Element | null;
  /** In a list item: a <br> is owed before the next inline content (a block ended). */
  breakPending: boolean;
  /** Open Word-style list (consecutive "MsoListParagraph" paragraphs), by nesting level. */
  wordLists: Element[] | null;
}

const PLAIN: Format = { bold: false, italic: false, href: null, pre: false };

export function sanitizePastedHtml(doc: Document): DocumentFragment {
  const out = doc.createDocumentFragment();
  const sink: Sink = { container: out, inListItem: false, block: null, breakPending: false, wordLists: null };
  const start = doc.body ?? doc.documentElement;
  if (start) walkChildren(start, sink, PLAIN);
  tidy(out);
  return out;
}

function walkChildren(parent: Node, sink: Sink, fmt: Format): void {
  for (let child = parent.firstChild; child; child = child.nextSibling) walk(child, sink, fmt);
}

function walk(node: Node, sink: Sink, fmt: Format): void {
  if (node.nodeType === 3 /* text */) {
    emitText(node.nodeValue ?? '', sink, fmt);
    return;
  }
  if (node.nodeType !== 1 /* element */) return; // comments (incl. Word's <!--[if ...]>), PIs
  const el = node as Element;
  const tag = el.localName.toLowerCase();
  if (DROP_WITH_CONTENT.has(tag) || isHidden(el)) return;

  if (tag === 'br') {
    emitBreak(sink);
    return;
  }
  const heading = HEADING_LEVEL[tag];
  if (heading) {
    walkHeading(el, heading, sink, fmt);
    return;
  }
  if (tag === 'ul' || tag === 'ol') {
    walkList(el, tag, sink, fmt);
    return;
  }
  if (tag === 'p' && !sink.inListItem && wordListLevel(el) !== null) {
    walkWordListParagraph(el, sink, fmt);
    return;
  }
  const inner = inlineFormat(el, tag, fmt);
  if (BLOCK_CONTAINERS.has(tag)) {
    endBlock(sink);
    walkChildren(el, sink, tag === 'pre' ? { ...inner, pre: true } : inner);
    endBlock(sink);
    return;
  }
  // Everything else (span, font, o:p, u, sub, unknown tags…) is unwrapped.
  walkChildren(el, sink, inner);
}

/** Reads what an element means for bold/italic/link, including the style-only forms Google Docs uses. */
function inlineFormat(el: Element, tag: string, fmt: Format): Format {
  let { bold, italic, href } = fmt;
  const weight = styleValue(el, 'font-weight');
  if (tag === 'strong' || tag === 'b') bold = true;
  if (weight !== undefined) {
    // Google Docs wraps the whole clipboard in <b style="font-weight:normal">: not bold.
    if (weight === 'normal' || weight === 'lighter' || (/^\d+$/.test(weight) && Number(weight) < 600)) bold = false;
    else if (weight === 'bold' || weight === 'bolder' || (/^\d+$/.test(weight) && Number(weight) >= 600)) bold = true;
  }
  if (tag === 'em' || tag === 'i') italic = true;
  const fontStyle = styleValue(el, 'font-style');
  if (fontStyle === 'italic' || fontStyle === 'oblique') italic = true;
  else if (fontStyle === 'normal') italic = false;
  if (tag === 'a') {
    // A link without an allowed target keeps its text but stops being a link.
    href = allowedLinkUrl(el.getAttribute('href') ?? '');
  }
  if (bold === fmt.bold && italic === fmt.italic && href === fmt.href) return fmt;
  return { ...fmt, bold, italic, href };
}

/** One declaration of an inline style, lower-cased; exact property names only (not mso-bidi-font-weight). */
function styleValue(el: Element, property: string): string | undefined {
  const style = el.getAttribute('style');
  if (!style) return undefined;
  let value: string | undefined;
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    if (declaration.slice(0, colon).trim().toLowerCase() === property) {
      value = declaration.slice(colon + 1).replace(/!important/i, '').trim().toLowerCase();
    }
  }
  return value;
}

function isHidden(el: Element): boolean {
  return (
    el.hasAttribute('hidden') ||
    styleValue(el, 'display') === 'none' ||
    styleValue(el, 'visibility') === 'hidden' ||
    styleValue(el, 'mso-hide') === 'all' ||
    // Word's list marker ("·", "1.") inside the list paragraph; lists get real markers instead.
    styleValue(el, 'mso-list') === 'ignore'
  );
}

function walkHeading(el: Element, level: 'h1' | 'h2' | 'h3', sink: Sink, fmt: Format): void {
  if (sink.inListItem) {
    // Lists cannot hold headings: keep the words as a line of the item.
    endBlock(sink);
    walkChildren(el, sink, inlineFormat(el, level, fmt));
    endBlock(sink);
    return;
  }
  endBlock(sink);
  const heading = el.ownerDocument.createElement(level);
  sink.container.appendChild(heading);
  sink.block = heading;
  walkChildren(el, sink, inlineFormat(el, level, fmt));
  endBlock(sink);
}

function walkList(el: Element, tag: 'ul' | 'ol', sink: Sink, fmt: Format): void {
  const doc = el.ownerDocument;
  const list = doc.createElement(tag);
  endBlock(sink);
  // In a list item the nested list belongs to that item; elsewhere it is a block of its own.
  sink.container.appendChild(list);
  const inner = inlineFormat(el, tag, fmt);
  let looseItem: Sink | null = null;
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1 && (child as Element).localName.toLowerCase() === 'li') {
      looseItem = null;
      const li = doc.createElement('li');
      list.appendChild(li);
      walkChildren(child, listItemSink(li), inlineFormat(child as Element, 'li', inner));
    } else if (child.nodeType === 1 && ['ul', 'ol'].includes((child as Element).localName.toLowerCase())) {
      // <ul><li>a</li><ul>…</ul></ul>: the browser-made shape for a nested list; keep it under the previous item.
      const owner = list.lastElementChild;
      if (owner) walk(child, listItemSink(owner), inner);
      else walk(child, sink, inner);
    } else if (child.nodeType === 3 && !(child.nodeValue ?? '').trim()) {
      continue;
    } else {
      if (!looseItem) {
        const li = doc.createElement('li');
        list.appendChild(li);
        looseItem = listItemSink(li);
      }
      walk(child, looseItem, inner);
    }
  }
  if (sink.inListItem) sink.breakPending = false; // nothing follows a nested list inside its item
  else sink.block = null;
  sink.wordLists = null;
}

function listItemSink(li: Element): Sink {
  return { container: li, inListItem: true, block: li, breakPending: false, wordLists: null };
}

/** Word writes lists as paragraphs with `mso-list: l0 level2 lfo1`; returns the level (1-based). */
function wordListLevel(el: Element): number | null {
  const match = /^l\d+\s+level(\d+)/.exec(styleValue(el, 'mso-list') ?? '');
  if (match) return Math.max(1, Math.min(9, Number(match[1])));
  return /msolistparagraph/i.test(el.getAttribute('class') ?? '') ? 1 : null;
}

function wordListIsOrdered(el: Element): boolean {
  const marker = Array.from(el.querySelectorAll('[style]')).find((span) => styleValue(span, 'mso-list') === 'ignore');
  const text = (marker?.textContent ?? '').replace(/\s+/g, '');
  return /^(\d+|[a-z]|[ivxlc]+)[.)]$/i.test(text);
}

function walkWordListParagraph(el: Element, sink: Sink, fmt: Format): void {
  const doc = el.ownerDocument;
  const level = wordListLevel(el) ?? 1;
  const tag = wordListIsOrdered(el) ? 'ol' : 'ul';
  if (sink.block) endBlock(sink);
  const lists = sink.wordLists ?? [];
  if (lists.length === 0) {
    const root = doc.createElement(tag);
    sink.container.appendChild(root);
    lists.push(root);
  }
  while (lists.length > level) lists.pop();
  while (lists.length < level) {
    const parentList = lists[lists.length - 1]!;
    let owner = parentList.lastElementChild;
    if (!owner) {
      owner = doc.createElement('li');
      parentList.appendChild(owner);
    }
    const nested = doc.createElement(tag);
    owner.appendChild(nested);
    lists.push(nested);
  }
  const li = doc.createElement('li');
  lists[lists.length - 1]!.appendChild(li);
  walkChildren(el, listItemSink(li), inlineFormat(el, 'p', fmt));
  // Keep the list open for the next Word list paragraph; any other block closes it (endBlock).
  sink.block = null;
  sink.wordLists = lists;
}

function endBlock(sink: Sink): void {
  if (sink.inListItem) {
    if (sink.block && sink.block.childNodes.length > 0) sink.breakPending = true;
    return;
  }
  sink.block = null;
  sink.wordLists = null;
}

function blockFor(sink: Sink): Element {
  if (sink.inListItem) {
    const li = sink.block ?? (sink.container as Element);
    if (sink.breakPending) {
      li.appendChild(li.ownerDocument.createElement('br'));
      sink.breakPending = false;
    }
    return li;
  }
  if (!sink.block) {
    sink.block = (sink.container.ownerDocument as Document).createElement('p');
    sink.container.appendChild(sink.block);
    sink.wordLists = null;
  }
  return sink.block;
}

function emitText(raw: string, sink: Sink, fmt: Format): void {
  if (fmt.pre) {
    const lines = raw.split(/\r\n|\r|\n/);
    lines.forEach((line, i) => {
      if (i > 0) emitBreak(sink);
      if (line) appendText(blockFor(sink), line, fmt);
    });
    return;
  }
  const text = raw.replace(/[ \t\n\r\f]+/g, ' ');
  if (!text) return;
  // Whitespace between blocks (source indentation) must not open an empty paragraph.
  if (text === ' ' && !sink.block && !sink.inListItem) return;
  appendText(blockFor(sink), text, fmt);
}

function emitBreak(sink: Sink): void {
  const block = blockFor(sink);
  block.appendChild(block.ownerDocument.createElement('br'));
}

/** Appends text under the right wrappers, reusing the trailing wrapper so runs stay merged. */
function appendText(block: Element, text: string, fmt: Format): void {
  let target: Element = block;
  if (fmt.href) target = reuseOrCreate(target, 'a', fmt.href);
  if (fmt.bold) target = reuseOrCreate(target, 'strong', null);
  if (fmt.italic) target = reuseOrCreate(target, 'em', null);
  const last = target.lastChild;
  if (last && last.nodeType === 3) last.nodeValue = (last.nodeValue ?? '') + text;
  else target.appendChild(target.ownerDocument.createTextNode(text));
}

function reuseOrCreate(parent: Element, tag: 'a' | 'strong' | 'em', href: string | null): Element {
  const last = parent.lastChild;
  if (last && last.nodeType === 1) {
    const el = last as Element;
    if (el.localName === tag && (tag !== 'a' || el.getAttribute('href') === href)) return el;
  }
  const el = parent.ownerDocument.createElement(tag);
  if (href !== null) el.setAttribute('href', href);
  parent.appendChild(el);
  return el;
}

/** Trims block edges and removes blocks and list items left without any visible text. */
function tidy(root: DocumentFragment): void {
  const blocks = Array.from(root.querySelectorAll('p, h1, h2, h3, li'));
  for (const block of blocks) {
    trimEdges(block);
  }
  // Deepest first, so an item that only held an empty nested list goes too.
  for (const block of blocks.reverse()) {
    const hasText = (block.textContent ?? '').replace(/[\s\u00a0]+/g, '') !== '';
    const hasList = block.querySelector('ul, ol') !== null;
    if (!hasText && !hasList) block.remove();
  }
  for (const list of Array.from(root.querySelectorAll('ul, ol')).reverse()) {
    if (list.children.length === 0) list.remove();
  }
}

function trimEdges(block: Element): void {
  // Leading/trailing <br> and spaces inside a block only add empty lines.
  for (;;) {
    const first = firstLeaf(block);
    if (!first) break;
    if (first.nodeType === 1 && (first as Element).localName === 'br') first.remove();
    else if (first.nodeType === 3 && /^[ \t\n]/.test(first.nodeValue ?? '')) {
      first.nodeValue = (first.nodeValue ?? '').replace(/^[ \t\n]+/, '');
      if (!first.nodeValue) first.remove();
      else break;
    } else break;
  }
  for (;;) {
    const last = lastLeaf(block);
    if (!last) break;
    if (last.nodeType === 1 && (last as Element).localName === 'br') last.remove();
    else if (last.nodeType === 3 && /[ \t\n]$/.test(last.nodeValue ?? '')) {
      last.nodeValue = (last.nodeValue ?? '').replace(/[ \t\n]+$/, '');
      if (!last.nodeValue) last.remove();
      else break;
    } else break;
  }
}

/** First text/br leaf of a block's own inline content (nested lists excluded). */
function firstLeaf(block: Element): ChildNode | null {
  let node = block.firstChild;
  while (node && node.nodeType === 1 && ['a', 'strong', 'em'].includes((node as Element).localName)) {
    if (!node.firstChild) {
      const next = node.nextSibling;
      node.remove();
      node = next;
      continue;
    }
    node = node.firstChild;
  }
  return node && (node.nodeType === 3 || (node as Element).localName === 'br') ? node : null;
}

function lastLeaf(block: Element): ChildNode | null {
  let node = block.lastChild;
  // A nested list at the end of an item: the item's own text ends before it.
  while (node && node.nodeType === 1 && ['ul', 'ol'].includes((node as Element).localName)) node = node.previousSibling;
  while (node && node.nodeType === 1 && ['a', 'strong', 'em'].includes((node as Element).localName)) {
    if (!node.lastChild) {
      const prev = node.previousSibling;
      node.remove();
      node = prev;
      continue;
    }
    node = node.lastChild;
  }
  return node && (node.nodeType === 3 || (node as Element).localName === 'br') ? node : null;
}
