import { describe, expect, it } from 'vitest';
import { numberShapeOf, writeWholeNumber } from '@/utils/i18n/number-shape';

// The judge is ICU's own formatter (Intl.NumberFormat with CLDR data): Latin, Arabic-Indic, Persian, Bengali
// and Devanagari digits; comma, dot, apostrophe, narrow no-break space and Arabic separators; Indian grouping
// (12,34,567); minimum grouping digits of 2 (Spanish and Polish "1000" but "10 000").
const LOCALES = [
  'en',
  'en-US',
  'en-GB',
  'en-IN',
  'de',
  'de-CH',
  'de-AT',
  'fr',
  'fr-CH',
  'es',
  'es-MX',
  'pt-BR',
  'pt-PT',
  'it',
  'nl',
  'pl',
  'ru',
  'uk',
  'sv',
  'nb',
  'fi',
  'cs',
  'tr',
  'el',
  'he',
  'ar',
  'ar-EG',
  'ar-MA',
  'fa',
  'ur',
  'hi',
  'bn',
  'mr',
  'ne',
  'th',
  'ja',
  'zh-CN',
  'zh-TW',
  'ko',
  'vi',
  'id',
  'sw',
];

// Every length from 1 to 16 digits, each with different digits, and the platforms' limits.
const NUMBERS = [
  ...Array.from({ length: 16 }, (_, length) => Number('9876543210123456'.slice(0, length + 1))),
  ...Array.from({ length: 16 }, (_, length) => 10 ** length),
  280,
  300,
  500,
  2_200,
  3_000,
  4_000,
  10_000,
  40_000,
  63_206,
].filter(Number.isSafeInteger);

describe('whole numbers without Intl.NumberFormat', () => {
  it.each(LOCALES)('%s: written as Intl.NumberFormat writes them', (locale) => {
    const shape = numberShapeOf(locale);
    expect(shape).toBeDefined();
    if (!shape) return;
    const intl = new Intl.NumberFormat(locale);
    for (const value of NUMBERS) expect(writeWholeNumber(value, shape)).toBe(intl.format(value));
  });

  it('groups only where the locale does (Spanish: 1000, 10.000)', () => {
    const spanish = numberShapeOf('es');
    expect(spanish && writeWholeNumber(1_000, spanish)).toBe('1000');
    expect(spanish && writeWholeNumber(10_000, spanish)).toBe('10.000');
    const indian = numberShapeOf('en-IN');
    expect(indian && writeWholeNumber(1_234_567, indian)).toBe('12,34,567');
  });

  it('gives no shape for a tag Intl refuses', () => {
    expect(numberShapeOf('not a locale')).toBeUndefined();
  });
});
