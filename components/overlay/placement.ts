/**
 * Where the badge and the panel go beside a composer, in viewport coordinates. Our own few lines rather than
 * @floating-ui/dom: its computePosition with the offset, flip, shift and size middleware is 6.2 KB gzip
 * (1.8.0, esbuild --minify), this file about a tenth of that, and every content script has a 60 KB budget.
 * What we need is narrower than what it solves: a fixed-position box beside one rectangle, on the first side
 * where it fits whole, never over the rectangle (docs/overlay.md).
 */

/** A side of the anchor and the edge the box lines up with: `right-end` is to the right, bottoms aligned. */
export type Side = 'right-start' | 'right-end' | 'left-start' | 'left-end' | 'below-end' | 'above-end';

export interface Placement {
  left: number;
  top: number;
  /** The height the box may take on this side (less than it wants when no side has room for all of it). */
  height: number;
}

const MARGIN = 4;

/**
 * The box of `width` × `height` beside `anchor`, `gap` px away, on the first of `sides` where it fits inside
 * the viewport whole. When none does, the side with the most room: the box is cut to that room (the panel
 * scrolls inside), and still kept off the anchor.
 */
export function placeBeside(
  anchor: DOMRect,
  width: number,
  height: number,
  sides: readonly Side[],
  gap: number,
): Placement {
  return placeAround(anchor, width, height, sides, gap, []);
}

/**
 * As `placeBeside`, and off the site's `controls` too (the composer's dialog title, its toolbar, its Post
 * button): on each side, a box that would cover one is slid along that side beside the controls (below or
 * above the anchor), else moved on past them, away from the anchor, as if they were part of the anchor. The first side where it then fits whole wins; else the side with the most
 * room, cut to it. Only when no side has room across does the box fall back to overlapping.
 */
export function placeAround(
  anchor: DOMRect,
  width: number,
  height: number,
  sides: readonly Side[],
  gap: number,
  controls: readonly DOMRect[],
): Placement {
  let best: Placement | null = null;
  let bestRoom = -1;
  for (const side of sides) {
    let around: Edges = anchor;
    // Each pass takes in at least one more control, so there are at most as many passes as controls.
    for (let pass = 0; pass <= controls.length; pass++) {
      const onThisSide = onSide(around, width, height, side, gap);
      if (!onThisSide) break;
      const clear = (left: number) =>
        controls.every((c) => !overlaps(left, onThisSide.top, width, onThisSide.height, c, 0));
      let placement: Placement | null = clear(onThisSide.left) ? onThisSide : null;
      if (!placement && (side === 'below-end' || side === 'above-end')) {
        // Below or above: slid along the row to the clear spot nearest where it would be, beside the controls
        // (LinkedIn's share modal at 1280 px: left of its Post button, over the modal's empty foot).
        const [left] = controls
          .flatMap((c) => [c.left - gap - width, c.right + gap])
          .filter((x) => x >= MARGIN && x + width <= window.innerWidth - MARGIN && clear(x))
          .sort((a, b) => Math.abs(a - onThisSide.left) - Math.abs(b - onThisSide.left));
        if (left !== undefined) placement = { ...onThisSide, left };
      }
      if (!placement) {
        const covered = controls.filter((c) =>
          overlaps(onThisSide.left, onThisSide.top, width, onThisSide.height, c, 0),
        );
        around = covered.reduce(union, around);
        continue;
      }
      if (placement.height === height) return placement;
      if (placement.height > bestRoom) {
        best = placement;
        bestRoom = placement.height;
      }
      break;
    }
  }
  // No side has room even across: below the anchor's top edge at the viewport's end, the least-bad overlap.
  const viewHeight = window.innerHeight;
  const h = Math.min(height, viewHeight - 2 * MARGIN);
  return (
    best ?? {
      left: clampX(anchor.right - width, width),
      top: Math.max(MARGIN, Math.min(viewHeight - h - MARGIN, anchor.bottom + gap)),
      height: h,
    }
  );
}

/** The box on one side of `anchor`, cut to the room there; null when it does not fit across or there is none. */
function onSide(anchor: Edges, width: number, height: number, side: Side, gap: number): Placement | null {
  const viewWidth = window.innerWidth;
  const viewHeight = window.innerHeight;
  // Room on this side: across (the box's width must fit) and along (the height it may take).
  const beside = side.startsWith('right') || side.startsWith('left');
  const across = side.startsWith('right')
    ? viewWidth - anchor.right - gap - MARGIN
    : side.startsWith('left')
      ? anchor.left - gap - MARGIN
      : viewWidth - 2 * MARGIN;
  const along = beside
    ? viewHeight - 2 * MARGIN
    : side === 'below-end'
      ? viewHeight - anchor.bottom - gap - MARGIN
      : anchor.top - gap - MARGIN;
  if (across < width || along <= 0) return null;
  const h = Math.min(height, along);
  if (beside) {
    const top = side.endsWith('start') ? anchor.top : anchor.bottom - h;
    return {
      left: side.startsWith('right') ? anchor.right + gap : anchor.left - gap - width,
      top: Math.max(MARGIN, Math.min(viewHeight - h - MARGIN, top)),
      height: h,
    };
  }
  return {
    left: clampX(anchor.right - width, width),
    top: side === 'below-end' ? anchor.bottom + gap : anchor.top - gap - h,
    height: h,
  };
}

