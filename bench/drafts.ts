import type { Guidelines, Rule } from '@/utils/checks';

/**
 * Realistic drafts for the benchmark: a brand's caption with mentions, hashtags, a link, emoji, a discount code
 * and a disclosure, built from varied paragraphs so no rule hits the same line every time.
 */
const PARAGRAPHS = [
  'Ad | We spent six months rebuilding the Trailhead jacket with @outdoorlab, and it finally ships today. 🧥',
  'The new shell is 20% lighter, packs into its own pocket and keeps you dry through a real storm, not a drizzle.',
  'Our team tested it on the West Highland Way in October: four days, 154 km, rain every single afternoon.',
  'Use code TRAIL15 for 15% off until Sunday at midnight. T&Cs at https://example.com/terms?utm_source=social',
  'Honestly, this is the jacket we wished we had when we started the company back in 2014. 🌧️⛰️',
  'Every seam is taped, the hood fits over a helmet, and the zips are the ones you can work with gloves on.',
  '“We wanted something you forget you are wearing until the weather turns,” says our designer @mira.k.',
  'Questions about sizing? Reply here or read the guide at example.com/sizing and we will help you choose.',
  'Thanks to everyone who sent photos from the beta; a few of them are in the carousel (📸 @hikerjo, @samwalks).',
  'Repairs are free for life, because a jacket that lasts is better for you and for the hills we all love.',
  '#hiking #outdoors #rainjacket #trailhead',
];

export function draftOf(length: number): string {
  let text = '';
  let index = 0;
  while (text.length < length) {
    text += `${PARAGRAPHS[index % PARAGRAPHS.length]}${index % 3 === 2 ? '\n\n' : ' '}`;
    index += 1;
  }
  return text.slice(0, length);
}

const WORDS = [
  'synergy',
  'leverage',
  'paradigm',
  'holistic',
  'robust',
  'seamless',
  'scalable',
  'innovative',
  'empower',
  'streamline',
  'ecosystem',
  'bandwidth',
  'actionable',
  'deliverable',
  'stakeholder',
  'impactful',
  'bleeding edge',
  'low-hanging fruit',
  'move the needle',
  'circle back',
  'deep dive',
  'thought leader',
  'best practice',
  'touch base',
  'value add',
  'win-win',
  'game plan',
  'mission critical',
  'next generation',
  'world-class',
  'user-friendly',
  'state of the art',
  'turnkey',
  'disrupt',
  'unlock',
  'supercharge',
  'revolutionize',
  'cutting-edge',
  'frictionless',
  'hyper-personalized',
];

/**
 * A 200-rule guideline set like a large brand's: mostly banned-word lists and preferred spellings, with some
 * counted patterns, conditionals, consistency pairs and repetition checks.
 */
export function largeGuidelines(): Guidelines {
  const rules: Rule[] = [];
  const word = (i: number) => WORDS[i % WORDS.length] as string;
  for (let i = 0; i < 110; i++) {
    rules.push({
      id: `banned-${i}`,
      kind: 'existence',
      message: 'Avoid "%s".',
      severity: 'warning',
      ignorecase: true,
      tokens: [word(i), `${word(i + 7)}s?`, `${word(i + 13)}-${i}`],
    });
  }
  for (let i = 0; i < 50; i++) {
    rules.push({
      id: `spelling-${i}`,
      kind: 'substitution',
      message: 'Write "%s", not "%s".',
      severity: 'warning',
      ignorecase: true,
      swap: {
        [`product${i}`]: `Product${i}`,
        [`brand-name-${i}`]: `BrandName${i}`,
        [`e-mail${i}`]: `email${i}`,
      },
    });
  }
  for (let i = 0; i < 20; i++) {
    rules.push({
      id: `count-${i}`,
      kind: 'occurrence',
      message: 'Too many: %s.',
      severity: 'info',
      token: i % 2 ? '#[\\p{L}\\p{N}_]+' : `\\b${word(i)}\\b`,
      max: 3 + i,
    });
  }
  for (let i = 0; i < 10; i++) {
    rules.push({
      id: `conditional-${i}`,
      kind: 'conditional',
      message: '"%s" needs its terms.',
      severity: 'warning',
      first: `\\b\\d{1,3}% off${i}\\b`,
      second: '\\bT&Cs\\b',
    });
  }
  for (let i = 0; i < 5; i++) {
    rules.push({
      id: `consistency-${i}`,
      kind: 'consistency',
      message: 'Mixed spellings: %s.',
      severity: 'info',
      either: { [`colou?r${i}`]: `hue${i}` },
    });
  }
  for (let i = 0; i < 5; i++) {
    rules.push({
      id: `repetition-${i}`,
      kind: 'repetition',
      message: '"%s" repeated.',
      severity: 'warning',
      tokens: ['[\\p{L}]+'],
    });
  }
  return { name: 'Large brand', version: 1, rules, marks: [{ term: 'Trailhead', symbol: '®' }] };
}
