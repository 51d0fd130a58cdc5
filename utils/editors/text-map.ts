const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/;
const ZERO_WIDTH_ALL = /[\u200B-\u200D\u2060\uFEFF]/g;
const BLOCK_TAGS = new Set(['DIV', 'P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE']);

/**
 * One stretch of the composer's text and the DOM that holds it. Text pieces point at a text node; `<br>` and
 * `<img>` pieces at the element; empty blocks get a zero-length piece so offsets inside them have a home.
 */
interface Piece {
  start: number;
  end: number;
  node: Node;
  kind: 'text' | 'element' | 'empty-block';
  /** Raw nodeValue of a text piece that held zero-width characters (dropped from the text). */
  raw?: string;
}

export interface ComposerTextMap {
  text: string;
  pieces: Piece[];
}

export interface DomPoint {
  node: Node;
  offset: number;
}

/**
 * The composer's text exactly as its editor holds it, read from the DOM, with where each character lives.
 * innerText and textContent both get line breaks wrong in rich editors (docs/sites.md §3), so
 * walk the blocks ourselves: Draft.js `[data-block]`s, else the root's children; `<br>` is a newline, `<img>` its
 * alt (X and YouTube render emoji as images); one trailing newline per block is the caret placeholder.
 */
export function mapComposerText(root: Element): ComposerTextMap {
  const draftBlocks = root.querySelectorAll('[data-block="true"]');
  const blocks = draftBlocks.length > 0 ? [...draftBlocks] : linesOf(root);
  const pieces: Piece[] = [];
  let text = '';
  blocks.forEach((block, index) => {
    if (index > 0) text += '\n';
    const blockStart = text.length;
    const firstPiece = pieces.length;
    const push = (node: Node, kind: Piece['kind'], value: string, raw?: string) => {
      pieces.push({ start: text.length, end: text.length + value.length, node, kind, raw });
      text += value;
    };
    const visit = (child: Node) => {
      if (child.nodeType === Node.TEXT_NODE) {
        const raw = child.nodeValue ?? '';
        if (ZERO_WIDTH.test(raw)) push(child, 'text', raw.replace(ZERO_WIDTH_ALL, ''), raw);
        else push(child, 'text', raw);
      } else if (child.nodeName === 'BR') push(child, 'element', '\n');
      else if (child.nodeName === 'IMG') push(child, 'element', (child as HTMLImageElement).alt);
      else child.childNodes.forEach(visit);
    };
    if (Array.isArray(block)) block.forEach(visit);
    else block.childNodes.forEach(visit);
    const last = pieces[pieces.length - 1];
    if (pieces.length > firstPiece && text.endsWith('\n') && last) {
      // The block's last newline is the editor's caret placeholder, not a line the user typed.
      text = text.slice(0, -1);
      if (last.kind === 'element') {
        pieces.pop();
        if (pieces.length === firstPiece)
          pieces.push({ ...last, start: blockStart, end: blockStart, kind: 'empty-block' });
      } else last.end -= 1;
    } else if (pieces.length === firstPiece) {
      pieces.push({
        start: blockStart,
        end: blockStart,
        node: Array.isArray(block) ? (block[0] ?? root) : block,
        kind: 'empty-block',
      });
    }
  });
  return { text: text.replace(/\u00A0/g, ' '), pieces };
}

/**
 * The root's lines. Rich editors (Lexical, Quill, ProseMirror) hold only block children; a plain
 * contenteditable (YouTube) mixes a first line of bare text with the <div>s Chrome adds on Enter, so runs of
 * inline nodes between blocks make a line of their own.
 */
function linesOf(root: Element): (Element | Node[])[] {
  const lines: (Element | Node[])[] = [];
  let inline: Node[] = [];
  for (const child of root.childNodes) {
    if (child instanceof Element && BLOCK_TAGS.has(child.nodeName)) {
      if (inline.length > 0) lines.push(inline);
      inline = [];
      lines.push(child);
    } else inline.push(child);
  }
  if (inline.length > 0) lines.push(inline);
  return lines;
}

/**
 * The DOM position of a text offset. At a boundary between two pieces, `side: 'start'` picks the later piece
 * (a range starting there starts in it) and `'end'` the earlier one; offsets on the newline between two blocks
 * go to the end of the earlier block (`start`) or the start of the later one (`end`), so a range over the
 * newline spans the block boundary.
 */
export function domPointAt(
  map: ComposerTextMap,
  root: Element,
  offset: number,
  side: 'start' | 'end',
): DomPoint {
  const { pieces } = map;
  if (pieces.length === 0) return { node: root, offset: 0 };
  let piece: Piece | undefined;
  if (side === 'start') {
    for (const candidate of pieces) if (candidate.start <= offset) piece = candidate;
    piece ??= pieces[0];
  } else {
    piece = pieces.find((candidate) => candidate.end >= offset) ?? pieces[pieces.length - 1];
  }
  if (!piece) return { node: root, offset: 0 };
  const within = Math.max(0, Math.min(offset, piece.end) - piece.start);
  return pointInPiece(piece, offset < piece.start ? 0 : within, offset > piece.end);
}

function pointInPiece(piece: Piece, within: number, pastEnd: boolean): DomPoint {
  if (piece.kind === 'text') {
    const length = piece.end - piece.start;
    const at = pastEnd ? length : within;
    return { node: piece.node, offset: piece.raw ? rawOffset(piece.raw, at) : at };
  }
  if (piece.kind === 'empty-block' && piece.node.nodeName !== 'BR') return { node: piece.node, offset: 0 };
  // Before or after an element: addressed through its parent.
  const parent = piece.node.parentNode;
  if (!parent) return { node: piece.node, offset: 0 };
  const index = Array.prototype.indexOf.call(parent.childNodes, piece.node);
  const after = piece.kind === 'element' && (pastEnd || within > 0);
  return { node: parent, offset: index + (after ? 1 : 0) };
}

/** Offset into a raw nodeValue that has `clean` visible (non-zero-width) characters before it. */
function rawOffset(raw: string, clean: number): number {
  let seen = 0;
  for (let index = 0; index < raw.length; index++) {
    if (seen === clean) return index;
    if (!ZERO_WIDTH.test(raw[index] ?? '')) seen += 1;
  }
  return raw.length;
}

/** A DOM Range over text offsets [start, end) of the composer. */
export function rangeAt(map: ComposerTextMap, root: Element, start: number, end: number): Range {
  const range = root.ownerDocument.createRange();
  const from = domPointAt(map, root, start, 'start');
  const to = domPointAt(map, root, end, 'end');
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