function clampX(x: number, width: number): number {
  return Math.max(MARGIN, Math.min(window.innerWidth - width - MARGIN, x));
}

/** A box's edges in viewport coordinates: all the sides need of a rectangle. */
type Edges = Pick<DOMRect, 'left' | 'top' | 'right' | 'bottom'>;

function union(a: Edges, b: Edges): Edges {
  return {
    left: Math.min(a.left, b.left),
    top: Math.min(a.top, b.top),
    right: Math.max(a.right, b.right),
    bottom: Math.max(a.bottom, b.bottom),
  };
}

/**
 * Moves a `position: fixed` host to viewport coordinates, given its box as drawn now. A transformed ancestor (a
 * dialog sliding in) makes `fixed` relative to itself instead of the viewport: the offset between where the
 * host's `left`/`top` put it and where it shows is kept. Read before write, so placing costs no extra layout.
 */
export function moveFixed(host: HTMLElement, drawn: DOMRect, left: number, top: number): void {
  const dx = drawn.width > 0 ? drawn.left - (Number.parseFloat(host.style.left) || 0) : 0;
  const dy = drawn.width > 0 ? drawn.top - (Number.parseFloat(host.style.top) || 0) : 0;
  host.style.left = `${left - dx}px`;
  host.style.top = `${top - dy}px`;
}

/**
 * The badge's spot: the first of `sides` where it fits and covers none of the site's own controls (the
 * composer's Post button, its close ×, a toolbar row), else the nearest spot to the composer's bottom-right
 * corner that keeps off the composer and every control and stays in the viewport: slid along the composer's
 * edge past the controls, between them in their row, or past the row. Null when there is no such spot.
 */
export function placeClear(
  anchor: DOMRect,
  width: number,
  height: number,
  sides: readonly Side[],
  gap: number,
  controls: readonly DOMRect[],
): { left: number; top: number } | null {
  const viewWidth = window.innerWidth;
  const viewHeight = window.innerHeight;
  // Only what the box could touch matters: the controls around the anchor.
  const reach = Math.max(width, height) + 2 * gap;
  const near = controls.filter(
    (c) =>
      c.right > anchor.left - reach - width &&
      c.left < anchor.right + reach + width &&
      c.bottom > anchor.top - reach - height &&
      c.top < anchor.bottom + reach + height,
  );
  const clear = (left: number, top: number) =>
    left >= MARGIN &&
    top >= MARGIN &&
    left + width <= viewWidth - MARGIN &&
    top + height <= viewHeight - MARGIN &&
    !overlaps(left, top, width, height, anchor, 0) &&
    near.every((control) => !overlaps(left, top, width, height, control, 2));
  for (const side of sides) {
    const { left, top } = placeBeside(anchor, width, height, [side], gap);
    if (clear(left, top)) return { left, top };
  }
  const xs = [anchor.right + gap, anchor.left - gap - width, anchor.right - width, anchor.left];
  const ys = [anchor.bottom - height, anchor.top, anchor.bottom + gap, anchor.top - gap - height];
  for (const control of near) {
    xs.push(control.left - gap - width, control.right + gap);
    ys.push(control.bottom + gap, control.top - gap - height, (control.top + control.bottom - height) / 2);
  }
  // Distance from the anchor's bottom-right corner to the box: the badge stays where its composer ends.
  const distance = (left: number, top: number) =>
    Math.hypot(
      Math.max(0, left - anchor.right, anchor.right - (left + width)),
      Math.max(0, top - anchor.bottom, anchor.bottom - (top + height)),
    );
  let best: { left: number; top: number } | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const top of ys) {
    for (const left of xs) {
      const d = distance(left, top);
      if (d < bestDistance && clear(left, top)) {
        best = { left, top };
        bestDistance = d;
      }
    }
  }
  return best;
}

function overlaps(left: number, top: number, width: number, height: number, r: DOMRect, pad: number) {
  return (
    left < r.right + pad && r.left - pad < left + width && top < r.bottom + pad && r.top - pad < top + height
  );
}
