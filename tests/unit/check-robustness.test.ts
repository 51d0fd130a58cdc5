import { describe, expect, it } from 'vitest';
import { checkDraft, defaultGuidelines, GuidelinesSchema, PLATFORM_IDS } from '@/utils/checks';

const awkward: [string, string][] = [
  ['empty', ''],
  ['spaces only', '   \n\t  '],
  ['100,000 characters', 'Use code SAVE20 #ad '.repeat(5000)],
  ['emoji sequences', '👨‍👩‍👧‍👦🏳️‍🌈👍🏽🇩🇪'.repeat(50)],
  ['right-to-left', 'هذا إعلان #ad ‏שלום עולם‎ مرحبا'],
  ['zero-width characters', 'a\u200bd\u200c #a\u200dd \ufeffWerbung\u2060'],
  ['lone surrogates', '\ud800 start \udfff end \ud83d'],
  ['combining marks', 'e\u0301\u0301\u0301 Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇'],
  ['control characters', '\u0000\u0001\u0007\u001b[31m'],
  ['only punctuation', '!!!???...#@/\\'],
  ['a URL-looking blob', `https://${'a.'.repeat(3000)}com/${'%'.repeat(500)}`],
  ['quotes and brackets unclosed', '“«„"((([[[ > '.repeat(200)],
];

describe('checkDraft never throws and keeps offsets inside the text', () => {
  const big = GuidelinesSchema.parse({
    rules: [
      ...defaultGuidelines.rules,
      { id: 'hashtags', kind: 'occurrence', message: '%s', severity: 'info', token: '#\\w+', max: 1 },
    ],
    marks: [{ term: 'Acme', symbol: '®' }],
  });
  it.each(awkward)('%s', (_name, text) => {
    for (const platform of PLATFORM_IDS) {
      const findings = checkDraft(text, {
        platform,
        guidelines: big,
        jurisdictions: ['US', 'UK', 'DE', 'FR', 'EU', 'IN'],
        savedPosts: [{ id: 's1', text }],
      });
      for (const finding of findings) {
        expect(finding.start).toBeGreaterThanOrEqual(0);
        expect(finding.end).toBeGreaterThanOrEqual(finding.start);
        expect(finding.end).toBeLessThanOrEqual(text.length);
        expect(finding.message.length).toBeGreaterThan(0);
      }
    }
  });

  it('finds the disclosure problem in a 100,000-character draft', () => {
    const text = `${'Long story about my week. '.repeat(4000)}Use code SAVE20`;
    const ids = checkDraft(text, { platform: 'facebook' }).map((f) => f.ruleId);
    expect(ids).toContain('disclosure-missing');
    expect(ids).toContain('platform-length');
  });
});
