// The editor libraries the sites use, one test page each. X's own page is Draft.js; the other pages mount one
// real editor with X's composer attributes at an x.com URL (tests/fixtures/sites/editors), so the X content
// script runs there and the product's own paths drive that library.
export const EDITOR_PAGES = [
  { url: 'https://x.com/home', bundle: 'x/home', name: 'Draft.js 0.11 (X home)' },
  ...(
    [
      ['lexical', 'Lexical 0.52 rich text'],
      ['quill1', 'Quill 1.3.7'],
      ['quill2', 'Quill 2.0.3'],
      ['tiptap', 'TipTap 3'],
      ['textarea', 'React 18 textarea'],
    ] as const
  ).map(([page, name]) => ({
    url: `https://x.com/onbrand-editor-test/${page}`,
    bundle: `editors/${page}`,
    name,
  })),
];
