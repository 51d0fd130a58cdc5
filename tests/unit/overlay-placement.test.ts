import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { placeAround, placeBeside, placeClear } from '@/components/overlay/placement';

// Viewport rectangles as DOMRect-likes: the function reads only their edges.
const rect = (left: number, top: number, width: number, height: number) =>
  ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top }) as DOMRect;

const overlaps = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

function viewport(width: number, height: number) {
  vi.stubGlobal('window', { innerWidth: width, innerHeight: height });
}

describe('placeBeside', () => {
  beforeEach(() => viewport(1280, 800));
  afterEach(() => vi.unstubAllGlobals());

  it('puts the box on the first side with room, off the anchor', () => {
    const composer = rect(200, 100, 600, 120);
    const placed = placeBeside(composer, 360, 400, ['right-start', 'below-end'], 8);
    expect(placed).toEqual({ left: 808, top: 100, height: 400 });
    expect(overlaps(rect(placed.left, placed.top, 360, placed.height), composer)).toBe(false);
  });

  it('flips below when neither side has room across, on a phone', () => {
    viewport(390, 844);
    const composer = rect(0, 80, 390, 200);
    const placed = placeBeside(
      composer,
      382,
      500,
      ['right-start', 'left-start', 'below-end', 'above-end'],
      8,
    );
    expect(placed).toEqual({ left: 4, top: 288, height: 500 });
  });

  it('flips above a composer at the bottom of the viewport', () => {
    viewport(390, 844);
    const composer = rect(0, 600, 390, 200);
    const placed = placeBeside(
      composer,
      382,
      400,
      ['right-start', 'left-start', 'below-end', 'above-end'],
      8,
    );
    expect(placed).toEqual({ left: 4, top: 192, height: 400 });
  });

  it('cuts the box to the side with the most room when none fits whole, still off the anchor', () => {
    viewport(390, 844);
    const composer = rect(0, 300, 390, 200);
    const placed = placeBeside(
      composer,
      382,
      600,
      ['right-start', 'left-start', 'below-end', 'above-end'],
      8,
    );
    // Below: 844 - 500 - 8 - 4 = 332; above: 300 - 8 - 4 = 288.
    expect(placed).toEqual({ left: 4, top: 508, height: 332 });
    expect(overlaps(rect(placed.left, placed.top, 382, placed.height), composer)).toBe(false);
    expect(placed.top + placed.height).toBeLessThanOrEqual(844 - 4);
  });

  it('keeps a box beside the anchor inside the viewport vertically', () => {
    const composer = rect(100, 700, 600, 90);
    const placed = placeBeside(composer, 140, 24, ['right-end'], 6);
    expect(placed).toEqual({ left: 706, top: 766, height: 24 });
    const tall = placeBeside(rect(100, 10, 600, 90), 360, 700, ['right-start'], 8);
    expect(tall.top + tall.height).toBeLessThanOrEqual(796);
  });
});

describe('placeAround', () => {
  afterEach(() => vi.unstubAllGlobals());
  const SIDES = ['right-start', 'left-start', 'below-end', 'above-end'] as const;

  it('moves the panel below the Post row under a full-width editor, on a phone (LinkedIn share modal)', () => {
    viewport(390, 844);
    const editor = rect(24, 96, 342, 200);
    const toolbar = rect(20, 304, 40, 40);
    const post = rect(302, 356, 64, 32);
    const placed = placeAround(editor, 382, 340, SIDES, 8, [toolbar, post]);
    // Below the editor (304) would cover the toolbar and the Post button: below the Post row instead.
    expect(placed).toEqual({ left: 4, top: 396, height: 340 });
    const panel = rect(placed.left, placed.top, 382, placed.height);
    for (const covered of [editor, toolbar, post]) expect(overlaps(panel, covered)).toBe(false);
  });

  it('slides the panel along the row beside the Post button where the viewport is wide (LinkedIn at 1280)', () => {
    viewport(1280, 720);
    const composer = rect(292, 150, 696, 190);
    const schedule = rect(868, 408, 40, 40);
    const post = rect(916, 412, 72, 32);
    const placed = placeAround(composer, 360, 400, ['below-end'], 8, [schedule, post]);
    // Right-aligned with the composer it would cover both: left of the clock button instead, same top.
    expect(placed).toEqual({ left: 500, top: 348, height: 368 });
  });

  it('takes the next side when moving past the controls leaves no room on the first', () => {
    viewport(390, 844);
    const editor = rect(0, 300, 390, 200);
    const footer = rect(0, 508, 390, 300);
    const placed = placeAround(editor, 382, 280, SIDES, 8, [footer]);
    // Below the footer is off the viewport: above the editor, where it fits whole.
    expect(placed).toEqual({ left: 4, top: 12, height: 280 });
  });

  it('is placeBeside when there are no controls', () => {
    viewport(1280, 800);
    const composer = rect(200, 100, 600, 120);
    expect(placeAround(composer, 360, 400, SIDES, 8, [])).toEqual(placeBeside(composer, 360, 400, SIDES, 8));
  });
});

describe('placeClear', () => {
  beforeEach(() => viewport(1280, 800));
  afterEach(() => vi.unstubAllGlobals());
  const SIDES = ['right-end', 'left-end', 'below-end', 'above-end'] as const;

  it('keeps the first side with room when no control is there', () => {
    const composer = rect(200, 100, 600, 120);
    expect(placeClear(composer, 140, 24, SIDES, 6, [rect(700, 240, 80, 32)])).toEqual({
      left: 806,
      top: 196,
    });
  });

  it("on a phone, keeps off LinkedIn's Post button and close × under and over a full-width editor", () => {
    viewport(390, 844);
    const composer = rect(16, 100, 358, 120);
    const post = rect(300, 230, 74, 32);
    const close = rect(342, 56, 32, 32);
    const placed = placeClear(composer, 140, 24, SIDES, 6, [post, close]);
    if (!placed) throw new Error('there is room below the editor, left of Post');
    const box = rect(placed.left, placed.top, 140, 24);
    for (const other of [composer, post, close]) expect(overlaps(box, other)).toBe(false);
    expect(box.left).toBeGreaterThanOrEqual(4);
    expect(box.right).toBeLessThanOrEqual(386);
    // Still at the composer's end: under the editor, past the Post button's row, not up by the ×.
    expect(box.top).toBeGreaterThanOrEqual(composer.bottom);
    expect(box.top - composer.bottom).toBeLessThanOrEqual(60);
    expect(box.right).toBeGreaterThan(composer.right - 140);
  });

  it('is null when the controls leave no spot in the viewport', () => {
    viewport(390, 844);
    const composer = rect(0, 0, 390, 844);
    expect(placeClear(composer, 140, 24, SIDES, 6, [])).toBeNull();
  });
});
