import { describe, expect, it } from 'vitest';
import { PALETTE } from '@/components/overlay/theme';
import { hueOfHex as hue } from '../shared/hue';

// WCAG 2.2 relative luminance and contrast ratio (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio).
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((at) => {
    const channel = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('overlay palette', () => {
  it('reads hues as HSL does', () => {
    expect(hue('#ff0000')).toBe(0);
    expect(hue('#00ff00')).toBe(120);
    expect(hue('#0000ff')).toBe(240);
    expect(hue('#808080')).toBeNaN();
  });

  it('matches the WCAG reference points', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeGreaterThan(4.5);
    expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  for (const theme of ['light', 'dark'] as const) {
    const colours = PALETTE[theme];
    // Every text colour against each background it is drawn on.
    const pairs: [string, string, string][] = [
      ...(['text', 'muted', 'error', 'warning', 'ok', 'link'] as const).flatMap((text) =>
        (['bg', 'card'] as const).map((bg): [string, string, string] => [
          `${text} on ${bg}`,
          colours[text],
          colours[bg],
        ]),
      ),
      ['text on notice', colours.text, colours.notice],
      ['muted on notice', colours.muted, colours.notice],
      ['link on notice', colours.link, colours.notice],
      ['button text on accent', colours.onAccent, colours.accent],
      ['fold label', colours.onFold, colours.fold],
    ];
    // A notice says what OnBrand did or assumed: information, tinted blue, not like an error or a warning
    // (the dark theme's notice was a dark red-brown, read as an error).
    it(`${theme}: notices are tinted blue, not red or amber`, () => {
      for (const colour of [colours.notice, colours.noticeEdge]) {
        expect(hue(colour)).toBeGreaterThanOrEqual(195);
        expect(hue(colour)).toBeLessThanOrEqual(235);
      }
      expect(Math.abs(hue(colours.notice) - hue(colours.error))).toBeGreaterThan(90);
    });
    for (const [name, text, background] of pairs) {
      it(`${theme}: ${name} reaches 4.5:1`, () => {
        expect(contrast(text, background)).toBeGreaterThanOrEqual(4.5);
      });
    }
  }
});
