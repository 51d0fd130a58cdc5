import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BUILT_IN_RULE_IDS,
  type CheckOptions,
  checkDraft,
  defaultGuidelines,
  type Finding,
  type Guidelines,
} from '@/utils/checks';
import type { PartnerLike } from '@/utils/checks/partners';
import type { Wording } from '@/utils/checks/types';
import { checkSurface } from '@/utils/features/surface-checks';
import { findingMessage } from '@/utils/i18n/finding-message';
import { setTestUiLanguage } from '../setup/i18n';

afterEach(() => setTestUiLanguage('en'));

/** The brand's own rules switched off: only the built-in checks speak. */
const NO_RULES: Guidelines = { ...defaultGuidelines, rules: [] };

const tags = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => `${prefix}tag${i + 1}`).join(' ');
const filler = 'Morning light over the harbour and a coffee in hand, the new lens does what it promises. ';

/** One draft per built-in check, with what it needs to raise that check's findings. */
const DRAFTS: readonly (readonly [ruleId: string, text: string, options: CheckOptions])[] = [
  ['platform-length', filler.repeat(36), { platform: 'linkedin' }],
  ['invalid-characters', 'Launch day\uFEFF is here \uD83D today', { platform: 'x' }],
  ['hashtag-limit', `New drop ${tags('#', 31)}`, { platform: 'instagram' }],
  ['mention-limit', `Thanks ${tags('@', 21)}`, { platform: 'instagram' }],
  ['link-limit', `Read ${tags('https://a.example/', 6)}`, { platform: 'threads' }],
  ['link-limit', 'Shop at https://shop.example/new', { platform: 'instagram' }],
  ['link-utm', 'Shop the range at https://shop.example/new', { platform: 'x', utm: { domains: [] } }],
  ['disclosure-missing', 'Use my code SUMMER20 for 20% off the new range!', { platform: 'x' }],
  ['disclosure-ambiguous', 'Use my code SUMMER20 for 20% off the new range! #sp', { platform: 'x' }],
  [
    'disclosure-placement',
    'Neue Laufschuhe von @runco, so bequem! Werbung',
    { platform: 'x', jurisdictions: ['DE'], relationship: 'paid' },
  ],
  ['native-label', '#ad Loving these shoes from @runco', { platform: 'instagram', relationship: 'paid' }],
  [
    'banned-promotion',
    'Publicité | Mon avis sur le botox chez @clinique',
    { platform: 'instagram', jurisdictions: ['FR'], relationship: 'paid' },
  ],
  [
    'image-mention',
    'Publicité | Ma routine avec le filtre @marque',
    { platform: 'instagram', jurisdictions: ['FR'], relationship: 'paid' },
  ],
  [
    'crypto-disclaimer',
    'Ad | Buy bitcoin on @exchange today',
    { platform: 'x', jurisdictions: ['IN'], relationship: 'paid' },
  ],
  ['giveaway-release', 'Giveaway! Follow us and comment to win a bike.', { platform: 'instagram' }],
  ['giveaway-mechanics', 'Giveaway! Tag a friend to enter and win a bike.', { platform: 'facebook' }],
  [
    'giveaway-terms',
    'Giveaway! Comment to win a bike.',
    { platform: 'x', jurisdictions: ['US', 'UK'], relationship: 'none' },
  ],
  ['repost-credit', 'Repost: what a sunset over the bay tonight', { platform: 'instagram' }],
  [
    'quote-source',
    '"The best way to predict the future is to invent it, and we intend to do exactly that this year" is our motto.',
    { platform: 'x' },
  ],
  ['stock-photo', 'Header image from shutterstock.com, edited by our team', { platform: 'x' }],
  [
    'similar-post',
    'Our autumn collection is here with warm colours soft wool and a fit that lasts all season long',
    {
      platform: 'x',
      savedPosts: [
        {
          id: 'post-7',
          author: 'rival',
          text: 'Our autumn collection is here with warm colours soft wool and a fit that lasts all season long',
        },
      ],
    },
  ],
  [
    'registered-mark',
    'Acme keeps your coffee hot all day.',
    { platform: 'x', guidelines: { ...NO_RULES, marks: [{ term: 'Acme', symbol: '®' }] } },
  ],
  ['health-claim', 'Our tea cures anxiety in a week.', { platform: 'x' }],
  ['financial-claim', 'Guaranteed returns with our bitcoin fund!', { platform: 'x' }],
  ['privacy-email', '@anna sorry about that, write to anna.meier@example.com', { platform: 'x' }],
  ['privacy-phone', '@anna we will call you on +49 30 12345678 tomorrow', { platform: 'x' }],
  ['privacy-iban', '@anna refund goes to DE89 3704 0044 0532 0130 00 soon', { platform: 'x' }],
  ['privacy-card', '@anna your card 4111 1111 1111 1111 was charged twice', { platform: 'x' }],
  ['privacy-order-number', '@anna your order #4471-2209 has shipped', { platform: 'x' }],
  ['privacy-address', '@anna we will send it to Hauptstraße 5, 10115 Berlin', { platform: 'x' }],
  [
    'crisis-watch',
    'Our Frostbite blender is back in stock',
    { platform: 'x', watchTerms: ['Frostbite'], crisis: { reason: 'blender recall' } },
  ],
];

