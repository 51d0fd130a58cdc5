import { describe, expect, it } from 'vitest';
import { checkDraft } from '@/utils/checks';

const invalid = (text: string, platform: 'x' | 'bluesky' | 'linkedin') =>
  checkDraft(text, { platform }).filter((finding) => finding.ruleId === 'invalid-characters');

describe('characters the platform refuses', () => {
  it.each(['\uFFFE', '\uFEFF', '\uFFFF'])(
    'X refuses U+%s: an error on its span whose fix removes it',
    (char) => {
      const text = `Launch day${char} today`;
      const [finding] = invalid(text, 'x');
      expect(finding).toMatchObject({ severity: 'error', start: 10, end: 11, suggestions: [''] });
      expect(finding?.message).toMatch(/^X refuses posts with this invisible character \(U\+FF?E?[EF]+\)/);
      // Removing it leaves a post X accepts.
      const fixed = text.slice(0, finding?.start) + text.slice(finding?.end);
      expect(invalid(fixed, 'x')).toEqual([]);
    },
  );

  it('a run of them is one finding; other platforms accept them', () => {
    expect(invalid('a\uFFFE\uFFFFb', 'x').map((f) => [f.start, f.end])).toEqual([[1, 3]]);
    expect(invalid('a\uFFFEb', 'linkedin')).toEqual([]);
  });

  it('half an emoji (a lone surrogate) is flagged on every platform, a whole one is not', () => {
    const half = '😀'.slice(0, 1);
    for (const platform of ['x', 'bluesky', 'linkedin'] as const) {
      expect(invalid(`ok ${half} ok`, platform)).toEqual([
        expect.objectContaining({ start: 3, end: 4, severity: 'error', suggestions: [''] }),
      ]);
      expect(invalid('ok 😀 ok', platform)).toEqual([]);
    }
  });

  it('an invalid character does not move where the length overflow is', () => {
    // U+FFFE weighs 2 like any character outside X's weight-1 ranges: 2 + 278 fit, the 279th "a" does not.
    const text = `\uFFFE${'a'.repeat(280)}`;
    const length = checkDraft(text, { platform: 'x' }).find(
      (finding) => finding.ruleId === 'platform-length',
    );
    expect(length).toMatchObject({ start: 279, end: 281 });
    expect(length?.message).toMatch(/^282 \/ 280/);
  });
});
