import { describe, expect, it } from 'vitest';
import { type CheckOptions, checkDraft, type Jurisdiction } from '@/utils/checks';
import { onlyCategory, spans } from './check-helpers';

const disclosure = onlyCategory('disclosure');
const show = (text: string, options: CheckOptions) =>
  checkDraft(text, options)
    .filter(disclosure)
    .map((f) => `${f.start}-${f.end} ${f.ruleId} ${f.severity}`);

describe('sponsor disclosure per jurisdiction', () => {
  const code = 'Loving these trainers! Use code RUN20 for 20% off 👟';
  it.each<[string, string, Jurisdiction[], string[]]>([
    ['US: a discount code with no label is missing', code, ['US'], ['0-0 disclosure-missing error']],
    ['US: #ad at the start is clear', `#ad ${code}`, ['US'], []],
    ['UK: "Ad:" at the start is clear', `Ad: ${code}`, ['UK'], []],
    ['DE: #ad is not enough in Germany', `#ad ${code}`, ['DE'], ['0-3 disclosure-ambiguous error']],
    ['DE: Werbung at the start is clear', `Werbung | ${code}`, ['DE'], []],
    [
      'DE: Werbung, but not first',
      `${code} Werbung`,
      ['DE'],
      [`${code.length + 1}-${code.length + 8} disclosure-placement warning`],
    ],
    ['FR: Publicité is clear', `Publicité | ${code}`, ['FR'], []],
    ['FR: Collaboration commerciale is clear', `Collaboration commerciale : ${code}`, ['FR'], []],
    ['FR: #sponsored is not enough', `#sponsored ${code}`, ['FR'], ['0-10 disclosure-ambiguous error']],
    ['IN: #Sponsored is clear', `#Sponsored ${code}`, ['IN'], []],
    [
      'EU: English label on a Spanish post',
      '#ad Me encantan estas zapatillas, usa el código RUN20 para el descuento',
      ['EU'],
      ['0-3 disclosure-placement warning'],
    ],
    [
      'EU: Publicidad on a Spanish post',
      'Publicidad | Me encantan estas zapatillas, usa el código RUN20',
      ['EU'],
      [],
    ],
    [
      'US: #collab is one of the vague terms Disclosures 101 says not to use',
      `${code} #collab`,
      ['US'],
      [`${code.length + 1}-${code.length + 8} disclosure-ambiguous error`],
    ],
    [
      'UK: #collab is not enough',
      `${code} #collab`,
      ['UK'],
      [`${code.length + 1}-${code.length + 8} disclosure-ambiguous error`],
    ],
    ['US: #sp is not enough', `#sp ${code}`, ['US'], ['0-3 disclosure-ambiguous error']],
    ['US+DE: one label for both', code, ['US', 'DE'], ['0-0 disclosure-missing error']],
  ])('%s', (_name, text, jurisdictions, expected) => {
    expect(show(text, { platform: 'x', jurisdictions })).toEqual(expected);
  });

  it('suggests a label to insert at the start that satisfies every market', () => {
    const [finding] = checkDraft(code, { platform: 'x', jurisdictions: ['US', 'DE'] }).filter(disclosure);
    expect(finding?.suggestions?.[0]).toBe('Werbung | #ad ');
    const [us] = checkDraft(code, { platform: 'x', jurisdictions: ['US'] }).filter(disclosure);
    expect(us?.suggestions).toEqual(['#ad ', 'Ad: ']);
    const fixed = `${us?.suggestions?.[0]}${code}`;
    expect(show(fixed, { platform: 'x', jurisdictions: ['US'] })).toEqual([]);
  });

  it('thanks @brand for sending is commercial, and thanks alone is not a disclosure', () => {
    const text = 'Thanks @glowco for sending me this serum ✨';
    expect(show(text, { platform: 'x', jurisdictions: ['US'] })).toEqual(['0-14 disclosure-ambiguous error']);
  });

  it('below the fold is an error; inside the fold band a warning; no fold, no finding', () => {
    const filler =
      'Morning light over the harbour, coffee in hand, and the new lens doing exactly what it promised. ';
    const late = `${filler.repeat(3)}#ad`;
    const inBand = `${filler}${'and more '.repeat(5)}#ad, tiny`;
    expect(show(late, { platform: 'instagram', relationship: 'paid' })).toEqual([
      '0-0 native-label info',
      `${late.length - 3}-${late.length} disclosure-placement error`,
    ]);
    // LinkedIn's "…see more" falls between 140 and 210 characters depending on the screen.
    expect(inBand.indexOf('#ad')).toBeGreaterThan(140);
    expect(show(inBand, { platform: 'linkedin', relationship: 'paid' })).toEqual([
      `${inBand.indexOf('#ad')}-${inBand.indexOf('#ad') + 3} disclosure-placement warning`,
    ]);
    expect(show(late, { platform: 'x', relationship: 'paid' })).toEqual([]);
  });

  it('a label buried in the closing hashtags fails', () => {
    const text = 'New trainers from @runco, so comfy! #running #fitness #ad #shoes';
    const at = text.indexOf('#ad');
    expect(show(text, { platform: 'x', relationship: 'paid' })).toEqual([
      `${at}-${at + 3} disclosure-placement error`,
    ]);
  });

  it('keeps offsets right with emoji before the label', () => {
    const text = '👨‍👩‍👧🎉🎉 Thanks @brand, use code FAM10! #spon';
    const [finding] = checkDraft(text, { platform: 'x' }).filter((f) => f.ruleId === 'disclosure-ambiguous');
    expect(text.slice(finding?.start, finding?.end)).toBe('Thanks @brand');
  });

  it('takes the stated relationship over the text', () => {
    const organic = 'My morning run along the river, 10 km before breakfast.';
    expect(show(organic, { platform: 'x', relationship: 'paid' })).toEqual(['0-0 disclosure-missing error']);
    expect(show(code, { platform: 'x', relationship: 'none' })).toEqual([]);
    expect(show(code, { platform: 'x', relationship: 'own-product' })).toEqual([]);
  });

  it('only weak signals ask rather than accuse', () => {
    const text = 'Shop now: the spring range is 20% off this weekend.';
    expect(show(text, { platform: 'x' })).toEqual(['0-0 disclosure-missing warning']);
    expect(
      checkDraft(text, { platform: 'x' }).find((f) => f.ruleId === 'disclosure-missing')?.message,
    ).toMatch(/Is there a material connection/);
  });

  it('"I saw an ad" or "Ich hasse Werbung" in an organic post is not a label', () => {
    expect(spans('I saw an ad for this on the tram, funny.', { platform: 'x' }, disclosure)).toEqual([]);
    expect(
      spans('Ich hasse Werbung im Fernsehen.', { platform: 'x', jurisdictions: ['DE'] }, disclosure),
    ).toEqual([]);
  });
});

