import { describe, expect, it } from 'vitest';
import { type CheckOptions, checkDraft, type PrivacyOptions } from '@/utils/checks';
import { luhnValid } from '@/utils/checks/kinds/privacy-card';
import { ibanChecksumValid } from '@/utils/checks/kinds/privacy-iban';
import { IBAN_LENGTHS } from '@/utils/checks/packs/iban-lengths';
import mobileExamples from '../conformance/libphonenumber/mobile-examples.json';

/** `ruleId: flagged text` for each privacy finding, in draft order. */
function flagged(text: string, privacy?: PrivacyOptions, platform: CheckOptions['platform'] = 'x') {
  return checkDraft(text, { platform, ...(privacy ? { privacy } : {}) })
    .filter((finding) => finding.category === 'privacy')
    .map((finding) => `${finding.ruleId}: ${text.slice(finding.start, finding.end)}`);
}

describe('privacy-email', () => {
  it('flags a customer address and leaves the brand’s own and Mastodon handles alone', () => {
    expect(flagged('Thanks Jane! We found it under jane.doe+shop@gmail.com.')).toEqual([
      'privacy-email: jane.doe+shop@gmail.com',
    ]);
    expect(
      flagged('Write to support@acme.com or ping @alice@mastodon.social', {
        ownContacts: ['Support@Acme.com'],
      }),
    ).toEqual([]);
  });
});

describe('privacy-phone: libphonenumber’s example mobile numbers', () => {
  const examples = Object.entries(mobileExamples as Record<string, Record<string, string>>);
  // Countries whose national form has a trunk 0 or a shape recognised on its own (docs/privacy.md).
  const NATIONAL_ALONE = new Set([
    'US',
    'GB',
    'DE',
    'FR',
    'IN',
    'AT',
    'BE',
    'BG',
    'HR',
    'FI',
    'HU',
    'IE',
    'NL',
    'RO',
    'SK',
    'SI',
    'SE',
  ]);
  it.each(examples)('%s: international and E.164 forms are flagged', (_country, forms) => {
    for (const form of [forms.international, forms.e164] as string[]) {
      expect(flagged(`Hi! Is ${form} still your number?`)).toEqual([`privacy-phone: ${form}`]);
    }
  });
  it.each(examples)(
    '%s: the national form is flagged (after a phone word where it needs one)',
    (country, forms) => {
      const national = forms.national as string;
      const text = NATIONAL_ALONE.has(country)
        ? `We will ring ${national} tomorrow.`
        : `Tel. ${national}, right?`;
      expect(flagged(text)).toEqual([`privacy-phone: ${national}`]);
    },
  );
});

describe('privacy-phone: fixed lines and look-alikes', () => {
  it.each([
    ['UK (Ofcom drama range)', 'Call us back on 020 7946 0321 if it drops.', '020 7946 0321'],
    ['UK with (0)', 'Is +44 (0)113 496 0999 the right line?', '+44 (0)113 496 0999'],
    ['DE Berlin with slash', 'Wir rufen Sie unter 030/1234567 an.', '030/1234567'],
    ['DE with brackets', 'Ist (089) 12345678 noch aktuell?', '(089) 12345678'],
    ['FR dotted', 'On vous rappelle au 01.23.45.67.89.', '01.23.45.67.89'],
    ['US dashes', 'We called 415-555-0132 twice.', '415-555-0132'],
    ['IN mobile', 'We will call 98765 43210 today.', '98765 43210'],
    ['IT after "cellulare"', 'Il tuo cellulare 347 123 4567 è corretto?', '347 123 4567'],
    ['ES after "móvil"', 'Te llamamos al móvil 612 34 56 78.', '612 34 56 78'],
    ['00 prefix', 'Reach her at 0033 6 12 34 56 78.', '0033 6 12 34 56 78'],
  ])('%s', (_name, text, span) => {
    expect(flagged(text)).toEqual([`privacy-phone: ${span}`]);
  });

  it.each([
    ['a date', 'The sale runs from 12.05.2024 to 14.05.2024.'],
    ['a time and price', 'Doors open 19:30, tickets 24,99 € or $1,299.00 for VIP.'],
    ['a version', 'Update to v2.3.14 (build 20240512) to fix it.'],
    ['years and counts', 'Since 1998 we have served 2 500 000 customers in 2023 and 2024.'],
    ['a hashtag with digits', 'Join #Summer2024 and #0301234567 fans!'],
    ['freephone', 'Our hotline 0800 123 4567 and 1-800-555-0199 are free.'],
    ['a bare number without a phone word', 'We restocked 612 34 56 78 units, seriously.'],
    ['a URL', 'Details: https://acme.com/help/030123456789'],
  ])('not %s', (_name, text) => {
    expect(flagged(text)).toEqual([]);
  });

  it('leaves the brand’s own number alone in any format', () => {
    const privacy = { ownContacts: ['+49 30 1234567'] };
    expect(flagged('Ruf uns an: 030 1234567 oder 0049 30 1234567.', privacy)).toEqual([]);
    expect(flagged('Ruf uns an: 030 1234568.', privacy)).toEqual(['privacy-phone: 030 1234568']);
    // Same last nine digits, another country: a customer's number.
    expect(flagged('Call +91 80 2345 6789?', { ownContacts: ['+49 30 2345 6789'] })).toEqual([
      'privacy-phone: +91 80 2345 6789',
    ]);
  });
});

