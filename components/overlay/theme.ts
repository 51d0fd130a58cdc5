/**
 * Light and dark colours of the badge, the panel and the fold marker. Every text colour here reaches 4.5:1
 * against the background it is drawn on (WCAG 2.2 SC 1.4.3; checked in tests/unit/overlay-theme.test.ts).
 * One product blue (`accent`) for every action; links take `link`, the same blue made readable on dark.
 * Notices (what OnBrand did or left alone, which markets it assumes) are information, not errors: a blue tint
 * with a blue edge in both themes (Untitled UI's blue 50 and 950), never the error or warning hues.
 */
export const PALETTE = {
  light: {
    bg: '#ffffff',
    card: '#f9fafb',
    text: '#1d2939',
    muted: '#475467',
    border: '#d0d5dd',
    error: '#b42318',
    warning: '#b54708',
    ok: '#067647',
    accent: '#175cd3',
    onAccent: '#ffffff',
    link: '#175cd3',
    notice: '#eff8ff',
    noticeEdge: '#2e90fa',
    fold: '#475467',
    onFold: '#ffffff',
  },
  dark: {
    bg: '#161b26',
    card: '#1f242f',
    text: '#f5f5f6',
    muted: '#cecfd2',
    border: '#475467',
    error: '#fda29b',
    warning: '#fec84b',
    ok: '#75e0a7',
    accent: '#175cd3',
    onAccent: '#ffffff',
    link: '#84caff',
    notice: '#102a56',
    noticeEdge: '#53b1fd',
    fold: '#cecfd2',
    onFold: '#161b26',
  },
} as const;

export type Theme = keyof typeof PALETTE;

const vars = (theme: Theme) =>
  Object.entries(PALETTE[theme])
    .map(([name, value]) => `--${name}:${value}`)
    .join(';');

/** Custom properties for a shadow root's `:host`: light unless the host says `data-theme="dark"`. */
export const THEME_CSS = `:host{${vars('light')}}:host([data-theme="dark"]){${vars('dark')}}`;

/**
 * The theme the composer is drawn in: the first opaque background behind it, light or dark by its luminance
 * (sites switch themes with their own class names, but the colour they paint is what the user sees); where
 * nothing behind it is painted, the browser's `prefers-color-scheme`.
 */
export function themeBehind(element: Element): Theme {
  for (let node: Element | null = element; node; ) {
    const colour = getComputedStyle(node).backgroundColor.match(/[\d.]+/g);
    if (colour && (colour[3] === undefined || Number(colour[3]) > 0.5)) {
      const [r = 0, g = 0, b = 0] = colour.map(Number);
      return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
    }
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
