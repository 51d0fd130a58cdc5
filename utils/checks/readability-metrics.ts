// Apart from guidelines.ts so the readability rule can name its metrics without pulling the guideline schemas
// (and their pattern-safety analysis) into every content script.
export const READABILITY_METRICS = [
  'Flesch-Kincaid',
  'Gunning Fog',
  'Coleman-Liau',
  'SMOG',
  'Automated Readability',
] as const;