function findingsOf(ruleId: string, text: string, options: CheckOptions): Finding[] {
  return checkDraft(text, { guidelines: NO_RULES, ...options }).filter(
    (finding) => finding.ruleId === ruleId && finding.category !== 'voice',
  );
}

/** What the panel shows for each check's draft, in English and in German. */
function rendered(): Record<string, { en: string[]; de: string[] }> {
  const out: Record<string, { en: string[]; de: string[] }> = {};
  for (const [ruleId, text, options] of DRAFTS) {
    const findings = findingsOf(ruleId, text, options);
    setTestUiLanguage('en');
    const en = findings.map((finding) => findingMessage(finding));
    setTestUiLanguage('de');
    const de = findings.map((finding) => findingMessage(finding));
    const shown = out[ruleId] ?? { en: [], de: [] };
    out[ruleId] = { en: [...shown.en, ...en], de: [...shown.de, ...de] };
  }
  return out;
}

describe('the built-in checks’ findings in the UI language', () => {
  it('has a draft here for every built-in check, and each draft raises that check', () => {
    expect([...new Set(DRAFTS.map(([ruleId]) => ruleId))]).toEqual(BUILT_IN_RULE_IDS);
    for (const [ruleId, text, options] of DRAFTS)
      expect(findingsOf(ruleId, text, options).length, ruleId).toBeGreaterThan(0);
  });

  it('every finding of a built-in check has a wording', () => {
    for (const [, text, options] of DRAFTS) {
      for (const finding of checkDraft(text, { guidelines: NO_RULES, ...options }))
        expect(finding.wording, `${finding.ruleId}: ${finding.message}`).toBeDefined();
    }
  });

  it('introduces the regulator’s quote of the French and Indian findings in German, the quote as written', () => {
    for (const ruleId of ['banned-promotion', 'image-mention', 'crypto-disclaimer']) {
      const [, text, options] = DRAFTS.find(([id]) => id === ruleId) ?? ['', '', { platform: 'x' }];
      for (const finding of findingsOf(ruleId, text, options)) {
        // The source's document and words are the wording's last two substitutions.
        const [doc, says] = finding.wording?.args.slice(-2) ?? [];
        expect(finding.message, ruleId).toContain(` (${doc}: ${says})`);
        setTestUiLanguage('de');
        expect(findingMessage(finding), ruleId).toContain(` (Quelle: ${doc}, im Wortlaut: ${says})`);
        setTestUiLanguage('en');
      }
    }
  });

  it('names YouTube’s paid-promotion box in German as YouTube’s German help does', () => {
    const [finding] = findingsOf('native-label', 'Werbung | Neue Laufschuhe von @runco im Test', {
      platform: 'youtube',
      jurisdictions: ['DE'],
      relationship: 'paid',
    });
    expect(finding?.message).toContain('paid promotion');
    setTestUiLanguage('de');
    expect(finding && findingMessage(finding)).toBe(
      'Setzen Sie außerdem in YouTube Studio das Häkchen bei „Video enthält bezahlte Werbung“ („My video contains paid promotion“); es ergänzt die Kennzeichnung in der Beschreibung, ersetzt sie aber nicht.',
    );
  });

  it('renders in English as the engine’s message, and in German', () => {
    const all = rendered();
    // The English UI groups thousands ("3,204"), which the engine's own message does not.
    const ungrouped = (message: string) => message.replace(/(\d),(\d{3})/g, '$1$2');
    for (const ruleId of BUILT_IN_RULE_IDS) {
      const english = DRAFTS.filter(([id]) => id === ruleId).flatMap(([, text, options]) =>
        findingsOf(ruleId, text, options).map((finding) => finding.message),
      );
      expect(all[ruleId]?.en.map(ungrouped), ruleId).toEqual(english);
      for (const [index, german] of (all[ruleId]?.de ?? []).entries())
        expect(german, ruleId).not.toBe(english[index]);
    }
    expect(all).toMatchInlineSnapshot(`
      {
        "banned-promotion": {
          "de": [
            "Frankreich (loi 2023-451): Influencer dürfen keine ästhetischen Eingriffe bewerben, wie auch immer der Beitrag gekennzeichnet ist. (Quelle: Loi 2023-451, art. 4, im Wortlaut: promotion d’actes à visée esthétique interdite)",
          ],
          "en": [
            "France (loi 2023-451): influencers may not promote cosmetic procedures, however the post is labelled. (Loi 2023-451, art. 4: promotion d’actes à visée esthétique interdite)",
          ],
        },
        "crisis-watch": {
          "de": [
            "„Frostbite“ steht auf der Liste sensibler Begriffe der Marke, und die Marke ist im Krisenmodus (blender recall). Lassen Sie den Begriff weg oder lassen Sie den Beitrag von der Person freigeben, die die Krisenreaktion leitet.",
          ],
          "en": [
            "“Frostbite” is on the brand’s watch list, and the brand is in crisis mode (blender recall). Leave it out, or have the post cleared by whoever leads the response.",
          ],
        },
        "crypto-disclaimer": {
          "de": [
            "Indien (ASCI): Eine Anzeige für virtuelle digitale Vermögenswerte braucht den Hinweis „Crypto products and NFTs are unregulated and can be highly risky. There may be no regulatory recourse for any loss from such transactions.“ (Quelle: ASCI VDA guidelines (2022), im Wortlaut: every VDA ad carries it, in the caption too)",
          ],
          "en": [
            "India (ASCI): an ad for virtual digital assets needs the disclaimer “Crypto products and NFTs are unregulated and can be highly risky. There may be no regulatory recourse for any loss from such transactions.” (ASCI VDA guidelines (2022): every VDA ad carries it, in the caption too)",
          ],
        },
        "disclosure-ambiguous": {
          "de": [
            "USA (FTC): „#sp“ ist keine ausreichende Kennzeichnung; beginnen Sie den Beitrag mit „#ad“. (Quelle: FTC, Disclosures 101 (2019), How to disclose, im Wortlaut: “Thanks to Acme brand for the free product”, “ad” or “sponsored” are enough; not “sp”, “spon”, “collab”, a bare “thanks” or “ambassador”)",
          ],
          "en": [
            "United States (FTC): "#sp" is not an acceptable disclosure; start the post with "#ad". (FTC, Disclosures 101 (2019), How to disclose: “Thanks to Acme brand for the free product”, “ad” or “sponsored” are enough; not “sp”, “spon”, “collab”, a bare “thanks” or “ambassador”)",
          ],
        },
        "disclosure-missing": {
          "de": [
            "Dieser Beitrag ist kommerziell (ein Rabattcode, ein Rabatt), hat aber keine Werbekennzeichnung (USA (FTC)). Beginnen Sie ihn mit „#ad“. (Quelle: 16 CFR 255.5 (2023), im Wortlaut: an unexpected material connection must be disclosed clearly and conspicuously)",
          ],
          "en": [
            "This post is commercial (a discount code, a discount) but carries no ad label (United States (FTC)). Start it with "#ad". (16 CFR 255.5 (2023): an unexpected material connection must be disclosed clearly and conspicuously)",
          ],
        },
        "disclosure-placement": {
          "de": [
            "Deutschland (UWG/MStV): „Werbung“ muss ganz am Anfang stehen, vor allem anderen im Beitrag. (Quelle: Medienanstalten, Leitfaden Werbekennzeichnung (2022), im Wortlaut: „Werbung“ oder „Anzeige“ zu Beginn, auf den ersten Blick; nicht „#ad“ oder „sponsored by“)",
          ],
          "en": [
            "Germany (UWG/MStV): "Werbung" must come first, before anything else in the post. (Medienanstalten, Leitfaden Werbekennzeichnung (2022): „Werbung“ oder „Anzeige“ zu Beginn, auf den ersten Blick; nicht „#ad“ oder „sponsored by“)",
          ],
        },
        "financial-claim": {
          "de": [
            "Ein Renditeversprechen für eine Geldanlage braucht einen deutlichen Risikohinweis, im Vereinigten Königreich außerdem eine genehmigte Finanzwerbung.",
          ],
          "en": [
            "A promise of returns on an investment needs a prominent risk warning, and in the UK an approved financial promotion.",
          ],
        },
        "giveaway-mechanics": {
          "de": [
            "Facebook erlaubt keine Teilnahme durch Markieren von Freunden oder Teilen in der Chronik; bitten Sie stattdessen um einen Kommentar oder eine Reaktion.",
          ],
          "en": [
            "Facebook does not allow entry by tagging friends or sharing to a timeline; ask people to comment or react instead.",
          ],
        },
        "giveaway-release": {
          "de": [
            "Instagram verlangt, dass jedes Gewinnspiel Instagram von der Haftung freistellt und sagt, dass es nicht von der Plattform gesponsert, unterstützt oder durchgeführt wird.",
          ],
          "en": [
            "Instagram requires every giveaway to release Instagram and say it is not sponsored, endorsed or administered by it.",
          ],
        },
        "giveaway-terms": {
          "de": [
            "US-Gewinnspiel: Ergänzen Sie „No purchase necessary“ und einen Link zu den offiziellen Teilnahmebedingungen. Vereinigtes Königreich (ASA): Nennen Sie im Beitrag den Teilnahmeschluss und wer teilnehmen darf (Alter, Wohnsitz).",
          ],
          "en": [
            "US sweepstakes: add "No purchase necessary" and a link to the official rules. UK (ASA): state the closing date and who can enter (age, residency) in the post.",
          ],
        },
        "hashtag-limit": {
          "de": [
            "31 Hashtags: Instagram erlaubt höchstens 30.",
          ],
          "en": [
            "31 hashtags: Instagram allows at most 30.",
          ],
        },
        "health-claim": {
          "de": [
            "Die Aussage, ein Produkt beuge einer Krankheit vor, behandle oder heile sie, ist für Lebensmittel und Nahrungsergänzungsmittel verboten (UK/EU) und braucht überall einen Nachweis.",
          ],
          "en": [
            "A claim that a product prevents, treats or cures a disease is banned for foods and supplements (UK/EU) and needs proof everywhere.",
          ],
        },
        "image-mention": {
          "de": [
            "Frankreich (loi 2023-451): Ergänzen Sie « Image retouchée » im Bild und in der Beschreibung. (Quelle: Loi 2023-451, art. 5, im Wortlaut: « Images retouchées » ou « Image virtuelle » sur l’image)",
          ],
          "en": [
            "France (loi 2023-451): add « Image retouchée » to the image and the caption. (Loi 2023-451, art. 5: « Images retouchées » ou « Image virtuelle » sur l’image)",
          ],
        },
        "invalid-characters": {
          "de": [
            "X lehnt Beiträge mit diesem unsichtbaren Zeichen ab (U+FEFF); entfernen Sie es.",
            "Ein halbes Zeichen (U+D83D), übrig vom Ausschneiden oder Einfügen: X würde hier „�“ zeigen; entfernen Sie es.",
          ],
          "en": [
            "X refuses posts with this invisible character (U+FEFF); remove it.",
            "Half of a character (U+D83D), left by a cut or paste: X would show “�” here; remove it.",
          ],
        },
        "link-limit": {
          "de": [
            "6 verschiedene Links: Threads erlaubt höchstens 5.",
            "Links in Beschreibungen auf Instagram sind nicht anklickbar; setzen Sie den Link in Ihre Bio oder einen Link-Sticker und sagen Sie, wo er zu finden ist.",
          ],
          "en": [
            "6 different links: Threads allows at most 5.",
            "Links in Instagram captions are not clickable; put it in your bio or a link sticker and say where to find it.",
          ],
        },
        "link-utm": {
          "de": [
            "Dieser Link hat keine UTM-Parameter, daher kann Ihre Webanalyse die Besuche, die er bringt, nicht von anderen unterscheiden. Ergänzen Sie sie: source, medium, campaign.",
          ],
          "en": [
            "This link has no UTM tags, so your web analytics can’t tell the visits it brings from others. Add them: source, medium, campaign.",
          ],
        },
        "mention-limit": {
          "de": [
            "21 Erwähnungen: Instagram erlaubt höchstens 20.",
          ],
          "en": [
            "21 mentions: Instagram allows at most 20.",
          ],
        },
        "native-label": {
          "de": [
            "Schalten Sie außerdem das Label „Paid partnership“ („Bezahlte Partnerschaft“) ein (markieren Sie die Marke mit dem Branded-Content-Tool); es ergänzt die Kennzeichnung in der Beschreibung, ersetzt sie aber nicht.",
          ],
          "en": [
            "Also switch on the "Paid partnership" label (tag the brand with the branded content tool); it adds to the label in the caption, it does not replace it.",
          ],
        },
        "platform-length": {
          "de": [
            "3.204 / 3.000: 204 zu viel für LinkedIn. Beim Kürzen auf das Limit fällt alles ab „Morning light over the harbour and a…“ weg.",
          ],
          "en": [
            "3,204 / 3,000: 204 over the limit for LinkedIn. Trimming to the limit cuts from “Morning light over the harbour and a…”.",
          ],
        },
        "privacy-address": {
          "de": [
            "Eine Postanschrift in einem öffentlichen Beitrag ist ein personenbezogenes Datum, das jeder lesen kann (DSGVO Art. 5 Abs. 1 lit. c und f): Schreiben Sie per Direktnachricht weiter.",
          ],
          "en": [
            "A postal address in a public post is personal data anyone can read (GDPR Art. 5(1)(c) and (f)): continue by direct message.",
          ],
        },
        "privacy-card": {
          "de": [
            "Eine Kartennummer (die nach PCI DSS nicht ungeschützt versendet werden darf) in einem öffentlichen Beitrag ist ein personenbezogenes Datum, das jeder lesen kann (DSGVO Art. 5 Abs. 1 lit. c und f): Schreiben Sie per Direktnachricht weiter.",
          ],
          "en": [
            "A payment card number (which PCI DSS forbids sending unprotected) in a public post is personal data anyone can read (GDPR Art. 5(1)(c) and (f)): continue by direct message.",
          ],
        },
        "privacy-email": {
          "de": [
            "Eine E-Mail-Adresse in einem öffentlichen Beitrag ist ein personenbezogenes Datum, das jeder lesen kann (DSGVO Art. 5 Abs. 1 lit. c und f): Schreiben Sie per Direktnachricht weiter.",
          ],
          "en": [
            "An e-mail address in a public post is personal data anyone can read (GDPR Art. 5(1)(c) and (f)): continue by direct message.",
          ],
        },
        "privacy-iban": {
          "de": [
            "Eine Kontonummer (IBAN) in einem öffentlichen Beitrag ist ein personenbezogenes Datum, das jeder lesen kann (DSGVO Art. 5 Abs. 1 lit. c und f): Schreiben Sie per Direktnachricht weiter.",
          ],
          "en": [
            "A bank account number (IBAN) in a public post is personal data anyone can read (GDPR Art. 5(1)(c) and (f)): continue by direct message.",
          ],
        },
        "privacy-order-number": {
          "de": [
            "Eine Bestell- oder Ticketnummer in einem öffentlichen Beitrag ist ein personenbezogenes Datum, das jeder lesen kann (DSGVO Art. 5 Abs. 1 lit. c und f): Schreiben Sie per Direktnachricht weiter.",
          ],
          "en": [
            "An order or ticket number in a public post is personal data anyone can read (GDPR Art. 5(1)(c) and (f)): continue by direct message.",
          ],
        },
        "privacy-phone": {
          "de": [
            "Eine Telefonnummer in einem öffentlichen Beitrag ist ein personenbezogenes Datum, das jeder lesen kann (DSGVO Art. 5 Abs. 1 lit. c und f): Schreiben Sie per Direktnachricht weiter.",
          ],
          "en": [
            "A phone number in a public post is personal data anyone can read (GDPR Art. 5(1)(c) and (f)): continue by direct message.",
          ],
        },
        "quote-source": {
          "de": [
            "Ein Zitat aus 20 Wörtern ohne Quelle: Ergänzen Sie, von wem es stammt, oder einen Link („— Name“ oder „via @handle“).",
          ],
          "en": [
            "A 20-word quotation with no source: add the author or a link ("— Name" or "via @handle").",
          ],
        },
        "registered-mark": {
          "de": [
            "Erste Nennung von Acme: Schreiben Sie Acme®.",
          ],
          "en": [
            "First mention of Acme: write it as Acme®.",
          ],
        },
        "repost-credit": {
          "de": [
            "Nennen Sie gleich daneben, wer den Inhalt geschaffen hat (@Handle oder Link). Eine Nennung ist keine Erlaubnis: Stellen Sie sicher, dass Sie diese haben.",
          ],
          "en": [
            "Credit the original creator (@handle or link) next to this. Credit is not permission: make sure you have it.",
          ],
        },
        "similar-post": {
          "de": [
            "Dieser Entwurf ist zu 100 % dem gespeicherten Beitrag von @rival ähnlich („Our autumn collection is here with warm colours so…“, post-7). Formulieren Sie ihn mit eigenen Worten.",
          ],
          "en": [
            "This draft is 100% similar to @rival’s saved post "Our autumn collection is here with warm colours so…" (post-7). Rewrite it in your own words.",
          ],
        },
        "stock-photo": {
          "de": [
            "Stockbild: Prüfen Sie, ob die Lizenz die Nutzung in sozialen Medien und die kommerzielle Nutzung abdeckt, und nennen Sie die Quelle, wenn die Lizenz es verlangt.",
          ],
          "en": [
            "Stock image: confirm the licence covers social and commercial use, and credit it if the licence asks.",
          ],
        },
      }
    `);
  });

  it('writes numbers in the UI language: 3.100 / 3.000 in German', () => {
    const [finding] = findingsOf('platform-length', filler.repeat(36), { platform: 'linkedin' });
    setTestUiLanguage('de');
    expect(findingMessage(finding as Finding)).toMatch(/^3\.\d{3} \/ 3\.000: \d+ zu viel für LinkedIn\./);
    setTestUiLanguage('en');
    expect(findingMessage(finding as Finding)).toMatch(
      /^3,\d{3} \/ 3,000: \d+ over the limit for LinkedIn\./,
    );
  });

  it('quotes the links Bluesky shortens with the UI language’s quotation marks', () => {
    const text = `${filler.repeat(4)}https://shop.example/a/very/long/path/to/the/new/range`;
    const [finding] = findingsOf('platform-length', text, { platform: 'bluesky' });
    expect(finding?.wording?.key).toBe('findingLengthOverLinks');
    setTestUiLanguage('de');
    expect(findingMessage(finding as Finding)).toMatch(
      /zu viel für Bluesky\. .* Bluesky zählt Links so, wie der Editor sie veröffentlicht: „shop\.example\/[^“]+“\.$/,
    );
  });

  it('says "this field" for a surface with its own limit, in either language', () => {
    const text = 'A title that runs on and on well past what the field allows';
    const [finding] = checkSurface(text, 'reddit', { limit: 20 }, {}, true).filter(
      (candidate) => candidate.ruleId === 'platform-length',
    );
    expect(finding?.message).toContain('over the limit for this field');
    setTestUiLanguage('de');
    expect(findingMessage(finding as Finding)).toContain('zu viel für dieses Feld');
  });

  it('a guideline rule keeps the brand’s own message in every language', () => {
    const rule = { ...defaultGuidelines.rules[0], id: 'mine', message: 'Our own words.' };
    const finding: Finding = {
      ruleId: 'mine',
      category: 'voice',
      severity: 'warning',
      start: 0,
      end: 0,
      message: rule.message,
    };
    setTestUiLanguage('de');
    expect(findingMessage(finding)).toBe('Our own words.');
  });
});

