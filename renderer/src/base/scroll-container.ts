// The check underlines and the comment marks both watch the part of the note on screen, so both
// need the element that scrolls the editor.

/** The nearest ancestor that scrolls vertically, or null when the page itself scrolls. */
export function scrollContainerOf(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') return node;
  }
  return null;
}
