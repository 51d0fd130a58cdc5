import type { Jurisdiction } from '@/utils/checks/types';

/** EU member states (ISO 3166-1 alpha-2), whose consumers the Unfair Commercial Practices Directive covers. */
const EU_MEMBERS = new Set(
  'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' '),
);

/**
 * The country of the IANA time zones people in OnBrand's markets use (tz database zone1970.tab: one zone per
 * country for these, plus the old names browsers still report, such as Asia/Calcutta).
 */
const ZONE_COUNTRY: Record<string, string> = {
  'Europe/Berlin': 'DE',
  'Europe/Busingen': 'DE',
  'Europe/Paris': 'FR',
  'Europe/London': 'GB',
  'Asia/Kolkata': 'IN',
  'Asia/Calcutta': 'IN',
  'Europe/Vienna': 'AT',
  'Europe/Brussels': 'BE',
  'Europe/Sofia': 'BG',
  'Asia/Nicosia': 'CY',
  'Europe/Prague': 'CZ',
  'Europe/Copenhagen': 'DK',
  'Europe/Tallinn': 'EE',
  'Europe/Madrid': 'ES',
  'Europe/Helsinki': 'FI',
  'Europe/Athens': 'GR',
  'Europe/Zagreb': 'HR',
  'Europe/Budapest': 'HU',
  'Europe/Dublin': 'IE',
  'Europe/Rome': 'IT',
  'Europe/Vilnius': 'LT',
  'Europe/Luxembourg': 'LU',
  'Europe/Riga': 'LV',
  'Europe/Malta': 'MT',
  'Europe/Amsterdam': 'NL',
  'Europe/Warsaw': 'PL',
  'Europe/Lisbon': 'PT',
  'Europe/Bucharest': 'RO',
  'Europe/Stockholm': 'SE',
  'Europe/Ljubljana': 'SI',
  'Europe/Bratislava': 'SK',
};

/** A country's own market, where OnBrand has its disclosure law. */
const NATIONAL: Record<string, Jurisdiction> = { US: 'US', GB: 'UK', DE: 'DE', FR: 'FR', IN: 'IN' };

/**
 * The markets a new user most likely publishes in, from the browser's language and time zone: the time zone
 * says where the user is (an English browser in Berlin publishes in Germany), the language's region says it
 * where the zone is not one we know (de-DE in UTC). An EU country adds the EU's rules. US when neither tells.
 */
export function guessMarkets(locale: string, timeZone: string | undefined): Jurisdiction[] {
  const region = regionOf(locale);
  const country =
    (timeZone && ZONE_COUNTRY[timeZone]) ??
    (timeZone?.startsWith('America/') && (region === undefined || region === 'US') ? 'US' : region);
  if (!country) return ['US'];
  const markets: Jurisdiction[] = [];
  const national = NATIONAL[country];
  if (national) markets.push(national);
  if (EU_MEMBERS.has(country)) markets.push('EU');
  return markets.length > 0 ? markets : ['US'];
}

function regionOf(locale: string): string | undefined {
  try {
    return new Intl.Locale(locale).maximize().region;
  } catch {
    return undefined;
  }
}
