import { describe, expect, it } from 'vitest';
import { checkDraft } from '@/utils/checks';
import { checkSurface, countSurface } from '@/utils/features/surface-checks';

describe('a surface with its own limit', () => {
  it('counts a Reddit title against 300, not the body’s 40,000', () => {
    expect(countSurface('t'.repeat(300), 'reddit', { limit: 300 })).toEqual({
      count: 300,
      limit: 300,
      overflowAt: null,
    });
    expect(countSurface('t'.repeat(301), 'reddit', { limit: 300 })).toEqual({
      count: 301,
      limit: 300,
      overflowAt: 300,
    });
    expect(checkSurface('t'.repeat(301), 'reddit', { limit: 300 })).toEqual([
      expect.objectContaining({ ruleId: 'platform-length', severity: 'error', start: 300, end: 301 }),
    ]);
    expect(checkSurface('t'.repeat(300), 'reddit', { limit: 300 })).toEqual([]);
  });

  it('finds the overflow in the platform’s own counting (graphemes on Bluesky)', () => {
    // Each family emoji is one grapheme but eleven UTF-16 units.
    const family = '👨‍👩‍👧‍👦';
    const text = family.repeat(4);
    expect(countSurface(text, 'bluesky', { limit: 3 })).toMatchObject({
      count: 4,
      limit: 3,
      overflowAt: family.length * 3,
    });
  });

  it('a LinkedIn comment errs past 1,250 where a post would not', () => {
    const comment = 'c'.repeat(1251);
    expect(checkDraft(comment, { platform: 'linkedin' })).toEqual([]);
    expect(checkSurface(comment, 'linkedin', { limit: 1250 }).map((finding) => finding.severity)).toEqual([
      'error',
    ]);
  });

  it('without an override it is exactly the engine', () => {
    const text = 'x'.repeat(281);
    expect(checkSurface(text, 'x')).toEqual(checkDraft(text, { platform: 'x' }));
    expect(countSurface(text, 'x').limit).toBe(280);
  });

  it('takes the badge’s count of the same text instead of counting it again', () => {
    const text = `Our new jacket ships today, lighter and drier than ever. Read more https://example.com/${'a'.repeat(40)}`;
    const badge = countSurface(text, 'x');
    expect(checkSurface(text, 'x', {}, { count: badge })).toEqual(checkSurface(text, 'x'));
    // The length finding is the one that count gives: a count that says the text overflows at "Read" trims
    // from the sentence end before it, though the text itself would fit.
    const overflowAt = text.indexOf('Read');
    const [finding] = checkSurface(text, 'x', {}, { count: { count: 300, limit: 280, overflowAt } });
    expect(finding).toMatchObject({ ruleId: 'platform-length', start: text.indexOf(' Read') });
    expect(checkSurface(text, 'x')).toEqual([]);
  });
});