describe('privacy-iban', () => {
  // The example IBAN each country's entry in SWIFT's IBAN Registry gives.
  const REGISTRY_EXAMPLES = [
    'DE89370400440532013000',
    'GB29NWBK60161331926819',
    'FR1420041010050500013M02606',
    'AT611904300234573201',
    'BE68539007547034',
    'NL91ABNA0417164300',
    'ES9121000418450200051332',
    'IT60X0542811101000000123456',
    'PL61109010140000071219812874',
    'CH9300762011623852957',
    'IE29AIBK93115212345678',
    'PT50000201231234567890154',
    'FI2112345600000785',
    'SE4550000000058398257466',
    'DK5000400440116243',
    'NO9386011117947',
    'LU280019400644750000',
    'CZ6508000000192000145399',
    'SK3112000000198742637541',
    'HU42117730161111101800000000',
    'BG80BNBG96611020345678',
    'HR1210010051863000160',
    'SI56263300012039086',
    'EE382200221020145685',
    'LV80BANK0000435195001',
    'LT121000011101001000',
    'GR1601101250000000012300695',
    'CY17002001280000001200527600',
    'MT84MALT011000012345MTLCAST001S',
    'RO49AAAA1B31007593840000',
  ];
  it.each(REGISTRY_EXAMPLES)(
    '%s has its registry length and a valid checksum, compact and grouped',
    (iban) => {
      expect(IBAN_LENGTHS.get(iban.slice(0, 2))).toBe(iban.length);
      expect(ibanChecksumValid(iban)).toBe(true);
      const grouped = iban.replace(/(.{4})(?=.)/g, '$1 ');
      expect(flagged(`Refund goes to ${iban}, right?`)).toEqual([`privacy-iban: ${iban}`]);
      expect(flagged(`Refund goes to ${grouped} BIS MONTAG`)).toEqual([`privacy-iban: ${grouped}`]);
    },
  );
  it('refuses a wrong check digit or a wrong length', () => {
    expect(flagged('IBAN DE89370400440532013001 please')).toEqual([]);
    expect(flagged('IBAN DE8937040044053201300 please')).toEqual([]);
  });
});

describe('privacy-card', () => {
  // Test card numbers the payment networks publish for integration tests (as listed in Stripe's docs).
  it.each([
    ['Visa', '4242 4242 4242 4242'],
    ['Visa', '4111-1111-1111-1111'],
    ['Mastercard', '5555555555554444'],
    ['Mastercard 2-series', '2223 0031 2200 3222'],
    ['American Express', '3782 822463 10005'],
    ['Discover', '6011 1111 1111 1117'],
    ['Diners 14 digits', '3622 720627 1667'],
    ['JCB', '3566 0020 2036 0505'],
    ['UnionPay 19 digits', '6205 5000 0000 0000 004'],
  ])('%s %s', (_network, number) => {
    expect(luhnValid(number.replace(/\D/g, ''))).toBe(true);
    expect(flagged(`Is ${number} the card you used?`)).toEqual([`privacy-card: ${number}`]);
  });
  it('not a Luhn failure, an odd grouping, or a non-card first digit', () => {
    expect(flagged('Card 4242 4242 4242 4241?')).toEqual([]);
    expect(flagged('Serial 42 4242 42424 24242')).toEqual([]);
    expect(flagged('Barcode 0000000000000000')).toEqual([]);
  });
});