/** The disclosure checks: one case for each of their wordings. */
const DISCLOSURE_CHECKS = ['disclosure-missing', 'disclosure-ambiguous', 'disclosure-placement'];
const germanFiller =
  'Morgenlicht über dem Hafen, Kaffee in der Hand und das neue Objektiv hält, was es verspricht. ';
const acme: PartnerLike = {
  id: 'p-acme',
  name: 'Acme Running',
  handles: ['acme_run'],
  relationship: 'paid',
  from: '2026-01-01',
  until: '2026-12-31',
  markets: [],
};

/** Each case of the three disclosure checks: a draft that raises it, and the markets it is checked for. */
const CASES: readonly (readonly [name: string, text: string, options: Partial<CheckOptions>])[] = [
  ['a denial', 'Keine Werbung, aber mit dem Code SOMMER20 sparen Sie 20 %.', { jurisdictions: ['DE'] }],
  ['a possible connection', 'Shop now: the spring range is 20% off this weekend.', { jurisdictions: ['US'] }],
  [
    'no label, two markets',
    'Mit dem Code SOMMER20 sparen Sie 20 % im Shop.',
    { jurisdictions: ['DE', 'EU'] },
  ],
  [
    'the own product',
    'Die neuen Laufschuhe sind da, jetzt im Shop: https://shop.example/neu',
    { jurisdictions: ['DE', 'UK'], relationship: 'own-product' },
  ],
  ['unclear wording', 'Use my code SUMMER20 for 20% off the new range! #gifted', { jurisdictions: ['US'] }],
  ['insufficient wording', 'Mit dem Code SOMMER20 sparen Sie 20 % im Shop. #ad', { jurisdictions: ['DE'] }],
  [
    'a partner makes it commercial',
    'Ran my first 10k this morning in the new trainers from @acme_run #sp',
    { jurisdictions: ['US'], partners: [acme], today: '2026-06-15', relationship: 'none' },
  ],
  [
    'below the fold',
    `${germanFiller.repeat(3)}#Werbung`,
    { platform: 'instagram', jurisdictions: ['DE'], relationship: 'paid' },
  ],
  [
    'near the fold',
    `${filler.repeat(2).slice(0, 140)} #ad`,
    { platform: 'linkedin', jurisdictions: ['US'], relationship: 'paid' },
  ],
  [
    'among the closing hashtags',
    'Neue Laufschuhe von @runco, so bequem!\n#laufen #sport #fitness #Werbung',
    { jurisdictions: ['DE'], relationship: 'paid' },
  ],
  [
    'a link label away from its link',
    'Neue Laufschuhe https://shop.example/neu und ich trage sie jeden Tag beim Training, wirklich jeden Tag (Werbelink)',
    { jurisdictions: ['DE'], relationship: 'affiliate' },
  ],
  [
    'not first',
    'Neue Laufschuhe von @runco, so bequem! Werbung',
    { jurisdictions: ['DE', 'FR'], relationship: 'paid' },
  ],
  [
    'not in the post’s language',
    'Ad: Neue Laufschuhe von @runco, so bequem und leicht!',
    { jurisdictions: ['EU'], relationship: 'paid' },
  ],
];

