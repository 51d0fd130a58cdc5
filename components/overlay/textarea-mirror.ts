import { createShadowHost } from './shadow-host';
import type { TextMark, UnderlineSurface } from './underline-surface';

const STYLE = `
  :host { all: initial; position: fixed; z-index: 2147483644; pointer-events: none; overflow: hidden; }
  .mirror { position: absolute; inset: 0; overflow: hidden; color: transparent; white-space: pre-wrap; overflow-wrap: break-word; }
  .error { text-decoration: underline wavy #d92d20; text-decoration-skip-ink: none; }
  .warning { text-decoration: underline wavy #f79009; text-decoration-skip-ink: none; }
  .info { text-decoration: underline dotted #2e90fa; text-decoration-skip-ink: none; }
  .fold { text-decoration: underline dotted rgb(102 112 133 / 70%); }
  .changed { background: rgb(46 144 250 / 24%); border-radius: 2px; }
`;

// Everything that decides where a textarea's text wraps (component/textarea-caret-position's list).
const COPIED_STYLES = [
  'boxSizing',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'borderStyle',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'fontFamily',
  'fontSize',
  'fontStyle',
  'fontVariant',
  'fontWeight',
  'fontStretch',
  'lineHeight',
  'letterSpacing',
  'wordSpacing',
  'textTransform',
  'textIndent',
  'textAlign',
  'tabSize',
  'direction',
] as const;

/**
 * Underlines for a textarea, whose text no Range can reach: a transparent copy of its text laid out exactly
 * like it, over it, in our own shadow root, with the flagged spans underlined. The textarea is untouched and
 * still gets every click (sites.md §7).
 */
export class TextareaMirror implements UnderlineSurface {
  readonly host: HTMLElement;
  private readonly mirror: HTMLElement;
  /** Each text node of the mirror and the offset its text starts at. */
  private segments: { node: Text; start: number }[] = [];
  private shownText: string | null = null;
  /** False while the textarea is covered (a modal over it): the mirror is drawn above the page. */
  private visible = true;

  constructor(
    private readonly textarea: HTMLTextAreaElement | HTMLInputElement,
    private readonly mountIn: Element,
  ) {
    // Closed: the mirror's spans spell out the flagged words.
    const { host, root } = createShadowHost('onbrand-underlines', STYLE);
    this.host = host;
    this.host.setAttribute('aria-hidden', 'true');
    this.mirror = document.createElement('div');
    this.mirror.className = 'mirror';
    root.append(this.mirror);
  }

  show(text: string, marks: TextMark[]): void {
    if (this.textarea.value !== text) return;
    this.shownText = text;
    this.segments = [];
    const parts: Node[] = [];
    // Cut the text at every mark boundary; each piece carries the kinds of the marks covering it.
    const cuts = [...new Set([0, text.length, ...marks.flatMap((mark) => [mark.start, mark.end])])]
      .filter((cut) => cut >= 0 && cut <= text.length)
      .sort((a, b) => a - b);
    for (let index = 0; index < cuts.length - 1; index++) {
      const start = cuts[index] ?? 0;
      const end = cuts[index + 1] ?? text.length;
      const node = document.createTextNode(text.slice(start, end));
      this.segments.push({ node, start });
      const kinds = marks.filter((mark) => mark.start <= start && mark.end >= end).map((mark) => mark.kind);
      if (kinds.length === 0) {
        parts.push(node);
        continue;
      }
      const span = document.createElement('span');
      span.className = kinds.join(' ');
      span.append(node);
      parts.push(span);
    }
    // A trailing newline only takes up a line in a textarea if something follows it.
    parts.push(document.createTextNode('\u200B'));
    this.mirror.replaceChildren(...parts);
    if (!this.host.isConnected) this.mountIn.append(this.host);
    this.place();
  }

  characterBox(offset: number): DOMRect | null {
    // The mirror holds the last checked text: close enough for a marker between checks.
    if (this.shownText === null || offset >= this.shownText.length) return null;
    const segment = [...this.segments].reverse().find((candidate) => candidate.start <= offset);
    if (!segment) return null;
    const range = document.createRange();
    range.setStart(segment.node, offset - segment.start);
    range.setEnd(segment.node, Math.min(offset - segment.start + 1, segment.node.length));
    const box = range.getClientRects()[0] ?? null;
    const frame = this.textarea.getBoundingClientRect();
    // Scrolled out of the textarea's view.
    if (!box || box.bottom < frame.top || box.top > frame.bottom) return null;
    return box;
  }

  place(visible = this.visible): void {
    this.visible = visible;
    if (!this.host.isConnected) return;
    const box = this.textarea.getBoundingClientRect();
    const style = getComputedStyle(this.textarea);
    Object.assign(this.host.style, {
      left: `${box.left}px`,
      top: `${box.top}px`,
      width: `${box.width}px`,
      height: `${box.height}px`,
      display: visible && box.width > 0 && box.height > 0 ? '' : 'none',
    });
    for (const property of COPIED_STYLES) this.mirror.style[property] = style[property];
    this.mirror.style.borderColor = 'transparent';
    // The textarea's scrollbar narrows its text; the mirror has none, so pad it by the same width.
    const scrollbar =
      this.textarea.offsetWidth -
      this.textarea.clientWidth -
      parseFloat(style.borderLeftWidth) -
      parseFloat(style.borderRightWidth);
    this.mirror.style.paddingRight = `${parseFloat(style.paddingRight) + Math.max(0, scrollbar)}px`;
    if (this.textarea instanceof HTMLInputElement) this.mirror.style.whiteSpace = 'pre';
    this.mirror.scrollTop = this.textarea.scrollTop;
    this.mirror.scrollLeft = this.textarea.scrollLeft;
  }

  destroy(): void {
    this.host.remove();
  }
}
