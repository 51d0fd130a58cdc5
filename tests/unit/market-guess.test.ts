import { describe, expect, it } from 'vitest';
import type { Jurisdiction } from '@/utils/checks/types';
import { guessMarkets } from '@/utils/i18n/market-guess';

describe('markets preselected from the browser’s language and time zone', () => {
  it.each<[string, string | undefined, Jurisdiction[]]>([
    ['de-DE', 'Europe/Berlin', ['DE', 'EU']],
    ['de', 'Europe/Berlin', ['DE', 'EU']],
    // Where the user is beats the language they read in.
    ['en-US', 'Europe/Berlin', ['DE', 'EU']],
    ['de-AT', 'Europe/Vienna', ['EU']],
    ['fr-FR', 'Europe/Paris', ['FR', 'EU']],
    ['en-GB', 'Europe/London', ['UK']],
    ['en-IN', 'Asia/Kolkata', ['IN']],
    ['hi', 'Asia/Calcutta', ['IN']],
    ['en-US', 'America/New_York', ['US']],
    // A zone we do not place: the language's region tells.
    ['de-DE', 'UTC', ['DE', 'EU']],
    ['ja-JP', 'Asia/Tokyo', ['US']],
    ['not a locale', undefined, ['US']],
  ])('%s in %s → %j', (locale, timeZone, markets) => {
    expect(guessMarkets(locale, timeZone)).toEqual(markets);
  });
});