/** The catalogue keys a wording and the wordings merged after it use. */
function keysOf(wording: Wording | undefined): string[] {
  return wording ? [wording.key, ...keysOf(wording.next)] : [];
}

/** The [document, words] of each regulator quote in a wording chain. */
function sourcesOf(wording: Wording | undefined): (readonly [unknown, unknown])[] {
  if (!wording) return [];
  const here = wording.key === 'findingDisclosureSource' ? [[wording.args[0], wording.args[1]] as const] : [];
  return [...here, ...sourcesOf(wording.next)];
}

function disclosureFindings(text: string, options: Partial<CheckOptions>): Finding[] {
  return checkDraft(text, { platform: 'x', guidelines: NO_RULES, ...options }).filter((finding) =>
    DISCLOSURE_CHECKS.includes(finding.ruleId),
  );
}

/** What the panel shows for each case, in English and in German. */
function renderedDisclosure(): Record<string, { en: string[]; de: string[] }> {
  const out: Record<string, { en: string[]; de: string[] }> = {};
  for (const [name, text, options] of CASES) {
    const findings = disclosureFindings(text, options);
    setTestUiLanguage('en');
    const en = findings.map((finding) => findingMessage(finding));
    setTestUiLanguage('de');
    const de = findings.map((finding) => findingMessage(finding));
    out[name] = { en, de };
  }
  return out;
}

