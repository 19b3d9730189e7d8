// The layer the check marks are drawn in: absolutely placed boxes under the note's text, outside
// the contenteditable. Chromium re-validates every CSS highlight range and repaints the text under
// it on each DOM change, so with highlights a keystroke repainted every marked paragraph on screen;
// boxes in a layer of their own are painted once and left alone until they move or change.
// DOM only: where the boxes go is worked out by the caller (CheckHighlightPlugin).

/** A box relative to the layer's origin, in CSS pixels. */
export interface MarkBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** One finding's marks: a box per line (or per text piece) it covers. */
export interface Mark {
  readonly id: number;
  look: string;
  /** The boxes as drawn, to leave the DOM untouched when nothing moved. */
  where: string;
  elements: HTMLElement[];
}

const px = (value: number) => `${Math.round(value * 100) / 100}px`;
const whereOf = (boxes: readonly MarkBox[]) => boxes.map((box) => `${px(box.left)} ${px(box.top)} ${px(box.width)} ${px(box.height)}`).join(',');

export class MarkLayer {
  readonly element: HTMLDivElement;
  private next = 1;

  /** `host` is the positioned box around the editable text (the layer lies under the text in it). */
  constructor(host: HTMLElement, editorId: string) {
    this.element = document.createElement('div');
    this.element.className = 'check-marks';
    // Decoration only: the findings reach screen readers through F8, the live region and the Problems panel.
    this.element.setAttribute('aria-hidden', 'true');
    this.element.dataset.editor = editorId;
    host.appendChild(this.element);
  }

  /** Where the layer's origin is in the viewport: client rects minus this are box positions. */
  origin(): { left: number; top: number } {
    const rect = this.element.getBoundingClientRect();
    return { left: rect.left, top: rect.top };
  }

  /** A mark with nothing drawn yet (update draws it), so callers can read all rects before writing any. */
  create(look: string): Mark {
    return { id: this.next++, look, where: '', elements: [] };
  }

  draw(look: string, boxes: readonly MarkBox[]): Mark {
    const mark = this.create(look);
    this.update(mark, look, boxes);
    return mark;
  }

  /** Moves or restyles a mark; touches only what differs, since every touched box is painted again. */
  update(mark: Mark, look: string, boxes: readonly MarkBox[]): void {
    if (look !== mark.look) {
      mark.look = look;
      for (const element of mark.elements) element.dataset.look = look;
    }
    const where = whereOf(boxes);
    if (where === mark.where) return;
    mark.where = where;
    while (mark.elements.length > boxes.length) mark.elements.pop()?.remove();
    boxes.forEach((box, index) => {
      let element = mark.elements[index];
      if (!element) {
        element = document.createElement('div');
        element.className = 'check-mark';
        element.dataset.look = look;
        element.dataset.mark = String(mark.id);
        this.element.appendChild(element);
        mark.elements.push(element);
      }
      const style = element.style;
      style.left = px(box.left);
      style.top = px(box.top);
      style.width = px(box.width);
      style.height = px(box.height);
    });
  }

  remove(mark: Mark): void {
    for (const element of mark.elements) element.remove();
    mark.elements = [];
    mark.where = '';
  }

  clear(): void {
    this.element.replaceChildren();
  }

  dispose(): void {
    this.element.remove();
  }
}
