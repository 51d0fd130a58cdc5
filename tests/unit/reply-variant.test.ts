import { describe, expect, it } from 'vitest';
import { chooseReplyText, lengthReport } from '@/utils/replies/variant';

const now = new Date('2026-11-23T12:00:00Z');
const long = `Thanks {author.name}! ${'Here is everything about our refund policy. '.repeat(8)}`.trim();

describe('chooseReplyText', () => {
  it('uses the body where it fits', () => {
    const chosen = chooseReplyText(
      { body: long, variants: { x: 'Short: DM us {author.name}' }, platforms: [] },
      'linkedin',
      { now, author: { name: 'Dana' } },
    );
    expect(chosen.usedVariant).toBe(false);
    expect(chosen.fits).toBe(true);
    expect(chosen.expansion.text.startsWith('Thanks Dana! Here is')).toBe(true);
  });

  it("uses the platform's shorter variant where the expanded body exceeds the limit", () => {
    const chosen = chooseReplyText(
      { body: long, variants: { x: 'Short: DM us {author.name}' }, platforms: [] },
      'x',
      { now, author: { name: 'Dana' } },
    );
    expect(long.length).toBeGreaterThan(280);
    expect(chosen).toMatchObject({ usedVariant: true, fits: true, expansion: { text: 'Short: DM us Dana' } });
  });

  it('judges the expanded text: a long name can push the body over the limit', () => {
    const body = `${'a'.repeat(270)} {author.name}`;
    const reply = { body, variants: { x: 'short' }, platforms: [] };
    expect(chooseReplyText(reply, 'x', { now, author: { name: 'Al' } }).usedVariant).toBe(false);
    expect(chooseReplyText(reply, 'x', { now, author: { name: 'Alexandra Longname' } }).usedVariant).toBe(
      true,
    );
  });

  it('counts the way the platform counts: X weighs CJK as 2', () => {
    const body = '日本'.repeat(75); // 150 characters, 300 as X counts them
    const reply = { body, variants: { x: '短い' }, platforms: [] };
    expect(chooseReplyText(reply, 'x', { now }).usedVariant).toBe(true);
    expect(chooseReplyText(reply, 'bluesky', { now }).usedVariant).toBe(false);
  });

  it('falls back to the body, marked as not fitting, when there is no variant', () => {
    const chosen = chooseReplyText({ body: long, variants: {}, platforms: [] }, 'x', { now });
    expect(chosen).toMatchObject({ usedVariant: false, fits: false });
    expect(chosen.expansion.text.length).toBeGreaterThan(280);
  });
});

describe('lengthReport', () => {
  it('lists the allowed platforms a reply does not fit, and flags one that fits none of them', () => {
    const body = 'a'.repeat(600);
    expect(lengthReport({ body, variants: {}, platforms: ['x', 'bluesky', 'linkedin'] })).toEqual({
      tooLongOn: ['x', 'bluesky'],
      fitsNowhere: false,
    });
    expect(lengthReport({ body, variants: {}, platforms: ['x', 'bluesky'] })).toEqual({
      tooLongOn: ['x', 'bluesky'],
      fitsNowhere: true,
    });
  });

  it('counts a platform as fine when its shorter variant fits', () => {
    const body = 'a'.repeat(600);
    expect(lengthReport({ body, variants: { x: 'short' }, platforms: ['x', 'bluesky'] })).toEqual({
      tooLongOn: ['bluesky'],
      fitsNowhere: false,
    });
  });

  it('with no platforms chosen, judges against every platform', () => {
    expect(lengthReport({ body: 'a'.repeat(70_000), variants: {}, platforms: [] }).fitsNowhere).toBe(true);
    expect(lengthReport({ body: 'a'.repeat(1000), variants: {}, platforms: [] }).fitsNowhere).toBe(false);
  });
});