describe("reminders about the platform's own paid-partnership label", () => {
  it.each<[string, string, CheckOptions, string[]]>([
    ['Instagram, commercial', '#ad Use code GLOW10 ✨', { platform: 'instagram' }, ['0-0 native-label info']],
    ['Instagram, organic', 'Sunset walk 🌅', { platform: 'instagram' }, []],
    [
      'TikTok, own product',
      'Our new mug is here ☕',
      { platform: 'tiktok', relationship: 'own-product' },
      ['0-0 native-label info'],
    ],
    [
      'Instagram, own product',
      'Our new mug is here ☕',
      { platform: 'instagram', relationship: 'own-product' },
      [],
    ],
    ['X has no such label', '#ad Use code GLOW10 ✨', { platform: 'x' }, []],
  ])('%s', (_name, text, options, expected) => {
    expect(show(text, options).filter((line) => line.includes('native-label'))).toEqual(expected);
  });
});

describe('giveaways', () => {
  it.each<[string, string, CheckOptions, string[]]>([
    [
      'Facebook: tag-a-friend entry is banned, and the release is missing',
      'GIVEAWAY 🎁 Tag a friend to enter! Winner picked Friday.',
      { platform: 'facebook', jurisdictions: ['UK'] },
      ['0-8 giveaway-release warning', '0-8 giveaway-terms warning', '12-24 giveaway-mechanics error'],
    ],
    [
      'Instagram: a complete giveaway passes',
      'Giveaway! Comment to enter. No purchase necessary. Official rules: https://example.com/rules. Closes 12 May, UK residents 18+ only. This promotion is in no way sponsored, endorsed or administered by, or associated with, Instagram.',
      { platform: 'instagram', jurisdictions: ['US', 'UK'] },
      [],
    ],
    [
      '"a big win for the team" is not a giveaway',
      'A big win for the team tonight!',
      { platform: 'facebook' },
      [],
    ],
  ])('%s', (_name, text, options, expected) => {
    expect(show(text, options)).toEqual(expected);
  });
});

