import type { Guidelines } from '../guidelines';

/**
 * A starter pack a brand can keep, edit or delete: plain-language voice, inclusive wording, the spellings of
 * the big platforms' names, and a readable grade. A plain literal, not parsed at load time, because content
 * scripts import it and the pattern-safety analysis is too heavy for them; a unit test validates it instead.
 */
export const defaultGuidelines: Guidelines = {
  name: 'OnBrand starter pack',
  version: 1,
  rules: [
    {
      id: 'hype-words',
      kind: 'existence',
      message: '"%s" reads as hype; say what the thing does instead.',
      severity: 'warning',
      ignorecase: true,
      tokens: [
        'game[- ]changer',
        'revolutionary',
        'best[- ]in[- ]class',
        'world[- ]class',
        'cutting[- ]edge',
        'synergy',
        'disruptive',
        'next[- ]level',
        'unparalleled',
      ],
    },
    {
      id: 'filler-words',
      kind: 'existence',
      message: '"%s" adds little; try the sentence without it.',
      severity: 'info',
      ignorecase: true,
      tokens: ['basically', 'literally', 'actually', 'really very', 'very unique'],
    },
    {
      id: 'inclusive-language',
      kind: 'substitution',
      message: 'Prefer "%s" (inclusive language).',
      severity: 'warning',
      ignorecase: true,
      link: 'https://developers.google.com/style/inclusive-documentation',
      swap: {
        'hey guys': 'hi everyone|hi all',
        'you guys': 'you all|everyone',
        whitelist: 'allowlist',
        blacklist: 'blocklist',
        manpower: 'workforce|staff',
        'man[- ]hours': 'person-hours|work hours',
      },
    },
    {
      id: 'platform-names',
      kind: 'substitution',
      message: 'Write "%s" the way the company does.',
      severity: 'warning',
      ignorecase: true,
      swap: {
        youtube: 'YouTube',
        linkedin: 'LinkedIn',
        tiktok: 'TikTok',
        iphone: 'iPhone',
        'e-mail': 'email',
        'wi-?fi': 'Wi-Fi',
      },
    },
    {
      id: 'exclamation-marks',
      kind: 'occurrence',
      message: 'More than two exclamation marks: let the news carry the excitement.',
      severity: 'info',
      token: '!',
      max: 2,
    },
    {
      id: 'offer-terms',
      kind: 'conditional',
      message: 'An offer ("%s") needs its terms or end date in the post.',
      severity: 'warning',
      ignorecase: true,
      first: '\\d{1,3} ?% off',
      second: '\\b(?:T&Cs?|terms|ends?|until|valid|expires?)\\b',
    },
    {
      id: 'repeated-words',
      kind: 'repetition',
      message: '"%s" is repeated.',
      severity: 'warning',
      ignorecase: true,
      alpha: true,
      tokens: ["[\\p{L}\\p{N}'’]+"],
    },
    {
      id: 'readability',
      kind: 'readability',
      message: 'This draft reads at grade %s; aim for 9 or lower so anyone can follow it.',
      severity: 'info',
      metrics: ['Flesch-Kincaid', 'Coleman-Liau', 'Automated Readability'],
      grade: 9,
    },
    {
      id: 'spelling-consistency',
      kind: 'consistency',
      message: 'Mixed spellings: "%s" here, the other elsewhere.',
      severity: 'info',
      ignorecase: true,
      either: {
        colour: 'color',
        favourite: 'favorite',
        organise: 'organize',
        centre: 'center',
      },
    },
  ],
  marks: [],
};
