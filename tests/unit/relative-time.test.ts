import { describe, expect, it } from 'vitest';
import { relativeTime } from '@/utils/i18n/relative-time';

const now = Date.UTC(2026, 11, 3, 12);
const minute = 60_000;

describe('relativeTime', () => {
  it('says how long ago in the largest unit that fits, in the UI language', () => {
    expect(relativeTime(now - 5 * minute, now, 'en')).toBe('5 minutes ago');
    expect(relativeTime(now - 5 * minute, now, 'de')).toBe('vor 5 Minuten');
    expect(relativeTime(now - 30 * 1000, now, 'en')).toBe('30 seconds ago');
    expect(relativeTime(now - 3 * 60 * minute, now, 'de')).toBe('vor 3 Stunden');
    expect(relativeTime(now - 2 * 24 * 60 * minute, now, 'en')).toBe('2 days ago');
    expect(relativeTime(now - 400 * 24 * 60 * minute, now, 'de')).toBe('vor 1 Jahr');
  });

  it('rounds to the nearest unit and says a future time as such', () => {
    expect(relativeTime(now - 89 * minute, now, 'en')).toBe('1 hour ago');
    expect(relativeTime(now + 90 * 1000, now, 'en')).toBe('in 2 minutes');
  });
});
