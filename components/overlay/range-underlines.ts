import { mapComposerText, rangeAt } from '@/utils/editors/text-map';
import { moveFixed } from './placement';
import { createShadowHost } from './shadow-host';
import type { TextMark, UnderlineKind, UnderlineSurface } from './underline-surface';

// A wave is two diagonal gradients side by side (no SVG, no `url()`: nothing a strict page CSP could refuse).
const wave = (colour: string) =>
  `linear-gradient(135deg, transparent 35%, ${colour} 35% 60%, transparent 60%) 0 0 / 4px 3px repeat-x,` +
  ` linear-gradient(45deg, transparent 35%, ${colour} 35% 60%, transparent 60%) 2px 0 / 4px 3px repeat-x`;

const STYLE = `
  :host { all: initial; position: fixed; z-index: 2147483644; pointer-events: none; overflow: hidden; contain: strict; }
  .line { position: absolute; height: 3px; }
  .error { background: ${wave('#d92d20')}; }
  .warning { background: ${wave('#f79009')}; }
  .info { border-bottom: 2px dotted #2e90fa; height: 0; }
  .fold { border-bottom: 1px dotted rgb(102 112 133 / 70%); height: 0; }
  .changed { background: rgb(46 144 250 / 24%); border-radius: 2px; }
`;

interface DrawnMark {
  range: Range;
  kind: UnderlineKind;
}

/**
 * Underlines for contenteditable composers, drawn in a closed shadow root over the editor from each flagged
 * Range's client rects. Nothing of them is in the page's reach: no `CSS.highlights` entry the page can
 * enumerate (its names and ranges would spell out the findings), no element in the editor (sites.md §7).
 * The Ranges are live (they follow the editor's edits); their boxes are read again, once per frame, after
 * input, scrolling and resizing. The host covers the editor's box and clips to it, as the editor clips its
 * own text.
 */
export class RangeUnderlines implements UnderlineSurface {
  private readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly style: HTMLStyleElement;
  private marks: DrawnMark[] = [];
  private visible = true;
  private frame = 0;
  private readonly listening = new AbortController();

  constructor(
    private readonly composer: Element,
    private readonly mountIn: Element,
  ) {
    ({ host: this.host, root: this.root } = createShadowHost('onbrand-underlines', STYLE));
    this.style = this.root.querySelector('style') as HTMLStyleElement;
    this.host.setAttribute('aria-hidden', 'true');
    const redraw = () => this.queueDraw();
    // Typing moves the text under the marks before the next check replaces them.
    composer.addEventListener('input', redraw, { signal: this.listening.signal });
  }

  show(text: string, marks: TextMark[]): void {
    const map = mapComposerText(this.composer);
    if (map.text !== text) return;
    this.marks = marks.map((mark) => ({
      kind: mark.kind,
      range: rangeAt(map, this.composer, mark.start, mark.end),
    }));
    if (this.marks.length > 0 && !this.host.isConnected) this.mountIn.append(this.host);
    this.queueDraw();
  }

  characterBox(offset: number): DOMRect | null {
    const map = mapComposerText(this.composer);
    if (offset >= map.text.length) return null;
    return rangeAt(map, this.composer, offset, offset + 1).getClientRects()[0] ?? null;
  }

  place(visible = this.visible): void {
    this.visible = visible;
    this.queueDraw();
  }

  destroy(): void {
    this.listening.abort();
    if (this.frame) cancelAnimationFrame(this.frame);
    this.host.remove();
  }

  /** Many events in one frame draw once. */
  private queueDraw(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  private draw(): void {
    if (!this.host.isConnected) return;
    // Every box is read before anything is written: one layout per frame.
    const box = this.composer.getBoundingClientRect();
    const shown = this.visible && box.width > 0 && box.height > 0 && this.marks.length > 0;
    if (!shown) {
      this.host.style.display = 'none';
      return;
    }
    const drawn = this.host.getBoundingClientRect();
    const rects = this.marks.flatMap(({ range, kind }) =>
      [...range.getClientRects()]
        // Empty boxes are line ends and the collapsed ranges of nodes the editor replaced.
        .filter((rect) => rect.width >= 1 && rect.bottom >= box.top && rect.top <= box.bottom)
        .map((rect) => ({ rect, kind })),
    );
    this.host.style.display = '';
    this.host.style.width = `${box.width}px`;
    this.host.style.height = `${box.height}px`;
    // A transformed ancestor (a dialog sliding in) moves `position: fixed`: keep the offset it adds.
    moveFixed(this.host, drawn, box.left, box.top);
    const lines = rects.map(({ rect, kind }) => {
      const line = document.createElement('div');
      line.className = `line ${kind}`;
      line.style.left = `${rect.left - box.left}px`;
      line.style.width = `${rect.width}px`;
      // Text a fix just changed is tinted over its whole line box; findings are lines under the text.
      if (kind === 'changed') {
        line.style.top = `${rect.top - box.top}px`;
        line.style.height = `${rect.height}px`;
      } else {
        line.style.top = `${rect.bottom - box.top - 2}px`;
      }
      return line;
    });
    this.root.replaceChildren(this.style, ...lines);
  }
}
