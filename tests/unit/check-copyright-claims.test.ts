import { describe, expect, it } from 'vitest';
import { type CheckOptions, checkDraft, GuidelinesSchema } from '@/utils/checks';

const show = (text: string, options: CheckOptions, category: 'copyright' | 'claims') =>
  checkDraft(text, options)
    .filter((f) => f.category === category)
    .map((f) => `${f.start}-${f.end} ${f.ruleId} [${text.slice(f.start, f.end)}]`);

describe('copyright', () => {
  it.each([
    ['a repost with no credit', 'Repost because this made my day 😂', ['0-6 repost-credit [Repost]']],
    ['a repost credited with a handle', 'Repost from @sunsetsnaps, this made my day', []],
    ['a photo credited by name', '🌅 Photo by Ana Lima, used with permission', []],
    ['📸 with nothing after it', 'Golden hour 📸: ', ['12-15 repost-credit [📸:]']],
    [
      'a long quotation without a source',
      '💬 Best thing I read today: "the best time to plant a tree was twenty years ago and the second best time is now, so go"',
      [
        '28-119 quote-source ["the best time to plant a tree was twenty years ago and the second best time is now, so go"]',
      ],
    ],
    [
      'a long quotation with its author',
      '“The best time to plant a tree was twenty years ago and the second best time is now, so go” — Chinese proverb',
      [],
    ],
    ['a short quotation is fine', 'She said "see you soon" and left', []],
    [
      'a stock photo link',
      'Image: shutterstock_123456789.jpg',
      ['7-29 stock-photo [shutterstock_123456789]'],
    ],
    [
      'Unsplash credit in the caption',
      'Photo: Unsplash, edited by us',
      ['0-15 stock-photo [Photo: Unsplash]'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(show(text, { platform: 'instagram', relationship: 'none' }, 'copyright')).toEqual(expected);
  });

  it('names the saved post a draft copies and how similar it is', () => {
    const saved = {
      id: 'post-42',
      author: 'rivalco',
      text: 'Our autumn collection is here: warm wool coats, soft scarves and boots made to last all winter long.',
    };
    const copy = '🍂 Our autumn collection is here: warm wool coats, soft scarves and boots made to last!';
    const [finding] = checkDraft(copy, { platform: 'x', savedPosts: [saved] }).filter(
      (f) => f.ruleId === 'similar-post',
    );
    expect(finding?.message).toMatch(
      /^This draft is \d+% similar to @rivalco’s saved post "Our autumn collection/,
    );
    expect(finding?.message).toContain('(post-42)');
    expect(copy.slice(finding?.start, finding?.end)).toBe(
      'Our autumn collection is here: warm wool coats, soft scarves and boots made to last',
    );
    const own = 'Sunday plans: a long walk by the sea, a good book, and an early night before the busy week.';
    expect(
      checkDraft(own, { platform: 'x', savedPosts: [saved] }).filter((f) => f.ruleId === 'similar-post'),
    ).toEqual([]);
  });

  it('asks for ® on the first mention of a registered mark when the guidelines list it', () => {
    const guidelines = GuidelinesSchema.parse({ rules: [], marks: [{ term: 'Acme', symbol: '®' }] });
    const options = { platform: 'x' as const, guidelines, relationship: 'none' as const };
    expect(show('😀 Meet acme pro. Acme pro is fast.', options, 'copyright')).toEqual([
      '8-12 registered-mark [acme]',
    ]);
    expect(show('Meet Acme® Pro. Acme Pro is fast.', options, 'copyright')).toEqual([]);
    const [finding] = checkDraft('Meet acme', options).filter((f) => f.ruleId === 'registered-mark');
    expect(finding?.suggestions).toEqual(['Acme®']);
  });
});

describe('claims', () => {
  it.each([
    ['a disease claim', 'This tea cures anxiety 🍵', ['9-22 health-claim [cures anxiety]']],
    ['health puffery', 'Clinically proven to glow', ['0-17 health-claim [Clinically proven]']],
    [
      'an investment promise',
      'Guaranteed returns with our crypto fund',
      ['0-18 financial-claim [Guaranteed returns]'],
    ],
    ['an investment promise with a risk warning', 'Guaranteed returns? No. Capital at risk.', []],
    ['ordinary wellbeing talk', 'A walk in the park helps me think.', []],
  ])('%s', (_name, text, expected) => {
    expect(show(text, { platform: 'x' }, 'claims')).toEqual(expected);
  });

  it('an investment promise is an error, a money promise elsewhere a warning', () => {
    const severity = (text: string) =>
      checkDraft(text, { platform: 'x' }).find((f) => f.ruleId === 'financial-claim')?.severity;
    expect(severity('Risk-free returns on Bitcoin')).toBe('error');
    expect(severity('A risk-free trial of our app')).toBe('warning');
  });
});