describe('privacy-order-number', () => {
  it('flags ids after order words in English, German and French, hash included', () => {
    expect(flagged('Sorry! Order #4471220 ships Monday.')).toEqual(['privacy-order-number: #4471220']);
    expect(flagged('Deine Bestellnummer 100234567 ist unterwegs.')).toEqual([
      'privacy-order-number: 100234567',
    ]);
    expect(flagged('Votre commande n° 58812-FR est partie.')).toEqual(['privacy-order-number: 58812-FR']);
    expect(flagged('Your ticket number is TCK-20931.')).toEqual(['privacy-order-number: TCK-20931']);
  });
  it('flags the brand’s own formats anywhere', () => {
    const privacy = { orderPatterns: ['ACM-\\d{6}', '\\d{3}-\\d{7}-\\d{7}'] };
    expect(flagged('We refunded ACM-204981 and 302-1234567-7654321 today.', privacy)).toEqual([
      'privacy-order-number: ACM-204981',
      'privacy-order-number: 302-1234567-7654321',
    ]);
  });
  it('not order talk without an id', () => {
    expect(flagged('Your order will arrive in 3 days; order 2 more for free shipping.')).toEqual([]);
    expect(flagged('Ticket to ride: 2024 tour dates are out!')).toEqual([]);
  });
});

describe('privacy-address', () => {
  it.each([
    ['DE', 'Geht an Karl-Marx-Str. 12a, 10243 Berlin?', 'Karl-Marx-Str. 12a, 10243 Berlin'],
    ['DE two words', 'Lieferung an Berliner Allee 3 ist raus.', 'Berliner Allee 3'],
    [
      'US',
      'Shipping to 1600 Pennsylvania Ave NW, Washington, DC 20500 now.',
      '1600 Pennsylvania Ave NW, Washington, DC 20500',
    ],
    ['US city and ZIP', 'Is it Springfield, IL 62704?', 'Springfield, IL 62704'],
    ['UK', 'Sent to 221B Baker Street yesterday.', '221B Baker Street'],
    ['UK postcode', 'We have NW1 6XE on file.', 'NW1 6XE'],
    ['FR', 'Livré au 12 rue de la Paix, 75002 Paris.', '12 rue de la Paix, 75002 Paris'],
  ])('%s', (_market, text, span) => {
    expect(flagged(text)).toEqual([`privacy-address: ${span}`]);
  });
  it.each([
    'Top 5 Tips for Summer',
    'Platz 1 in den Charts!',
    'Training 3 times a week with MP3 4GB players',
    'Get 2 places for the price of 1',
  ])('not %s', (text) => {
    expect(flagged(text)).toEqual([]);
  });
  it('leaves the brand’s own published address alone', () => {
    expect(
      flagged('Returns: Hauptstraße 5, 10115 Berlin', {
        ownContacts: ['Acme GmbH, Hauptstraße 5, 10115 Berlin'],
      }),
    ).toEqual([]);
  });
});

describe('the fix', () => {
  it('replaces the span with the brand’s DM reply', () => {
    const [finding] = checkDraft('Mail me at bob@example.org', {
      platform: 'facebook',
      privacy: { dmReply: 'Please DM us your details.' },
    }).filter((f) => f.category === 'privacy');
    expect(finding?.suggestions).toEqual(['Please DM us your details.']);
    expect(finding?.source).toMatch(/^https:\/\/eur-lex\.europa\.eu\//);
  });
  it('defaults to a sentence in the post’s language', () => {
    const suggestion = (text: string) =>
      checkDraft(text, { platform: 'x' }).find((f) => f.category === 'privacy')?.suggestions?.[0];
    expect(suggestion('Hi, is bob@example.org your address? Thanks for your patience!')).toMatch(
      /^Please send us a direct message/,
    );
    expect(
      suggestion('Hallo, ist das deine Adresse bob@example.org? Ich schaue mir das an und melde mich.'),
    ).toMatch(/^Bitte schreib uns eine Direktnachricht/);
  });
});