describe('the disclosure checks’ findings in the UI language', () => {
  it('has a case here for every disclosure wording in the catalogue, each raising a finding', () => {
    const used = new Set<string>();
    for (const [name, text, options] of CASES) {
      const findings = disclosureFindings(text, options);
      expect(findings.length, name).toBeGreaterThan(0);
      for (const finding of findings) for (const key of keysOf(finding.wording)) used.add(key);
    }
    const english = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8'));
    const catalogue = Object.keys(english).filter((key) => key.startsWith('findingDisclosure'));
    expect([...used].sort()).toEqual(catalogue.sort());
  });

  it('renders in English as the engine’s message, in German otherwise, the regulator quoted as it wrote', () => {
    const all = renderedDisclosure();
    for (const [name, text, options] of CASES) {
      const findings = disclosureFindings(text, options);
      expect(all[name]?.en, name).toEqual(findings.map((finding) => finding.message));
      for (const [index, finding] of findings.entries()) {
        const german = all[name]?.de[index] ?? '';
        expect(german, name).not.toBe(finding.message);
        // Each regulator quote the English message gives, the German one gives word for word, with its source.
        for (const [doc, says] of sourcesOf(finding.wording)) {
          expect(finding.message, name).toContain(` (${doc}: ${says})`);
          expect(german, name).toContain(` (Quelle: ${doc}, im Wortlaut: ${says})`);
        }
      }
    }
    expect(all).toMatchInlineSnapshot(`
      {
        "a denial": {
          "de": [
            "„Keine Werbung“ sagt den Lesern, dies sei keine Werbung, aber der Beitrag ist kommerziell (ein Rabattcode); das führt sie in die Irre. Ersetzen Sie es durch „Werbung“. (Quelle: BGH, 9.9.2021, I ZR 90/20, 125/20, 126/20, im Wortlaut: bezahlte Werbung für Dritte muss als solche erkennbar sein)",
          ],
          "en": [
            ""Keine Werbung" tells readers this is not an ad, but the post is commercial (a discount code); that misleads them. Replace it with "Werbung". (BGH, 9.9.2021, I ZR 90/20, 125/20, 126/20: bezahlte Werbung für Dritte muss als solche erkennbar sein)",
          ],
        },
        "a link label away from its link": {
          "de": [
            "Deutschland (UWG/MStV): „Werbelink“ muss am Anfang stehen oder direkt an dem Link, den es erklärt. (Quelle: Medienanstalten, Leitfaden (2022), Affiliate-Links, im Wortlaut: „Werbelink“ oder Sternchen direkt am Link, mit Erklärung in der Nähe)",
          ],
          "en": [
            "Germany (UWG/MStV): "Werbelink" must come first, or stand right at the link it explains. (Medienanstalten, Leitfaden (2022), Affiliate-Links: „Werbelink“ oder Sternchen direkt am Link, mit Erklärung in der Nähe)",
          ],
        },
        "a partner makes it commercial": {
          "de": [
            "Dieser Beitrag ist kommerziell (@acme_run: Acme Running ist ein bezahlter Partner bis 2026-12-31). USA (FTC): „#sp“ ist keine ausreichende Kennzeichnung; beginnen Sie den Beitrag mit „#ad“. (Quelle: FTC, Disclosures 101 (2019), How to disclose, im Wortlaut: “Thanks to Acme brand for the free product”, “ad” or “sponsored” are enough; not “sp”, “spon”, “collab”, a bare “thanks” or “ambassador”)",
          ],
          "en": [
            "This post is commercial (@acme_run: Acme Running is a paid partner until 2026-12-31). United States (FTC): "#sp" is not an acceptable disclosure; start the post with "#ad". (FTC, Disclosures 101 (2019), How to disclose: “Thanks to Acme brand for the free product”, “ad” or “sponsored” are enough; not “sp”, “spon”, “collab”, a bare “thanks” or “ambassador”)",
          ],
        },
        "a possible connection": {
          "de": [
            "Gibt es eine geschäftliche Verbindung (Bezahlung, Geschenk, Provision, Rabattcode) (ein Kaufaufruf, ein Rabatt)? Dann kennzeichnen Sie den Beitrag am Anfang als Werbung; ist es Ihr eigenes Produkt oder unbezahlt, stellen Sie die Beziehung entsprechend ein.",
          ],
          "en": [
            "Is there a material connection (payment, gift, commission, discount code) (a shopping call to action, a discount)? If so, label it as an ad at the start; if it is your own product or organic, set the relationship to say so.",
          ],
        },
        "among the closing hashtags": {
          "de": [
            "Deutschland (UWG/MStV): „#Werbung“ geht zwischen den Hashtags am Ende unter; setzen Sie es an den Anfang, getrennt von ihnen. (Quelle: Medienanstalten, Leitfaden Werbekennzeichnung (2022), im Wortlaut: „Werbung“ oder „Anzeige“ zu Beginn, auf den ersten Blick; nicht „#ad“ oder „sponsored by“) Deutschland (UWG/MStV): „#Werbung“ muss ganz am Anfang stehen, vor allem anderen im Beitrag. (Quelle: Medienanstalten, Leitfaden Werbekennzeichnung (2022), im Wortlaut: „Werbung“ oder „Anzeige“ zu Beginn, auf den ersten Blick; nicht „#ad“ oder „sponsored by“)",
          ],
          "en": [
            "Germany (UWG/MStV): "#Werbung" is lost among the closing hashtags; put it at the start, apart from them. (Medienanstalten, Leitfaden Werbekennzeichnung (2022): „Werbung“ oder „Anzeige“ zu Beginn, auf den ersten Blick; nicht „#ad“ oder „sponsored by“) Germany (UWG/MStV): "#Werbung" must come first, before anything else in the post. (Medienanstalten, Leitfaden Werbekennzeichnung (2022): „Werbung“ oder „Anzeige“ zu Beginn, auf den ersten Blick; nicht „#ad“ oder „sponsored by“)",
          ],
        },
        "below the fold": {
          "de": [
            "Deutschland (UWG/MStV): „#Werbung“ steht unter dem „…mehr“-Umbruch, die meisten Leser sehen es nie; setzen Sie es an den Anfang. (Quelle: Medienanstalten, Leitfaden Werbekennzeichnung (2022), im Wortlaut: „Werbung“ oder „Anzeige“ zu Beginn, auf den ersten Blick; nicht „#ad“ oder „sponsored by“) Deutschland (UWG/MStV): „#Werbung“ muss ganz am Anfang stehen, vor allem anderen im Beitrag. (Quelle: Medienanstalten, Leitfaden Werbekennzeichnung (2022), im Wortlaut: „Werbung“ oder „Anzeige“ zu Beginn, auf den ersten Blick; nicht „#ad“ oder „sponsored by“)",
          ],
          "en": [
            "Germany (UWG/MStV): "#Werbung" is below the "…more" fold, so most readers never see it; move it to the start. (Medienanstalten, Leitfaden Werbekennzeichnung (2022): „Werbung“ oder „Anzeige“ zu Beginn, auf den ersten Blick; nicht „#ad“ oder „sponsored by“) Germany (UWG/MStV): "#Werbung" must come first, before anything else in the post. (Medienanstalten, Leitfaden Werbekennzeichnung (2022): „Werbung“ oder „Anzeige“ zu Beginn, auf den ersten Blick; nicht „#ad“ oder „sponsored by“)",
          ],
        },
        "insufficient wording": {
          "de": [
            "Deutschland (UWG/MStV): „#ad“ ist keine ausreichende Kennzeichnung; beginnen Sie den Beitrag mit „Werbung“. (Quelle: Medienanstalten, Leitfaden Werbekennzeichnung (2022), im Wortlaut: „Werbung“ oder „Anzeige“ zu Beginn, auf den ersten Blick; nicht „#ad“ oder „sponsored by“)",
          ],
          "en": [
            "Germany (UWG/MStV): "#ad" is not an acceptable disclosure; start the post with "Werbung". (Medienanstalten, Leitfaden Werbekennzeichnung (2022): „Werbung“ oder „Anzeige“ zu Beginn, auf den ersten Blick; nicht „#ad“ oder „sponsored by“)",
          ],
        },
        "near the fold": {
          "de": [
            "USA (FTC): „#ad“ wird auf kleineren Bildschirmen womöglich von „…mehr“ abgeschnitten; setzen Sie es an den Anfang. (Quelle: FTC, Disclosures 101 (2019), How to disclose, im Wortlaut: “Thanks to Acme brand for the free product”, “ad” or “sponsored” are enough; not “sp”, “spon”, “collab”, a bare “thanks” or “ambassador”)",
          ],
          "en": [
            "United States (FTC): "#ad" may be cut off by "…more" on smaller screens; move it to the start. (FTC, Disclosures 101 (2019), How to disclose: “Thanks to Acme brand for the free product”, “ad” or “sponsored” are enough; not “sp”, “spon”, “collab”, a bare “thanks” or “ambassador”)",
          ],
        },
        "no label, two markets": {
          "de": [
            "Dieser Beitrag ist kommerziell (ein Rabattcode), hat aber keine Werbekennzeichnung (Deutschland (UWG/MStV), Europäische Union (UGP-Richtlinie)). Beginnen Sie ihn mit „Werbung |“. (Quelle: BGH, 9.9.2021, I ZR 90/20, 125/20, 126/20, im Wortlaut: bezahlte Werbung für Dritte muss als solche erkennbar sein)",
          ],
          "en": [
            "This post is commercial (a discount code) but carries no ad label (Germany (UWG/MStV), European Union (UCPD)). Start it with "Werbung |". (BGH, 9.9.2021, I ZR 90/20, 125/20, 126/20: bezahlte Werbung für Dritte muss als solche erkennbar sein)",
          ],
        },
        "not first": {
          "de": [
            "Frankreich (ARPP, loi influenceurs): „Werbung“ ist keine ausreichende Kennzeichnung; beginnen Sie den Beitrag mit „Publicité“. (Quelle: Loi 2023-451, art. 5, im Wortlaut: « Publicité » ou « Collaboration commerciale », claire et lisible)",
            "Deutschland (UWG/MStV): „Werbung“ muss ganz am Anfang stehen, vor allem anderen im Beitrag. (Quelle: Medienanstalten, Leitfaden Werbekennzeichnung (2022), im Wortlaut: „Werbung“ oder „Anzeige“ zu Beginn, auf den ersten Blick; nicht „#ad“ oder „sponsored by“)",
          ],
          "en": [
            "France (ARPP, loi influenceurs): "Werbung" is not an acceptable disclosure; start the post with "Publicité". (Loi 2023-451, art. 5: « Publicité » ou « Collaboration commerciale », claire et lisible)",
            "Germany (UWG/MStV): "Werbung" must come first, before anything else in the post. (Medienanstalten, Leitfaden Werbekennzeichnung (2022): „Werbung“ oder „Anzeige“ zu Beginn, auf den ersten Blick; nicht „#ad“ oder „sponsored by“)",
          ],
        },
        "not in the post’s language": {
          "de": [
            "Europäische Union (UGP-Richtlinie): Die Kennzeichnung sollte in der Sprache des Beitrags stehen: „Werbung“. (Quelle: EU Influencer Legal Hub (2023), im Wortlaut: a clear label in the audience’s language, seen without “more”)",
          ],
          "en": [
            "European Union (UCPD): the label should be in the post's language: "Werbung". (EU Influencer Legal Hub (2023): a clear label in the audience’s language, seen without “more”)",
          ],
        },
        "the own product": {
          "de": [
            "Deutschland (UWG/MStV), Vereinigtes Königreich (ASA/CMA): Dieser Beitrag bewirbt Ihr eigenes Produkt, was Leser vielleicht nicht erkennen. Sagen Sie es deutlich („unsere neue Kollektion“) oder beginnen Sie mit „Werbung | Ad |“. (Quelle: Medienanstalten, Leitfaden (2022), eigene Produkte, im Wortlaut: eigene Produkte kennzeichnen, wenn es nicht offensichtlich ist)",
          ],
          "en": [
            "Germany (UWG/MStV), United Kingdom (ASA/CMA): this promotes your own product, which readers may not see. Say so plainly ("our new range") or start with "Werbung | Ad |". (Medienanstalten, Leitfaden (2022), eigene Produkte: eigene Produkte kennzeichnen, wenn es nicht offensichtlich ist)",
          ],
        },
        "unclear wording": {
          "de": [
            "USA (FTC): „#gifted“ sagt nicht eindeutig, dass dies Werbung ist; verwenden Sie „#ad“. (Quelle: FTC, Disclosures 101 (2019), How to disclose, im Wortlaut: “Thanks to Acme brand for the free product”, “ad” or “sponsored” are enough; not “sp”, “spon”, “collab”, a bare “thanks” or “ambassador”)",
          ],
          "en": [
            "United States (FTC): "#gifted" does not clearly say this is an ad; use "#ad". (FTC, Disclosures 101 (2019), How to disclose: “Thanks to Acme brand for the free product”, “ad” or “sponsored” are enough; not “sp”, “spon”, “collab”, a bare “thanks” or “ambassador”)",
          ],
        },
      }
    `);
  });
});