describe('market-specific findings and wording', () => {
  const on = (text: string, options: CheckOptions) =>
    checkDraft(text, options).filter((f) => f.category === 'disclosure' && f.severity !== 'info');

  it("suggests the brand's preferred wording where every selected market accepts it", () => {
    const german = 'Mein neues Lieblingsserum von @glowco, die Haut ist nach zwei Wochen viel ruhiger.';
    const options: CheckOptions = {
      platform: 'x',
      jurisdictions: ['DE', 'EU'],
      relationship: 'paid',
      disclosureWording: { de: 'Anzeige', en: '#ad' },
    };
    expect(on(german, options)[0]?.suggestions).toEqual(['Anzeige | ']);
    // "#ad" is not a German label: the market's own label is offered instead.
    expect(on(german, { ...options, disclosureWording: { de: '#ad' } })[0]?.suggestions?.[0]).toBe(
      'Werbung | ',
    );
    const english = 'Loving the new Acme blender, smoothies in thirty seconds every morning.';
    expect(
      on(english, {
        platform: 'x',
        jurisdictions: ['US', 'UK'],
        relationship: 'paid',
        disclosureWording: { en: 'Advertisement:' },
      })[0]?.suggestions,
    ).toEqual(['Advertisement: ']);
  });

  it('France: a banned promotion is an error however it is labelled', () => {
    const [finding] = on('Publicité | Mes injections de botox chez @clinique, résultat bluffant.', {
      platform: 'instagram',
      jurisdictions: ['FR'],
      relationship: 'paid',
    });
    expect(finding?.ruleId).toBe('banned-promotion');
    expect(finding?.severity).toBe('error');
    expect(finding?.source).toContain('legifrance');
  });

  it('France: a filtered image needs « Images retouchées »', () => {
    const text = 'Publicité | Photo avec filtre, mon nouveau sérum préféré.';
    const options: CheckOptions = { platform: 'instagram', jurisdictions: ['FR'], relationship: 'paid' };
    expect(on(text, options).map((f) => `${f.ruleId} ${text.slice(f.start, f.end)}`)).toEqual([
      'image-mention filtre',
    ]);
    expect(on(`${text} Images retouchées.`, options)).toEqual([]);
  });

  it("India: a crypto ad needs ASCI's disclaimer; the suggestion adds it", () => {
    const text = '#ad Trade bitcoin on @cryptox with zero fees this week!';
    const [finding] = on(text, { platform: 'instagram', jurisdictions: ['IN'], relationship: 'paid' });
    expect(finding?.ruleId).toBe('crypto-disclaimer');
    const fixed = text.replace('bitcoin', finding?.suggestions?.[0] ?? '');
    expect(on(fixed, { platform: 'instagram', jurisdictions: ['IN'], relationship: 'paid' })).toEqual([]);
  });

  it('"not sponsored" on an organic post is nothing, on a paid one an error', () => {
    const text = 'Not sponsored, I just love my local bakery. Best croissants in town.';
    expect(on(text, { platform: 'x' })).toEqual([]);
    expect(on(text, { platform: 'x', relationship: 'paid' }).map((f) => `${f.ruleId} ${f.severity}`)).toEqual(
      ['disclosure-missing error'],
    );
  });
});
