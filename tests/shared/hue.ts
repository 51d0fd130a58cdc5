// The HSL hue of a colour, for tests that tell an information tint (blue) from an error's (red) or a
// warning's (amber) without a person looking.

/** Hue in degrees (0 red, 120 green, 240 blue) of channels from 0 to 1; NaN for a grey. */
export function hue(r: number, g: number, b: number): number {
  const max = Math.max(r, g, b);
  const span = max - Math.min(r, g, b);
  if (span === 0) return Number.NaN;
  const sector = max === r ? ((g - b) / span + 6) % 6 : max === g ? (b - r) / span + 2 : (r - g) / span + 4;
  return sector * 60;
}

/** The hue of `#rrggbb`. */
export function hueOfHex(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255);
  return hue(r, g, b);
}

/** The hue of a computed `rgb(r, g, b)` or `rgba(…)` colour. */
export function hueOfCss(css: string | null): number {
  const [r = 0, g = 0, b = 0] = (css?.match(/[\d.]+/g) ?? []).map((part) => Number(part) / 255);
  return hue(r, g, b);
}
