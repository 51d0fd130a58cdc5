import type { Jurisdiction, PlatformId, Relationship } from '@/utils/checks';

/**
 * Drafts written from the regulators' own good and bad examples (docs/disclosure-law.md lists the
 * documents). Each case names the document and the example or section it is written from. `expected` is
 * what that document says of the draft:
 * - `ok`: a clean draft; no disclosure error or warning at all
 * - `missing`: no label, or one that denies the ad ("not sponsored")
 * - `ambiguous`: only wording the market calls unclear or not enough
 * - `not-first` / `buried` / `below-fold` / `language`: a clear label in the wrong place or language
 * - `banned` / `image` / `vda`: France's art. 4 bans and art. 5 image mentions, India's VDA disclaimer
 */
export interface RegulatorDraft {
  id: string;
  cite: string;
  text: string;
  markets: Jurisdiction[];
  platform: PlatformId;
  relationship: Relationship;
  expected:
    | 'ok'
    | 'missing'
    | 'ambiguous'
    | 'not-first'
    | 'buried'
    | 'below-fold'
    | 'language'
    | 'banned'
    | 'image'
    | 'vda';
}

/** Two commercial bodies per language: a plain one, and one with a shop link and a code. */
const BODIES: Record<string, readonly [string, string]> = {
  en: [
    'Loving the new Acme blender, smoothies in thirty seconds every morning.',
    'My go-to running shoes this season, comfy on long runs: acme.com/shoes code RUN15',
  ],
  de: [
    'Mein neues Lieblingsserum von @glowco, die Haut ist nach zwei Wochen viel ruhiger.',
    'Die Laufschuhe für diese Saison, bequem auf langen Strecken: acme.de/schuhe mit dem Code LAUF15',
  ],
  fr: [
    'Mon nouveau sérum préféré de @glowco, ma peau est plus lumineuse après deux semaines.',
    'Mes baskets de la saison, confortables sur les longues sorties : acme.fr/baskets avec le code COURSE15',
  ],
  es: [
    'Mi nuevo sérum favorito de @glowco, la piel está mucho más luminosa después de dos semanas.',
    'Mis zapatillas de esta temporada, muy cómodas para correr: acme.es/zapatillas con el código CORRE15',
  ],
  it: [
    'Il mio nuovo siero preferito di @glowco, la pelle è molto più luminosa dopo due settimane.',
    'Le mie scarpe da corsa di questa stagione, comodissime per le uscite lunghe: acme.it/scarpe codice CORSA15',
  ],
  pt: [
    'O meu novo sérum favorito da @glowco, a pele está muito mais luminosa depois de duas semanas.',
    'Os meus ténis desta estação, muito confortáveis para correr: acme.com/tenis com o código CORRE15',
  ],
  nl: [
    'Mijn nieuwe favoriete serum van @glowco, mijn huid is na twee weken veel rustiger.',
    'Mijn hardloopschoenen van dit seizoen, heerlijk voor lange rondes: acme.com/schoenen met de code LOOP15',
  ],
  pl: [
    'Moje nowe ulubione serum od @glowco, skóra jest o wiele bardziej promienna po dwóch tygodniach.',
    'Moje buty do biegania na ten sezon, wygodne na długie wybiegania: acme.com/buty z kodem BIEG15',
  ],
  hi: [
    'Mera naya favourite serum from @glowco, do hafte mein skin bahut glowing ho gayi hai.',
    'Is season ke mere running shoes, lambi run ke liye super comfy: acme.in/shoes code RUN15 use karo',
  ],
};

const D101 = 'FTC Disclosures 101 (2019), How to disclose';
const FAQ = 'FTC Endorsement Guides: What People Are Asking (2023)';
const CFR = '16 CFR 255.5 (2023)';
const CAP = 'CAP/CMA Influencers’ guide (2023)';
const LF = 'Medienanstalten Leitfaden Werbekennzeichnung (2022)';
const BGH = 'BGH 9.9.2021 I ZR 90/20, 125/20, 126/20';
const LOI = 'Loi 2023-451';
const HUB = 'EU Influencer Legal Hub (2023)';
const UCPD = 'UCPD Guidance 2021/C 526/01 § 4.2.6';
const ASCI = 'ASCI Influencer guidelines (2021/2023)';

type Lang = keyof typeof BODIES;

/** A case in one language: [id, cite, markets, relationship, text with {body}, expected, platform?]. */
type Case = [string, string, Jurisdiction[], Relationship, string, RegulatorDraft['expected'], PlatformId?];

const CASES: Record<Lang, readonly Case[]> = {
  en: [
    // United States: what the FTC itself calls enough.
    ['us-ad-colon', `${D101}: “ad”`, ['US'], 'paid', 'Ad: {body}', 'ok'],
    [
      'us-hashtag-ad',
      `${FAQ}, Twitter: starting with #ad is likely effective`,
      ['US'],
      'paid',
      '#ad {body}',
      'ok',
    ],
    ['us-advertisement', `${D101}: “advertisement”`, ['US'], 'paid', 'Advertisement: {body}', 'ok'],
    ['us-paid-ad', `${D101}: simple and clear language`, ['US'], 'paid', 'Paid ad: {body}', 'ok'],
    ['us-sponsored', `${D101}: “sponsored”`, ['US'], 'paid', 'Sponsored: {body}', 'ok'],
    [
      'us-thanks-free',
      `${D101}: “Thanks to Acme brand for the free product”`,
      ['US'],
      'gifted',
      'Thanks to Acme brand for the free product! {body}',
      'ok',
    ],
    [
      'us-gave-me',
      `${D101}: plain statement of the gift`,
      ['US'],
      'gifted',
      'Brand X gave me this to try. {body}',
      'ok',
    ],
    [
      'us-sent-me',
      `${CFR}: free product is a material connection`,
      ['US'],
      'gifted',
      'Acme sent me these to review. {body}',
      'ok',
    ],
    [
      'us-paid-me',
      `${D101}: say the brand paid you`,
      ['US'],
      'paid',
      'Acme paid me to try their blender. {body}',
      'ok',
    ],
    ['us-work-at', `${FAQ}, employees: “I work at …”`, ['US'], 'employee', 'I work at Acme. {body}', 'ok'],
    [
      'us-employee-tag',
      `${FAQ}, employees: #[Brand]Employee`,
      ['US'],
      'employee',
      '#AcmeEmployee {body}',
      'ok',
    ],
    ['us-brand-partner', `${FAQ}, #[Brand]Partner`, ['US'], 'paid', '#AcmePartner {body}', 'ok'],
    ['us-brand-ambassador', `${FAQ}, #[Brand]Ambassador`, ['US'], 'paid', '#AcmeAmbassador {body}', 'ok'],
    [
      'us-contest-tag',
      `${FAQ}, social media contests: “contest” in the hashtag`,
      ['US'],
      'gifted',
      '#XYZContest {body}',
      'ok',
    ],
    [
      'us-sweepstakes-tag',
      `${FAQ}, social media contests: “sweepstakes” in the hashtag`,
      ['US'],
      'gifted',
      '#XYZSweepstakes {body}',
      'ok',
    ],
    [
      'us-commissions',
      `${FAQ}, affiliate: “I get commissions for purchases made through links in this post”`,
      ['US'],
      'affiliate',
      'I get commissions for purchases made through links in this post. {body}',
      'ok',
    ],
    [
      'us-ad-at-end-short',
      `${D101}: hard to miss (short post, no fold)`,
      ['US'],
      'paid',
      '{body} #ad',
      'ok',
      'x',
    ],
    ['us-sp', `${D101}: don’t use “sp”`, ['US'], 'paid', '#sp {body}', 'ambiguous'],
    ['us-spon', `${D101}: don’t use “spon”`, ['US'], 'paid', '#spon {body}', 'ambiguous'],
    ['us-collab', `${D101}: don’t use “collab”`, ['US'], 'paid', '#collab {body}', 'ambiguous'],
    ['us-thanks-tag', `${D101}: stand-alone “thanks”`, ['US'], 'gifted', '#thanksAcme {body}', 'ambiguous'],
    [
      'us-ambassador-alone',
      `${D101}: stand-alone “ambassador”`,
      ['US'],
      'paid',
      '#ambassador {body}',
      'ambiguous',
    ],
    [
      'us-sweeps',
      `${FAQ}, contests: “sweeps” probably isn’t enough`,
      ['US'],
      'gifted',
      '#sweeps {body}',
      'ambiguous',
    ],
    ['us-no-label', `${CFR}: disclose a material connection`, ['US'], 'paid', '{body}', 'missing'],
    [
      'us-not-sponsored',
      `${CFR}: a paid post that denies the connection`,
      ['US'],
      'paid',
      'not sponsored!! {body}',
      'missing',
    ],
    [
      'us-buried',
      `${D101}: don’t mix the disclosure into a group of hashtags`,
      ['US'],
      'paid',
      '{body} #blender #smoothie #ad #healthy',
      'buried',
      'x',
    ],
    // United Kingdom: the CAP/CMA guide.
    ['uk-ad', `${CAP}: “Ad”`, ['UK'], 'paid', 'Ad | {body}', 'ok'],
    ['uk-advert', `${CAP}: “Advert”`, ['UK'], 'paid', 'Advert: {body}', 'ok'],
    [
      'uk-advertisement-feature',
      `${CAP}: “Advertisement feature”`,
      ['UK'],
      'paid',
      'Advertisement feature: {body}',
      'ok',
    ],
    [
      'uk-thanks-free',
      `${CAP}: “Thanks to …” is not enough`,
      ['UK'],
      'gifted',
      'Thanks to Acme brand for the free product! {body}',
      'ambiguous',
    ],
    [
      'uk-in-association',
      `${CAP}: “In association with” is not enough`,
      ['UK'],
      'paid',
      'In association with @acme: {body}',
      'ambiguous',
    ],
    [
      'uk-sponsored-by',
      `${CAP}: “Sponsored by” is not enough`,
      ['UK'],
      'paid',
      'Sponsored by @acme. {body}',
      'ambiguous',
    ],
    ['uk-collab', `${CAP}: “Collab” is not enough`, ['UK'], 'paid', 'Collab with @acme! {body}', 'ambiguous'],
    ['uk-gifted', `${CAP}: gifts with no control, “Gifted”`, ['UK'], 'gifted', 'Gifted: {body}', 'ambiguous'],
    ['uk-no-label', `${CAP}: affiliate and paid content is an ad`, ['UK'], 'affiliate', '{body}', 'missing'],
    [
      'uk-own-plain',
      `${CAP}: own products, obvious from the post`,
      ['UK'],
      'own-product',
      'Our new range is here! {body}',
      'ok',
    ],
    [
      'uk-own-unclear',
      `${CAP}: own products need to be obviously identifiable`,
      ['UK'],
      'own-product',
      '{body}',
      'missing',
    ],
    [
      'uk-ad-buried',
      `${CAP}: label upfront, not lost in hashtags`,
      ['UK'],
      'paid',
      '{body} #blender #smoothie #ad #healthy',
      'buried',
      'x',
    ],
    // European Union.
    ['eu-ad-english', `${HUB}: a clear label in the audience’s language`, ['EU'], 'paid', 'Ad: {body}', 'ok'],
    [
      'eu-collaboration',
      `${HUB} and the 2024 sweep: “collaboration” alone`,
      ['EU'],
      'paid',
      'Collaboration with @acme. {body}',
      'ambiguous',
    ],
    [
      'eu-own-plain',
      `${UCPD}: commercial intent apparent from the context`,
      ['EU'],
      'own-product',
      'We designed this for you. {body}',
      'ok',
    ],
    // India.
    ['in-ad', `${ASCI}: “Ad”`, ['IN'], 'paid', '#ad {body}', 'ok'],
    ['in-collab', `${ASCI}: “Collaboration”`, ['IN'], 'paid', '#collab {body}', 'ok'],
    ['in-partnership', `${ASCI}: “Partnership”`, ['IN'], 'paid', '#partnership {body}', 'ok'],
    ['in-free-gift', `${ASCI}: “Free gift”`, ['IN'], 'gifted', '#freegift {body}', 'ok'],
    [
      'in-affiliate',
      `${ASCI}: affiliate content, “Affiliate”`,
      ['IN'],
      'affiliate',
      '#affiliate {body}',
      'ok',
    ],
    ['in-employee', `${ASCI}: “Employee”`, ['IN'], 'employee', '#employee {body}', 'ok'],
    ['in-ad-end', `${ASCI}: upfront, not at the end`, ['IN'], 'paid', '{body} #ad', 'not-first', 'x'],
    ['in-spon', `${ASCI}: other tags do not disclose`, ['IN'], 'paid', '#spon {body}', 'ambiguous'],
    ['in-no-label', `${ASCI}: disclose upfront`, ['IN'], 'paid', '{body}', 'missing'],
    // Several markets at once.
    ['us-uk-ad', `${D101}; ${CAP}: “Ad” satisfies both`, ['US', 'UK'], 'paid', 'Ad: {body}', 'ok'],
    [
      'us-uk-thanks',
      `${D101} vs ${CAP}: “Thanks to … for the free …”`,
      ['US', 'UK'],
      'gifted',
      'Thanks to Acme brand for the free product! {body}',
      'ambiguous',
    ],
  ],
  de: [
    ['de-werbung', `${LF}: „Werbung“ am Anfang`, ['DE'], 'paid', 'Werbung | {body}', 'ok'],
    ['de-anzeige', `${LF}: „Anzeige“ am Anfang`, ['DE'], 'paid', 'Anzeige: {body}', 'ok'],
    [
      'de-werbepartnerschaft',
      `${LF}: „Bezahlte Werbepartnerschaft“`,
      ['DE'],
      'paid',
      'Bezahlte Werbepartnerschaft mit @glowco: {body}',
      'ok',
    ],
    [
      'de-produktplatzierung',
      `${LF}: „Unterstützt durch Produktplatzierung“`,
      ['DE'],
      'paid',
      'Unterstützt durch Produktplatzierung. {body}',
      'ok',
      'youtube',
    ],
    [
      'de-platform-label-first',
      `${LF}: Plattformhinweis am Anfang`,
      ['DE'],
      'paid',
      'Bezahlte Partnerschaft mit @glowco. {body}',
      'ok',
    ],
    [
      'de-werbelink',
      `${LF}: „Werbelink“ am Affiliate-Link`,
      ['DE'],
      'affiliate',
      '{body} amzn.to/3xYz (Werbelink)',
      'ok',
      'x',
    ],
    [
      'de-asterisk',
      `${LF}: Sternchen am Link mit Erklärung`,
      ['DE'],
      'affiliate',
      '{body} amzn.to/3xYz*\n*Affiliate-Link: Kauft ihr darüber, bekomme ich eine Provision.',
      'ok',
      'x',
    ],
    ['de-ad', `${LF}: „#ad“ reicht nicht`, ['DE'], 'paid', '#ad {body}', 'ambiguous'],
    [
      'de-sponsored-by',
      `${LF}: „sponsored by“ reicht nicht`,
      ['DE'],
      'paid',
      'Sponsored by @glowco. {body}',
      'ambiguous',
    ],
    ['de-werbung-end', `${LF}: Kennzeichnung zu Beginn`, ['DE'], 'paid', '{body} Werbung', 'not-first', 'x'],
    [
      'de-keine-werbung',
      `${BGH}: bezahlte Werbung muss gekennzeichnet werden`,
      ['DE'],
      'paid',
      'Keine Werbung! {body}',
      'missing',
    ],
    ['de-no-label', `${BGH}: kommerzieller Zweck kenntlich machen`, ['DE'], 'paid', '{body}', 'missing'],
    [
      'de-own-plain',
      `${LF}: eigene Produkte, offensichtlich`,
      ['DE'],
      'own-product',
      'Unsere neue Kollektion ist da! {body}',
      'ok',
    ],
    [
      'de-own-unclear',
      `${LF}: eigene Produkte kennzeichnen, wenn nicht offensichtlich`,
      ['DE'],
      'own-product',
      '{body}',
      'missing',
    ],
    [
      'de-eu-werbung',
      `${LF}; ${HUB}: Werbung auf einem deutschen Beitrag`,
      ['DE', 'EU'],
      'paid',
      'Werbung: {body}',
      'ok',
    ],
    ['eu-de-english', `${HUB}: Label in der Sprache des Publikums`, ['EU'], 'paid', 'Ad: {body}', 'language'],
  ],
  fr: [
    ['fr-publicite', `${LOI}, art. 5: « Publicité »`, ['FR'], 'paid', 'Publicité | {body}', 'ok'],
    [
      'fr-collaboration-commerciale',
      `${LOI}, art. 5: « Collaboration commerciale »`,
      ['FR'],
      'paid',
      'Collaboration commerciale : {body}',
      'ok',
    ],
    [
      'fr-sponsored',
      `${LOI}, art. 5: un hashtag anglais ne suffit pas`,
      ['FR'],
      'paid',
      '#sponsored {body}',
      'ambiguous',
    ],
    [
      'fr-partenariat',
      `${LOI}, art. 5 (2024): mention équivalente`,
      ['FR'],
      'paid',
      'En partenariat avec @glowco. {body}',
      'ambiguous',
    ],
    [
      'fr-end',
      `${LOI}, art. 5: mention claire et identifiable dès le début`,
      ['FR'],
      'paid',
      '{body} Publicité',
      'not-first',
      'x',
    ],
    ['fr-no-label', `${LOI}, art. 5: intention commerciale explicite`, ['FR'], 'paid', '{body}', 'missing'],
    [
      'fr-pas-sponso',
      `${LOI}, art. 5: un contenu payé qui se dit « pas sponso »`,
      ['FR'],
      'paid',
      'Pas sponso, juste un coup de cœur ! {body}',
      'missing',
    ],
    [
      'fr-botox',
      `${LOI}, art. 4: actes à visée esthétique`,
      ['FR'],
      'paid',
      'Publicité | Mes injections de botox chez @clinique, {body}',
      'banned',
    ],
    [
      'fr-puff',
      `${LOI}, art. 4: produits de la nicotine`,
      ['FR'],
      'paid',
      'Publicité | Ma nouvelle puff préférée, {body}',
      'banned',
    ],
    [
      'fr-pronos',
      `${LOI}, art. 4: abonnements à des pronostics sportifs`,
      ['FR'],
      'paid',
      'Publicité | Abonnement pronostics VIP chez @tipsfoot, {body}',
      'banned',
    ],
    [
      'fr-filtre',
      `${LOI}, art. 5 II: « Images retouchées »`,
      ['FR'],
      'paid',
      'Publicité | Photo avec filtre, {body}',
      'image',
    ],
    [
      'fr-filtre-ok',
      `${LOI}, art. 5 II: mention présente`,
      ['FR'],
      'paid',
      'Publicité | Images retouchées. Photo avec filtre, {body}',
      'ok',
    ],
    [
      'fr-ia',
      `${LOI}, art. 5 II: « Image virtuelle »`,
      ['FR'],
      'paid',
      'Publicité | Visuel généré par IA, {body}',
      'image',
    ],
    [
      'fr-eu-publicite',
      `${LOI}; ${HUB}: un libellé pour les deux`,
      ['FR', 'EU'],
      'paid',
      'Publicité : {body}',
      'ok',
    ],
  ],
  es: [
    [
      'es-publicidad',
      `${HUB}: etiqueta en la lengua del público`,
      ['EU'],
      'paid',
      'Publicidad | {body}',
      'ok',
    ],
    ['es-patrocinado', `${HUB}: «patrocinado»`, ['EU'], 'paid', 'Patrocinado: {body}', 'ok'],
    ['es-english', `${HUB}: etiqueta en la lengua del público`, ['EU'], 'paid', '#ad {body}', 'language'],
    [
      'es-colaboracion',
      `${HUB}; sweep 2024: «colaboración» no basta`,
      ['EU'],
      'paid',
      'Collab con @glowco. {body}',
      'ambiguous',
    ],
    ['es-no-label', `${UCPD}: revelar la intención comercial`, ['EU'], 'paid', '{body}', 'missing'],
    [
      'es-no-es-publi',
      `${UCPD}: contenido pagado que lo niega`,
      ['EU'],
      'paid',
      'No es publicidad, lo juro. {body}',
      'missing',
    ],
  ],
  it: [
    [
      'it-pubblicita',
      `${HUB}: etichetta nella lingua del pubblico`,
      ['EU'],
      'paid',
      'Pubblicità - {body}',
      'ok',
    ],
    ['it-adv', `${HUB}: «ADV» come etichetta`, ['EU'], 'paid', 'ADV | {body}', 'ok'],
    [
      'it-english',
      `${HUB}: etichetta nella lingua del pubblico`,
      ['EU'],
      'paid',
      'Sponsored: {body}',
      'language',
    ],
    ['it-no-label', `${UCPD}: intento commerciale da rivelare`, ['EU'], 'paid', '{body}', 'missing'],
  ],
  pt: [
    ['pt-publicidade', `${HUB}: etiqueta na língua do público`, ['EU'], 'paid', 'Publicidade | {body}', 'ok'],
    ['pt-english', `${HUB}: etiqueta na língua do público`, ['EU'], 'paid', 'Ad: {body}', 'language'],
    ['pt-no-label', `${UCPD}: revelar a intenção comercial`, ['EU'], 'paid', '{body}', 'missing'],
  ],
  nl: [
    [
      'nl-advertentie',
      `${HUB}: label in de taal van het publiek`,
      ['EU'],
      'paid',
      'Advertentie | {body}',
      'ok',
    ],
    ['nl-reclame', `${HUB}: «reclame»`, ['EU'], 'paid', 'Reclame: {body}', 'ok'],
    ['nl-no-label', `${UCPD}: commerciële bedoeling bekendmaken`, ['EU'], 'paid', '{body}', 'missing'],
  ],
  pl: [
    ['pl-reklama', `${HUB}: oznaczenie w języku odbiorców`, ['EU'], 'paid', 'Reklama | {body}', 'ok'],
    [
      'pl-wspolpraca',
      `${HUB}: «współpraca reklamowa»`,
      ['EU'],
      'paid',
      'Współpraca reklamowa z @glowco: {body}',
      'ok',
    ],
    ['pl-english', `${HUB}: oznaczenie w języku odbiorców`, ['EU'], 'paid', '#ad {body}', 'language'],
    ['pl-no-label', `${UCPD}: ujawnić cel komercyjny`, ['EU'], 'paid', '{body}', 'missing'],
  ],
  hi: [
    ['in-hinglish-ad', `${ASCI}: English label on a Hinglish post`, ['IN'], 'paid', '#ad {body}', 'ok'],
    ['in-hinglish-collab', `${ASCI}: “Collaboration”`, ['IN'], 'paid', '#collaboration {body}', 'ok'],
    ['in-hinglish-no-label', `${ASCI}: disclose upfront`, ['IN'], 'paid', '{body}', 'missing'],
    [
      'in-hinglish-thanks',
      `${ASCI}: a thanks is not a label`,
      ['IN'],
      'gifted',
      'Thanks @glowco! {body}',
      'ambiguous',
    ],
  ],
};

const LONG_EN =
  'Three weeks on the road, eleven trains, two missed connections and one unforgettable sunrise over the lake. I kept notes every evening, and here is what I learned about packing light for a long trip. ';

/** Drafts that need a text of their own: folds, links, signals without a stated relationship. */
const SINGLE: readonly RegulatorDraft[] = [
  {
    id: 'us-below-fold',
    cite: `${D101}: not anywhere that requires a person to click MORE`,
    text: `${LONG_EN}My favourite bag for it came from Acme. #ad`,
    markets: ['US'],
    platform: 'instagram',
    relationship: 'paid',
    expected: 'below-fold',
  },
  {
    id: 'uk-below-fold',
    cite: `${CAP}: recognisable without having to click`,
    text: `${LONG_EN}My favourite bag for it came from Acme. Ad`,
    markets: ['UK'],
    platform: 'instagram',
    relationship: 'paid',
    expected: 'below-fold',
  },
  {
    id: 'de-werbelink-far',
    cite: `${LF}: Werbelink direkt am Link`,
    text: 'Mein Lieblingsserum, Werbelink weiter unten. Die Haut ist viel ruhiger, ich nehme es morgens und abends, seit drei Wochen schon. amzn.to/3xYz',
    markets: ['DE'],
    platform: 'x',
    relationship: 'affiliate',
    expected: 'not-first',
  },
  {
    id: 'in-vda-missing',
    cite: 'ASCI VDA guidelines (2022), guideline 1: the disclaimer',
    text: '#ad Trade bitcoin on @cryptox with zero fees this week!',
    markets: ['IN'],
    platform: 'instagram',
    relationship: 'paid',
    expected: 'vda',
  },
  {
    id: 'in-vda-present',
    cite: 'ASCI VDA guidelines (2022), guideline 1: the disclaimer',
    text: '#ad Trade bitcoin on @cryptox with zero fees this week! Crypto products and NFTs are unregulated and can be highly risky. There may be no regulatory recourse for any loss from such transactions.',
    markets: ['IN'],
    platform: 'instagram',
    relationship: 'paid',
    expected: 'ok',
  },
  {
    id: 'in-devanagari-label',
    cite: `${ASCI}: the label in the language of the post`,
    text: 'विज्ञापन | मेरा नया पसंदीदा सीरम @glowco से, दो हफ्ते में त्वचा चमकने लगी',
    markets: ['IN'],
    platform: 'instagram',
    relationship: 'paid',
    expected: 'ok',
  },
  {
    id: 'in-hinglish-code',
    cite: `${ASCI}: a discount code for followers is a material connection`,
    text: 'Mera code GLOW15 use karo aur pao 20% off, link bio mein!',
    markets: ['IN'],
    platform: 'instagram',
    relationship: 'unknown',
    expected: 'missing',
  },
  {
    id: 'pl-code',
    cite: `${HUB}: kod rabatowy oznacza współpracę`,
    text: 'Z moim kodem BIEG15 kupicie buty taniej o 15%, link w bio!',
    markets: ['EU'],
    platform: 'instagram',
    relationship: 'unknown',
    expected: 'missing',
  },
  {
    id: 'es-code',
    cite: `${HUB}: un código de descuento indica colaboración`,
    text: 'Usa mi código CORRE15 para un 15% de descuento en tus zapatillas.',
    markets: ['EU'],
    platform: 'instagram',
    relationship: 'unknown',
    expected: 'missing',
  },
  {
    id: 'it-code',
    cite: `${HUB}: un codice sconto indica una collaborazione`,
    text: 'Con il codice sconto CORSA15 avete il 15% di sconto sulle scarpe, link in bio.',
    markets: ['EU'],
    platform: 'instagram',
    relationship: 'unknown',
    expected: 'missing',
  },
  {
    id: 'us-paid-partnership',
    cite: `${D101}: clear wording`,
    text: 'Paid partnership with @acme: my new blender makes smoothies in thirty seconds.',
    markets: ['US'],
    platform: 'instagram',
    relationship: 'paid',
    expected: 'ok',
  },
  {
    id: 'uk-paid-partnership',
    cite: `${CAP}: “Paid partnership” only in particular circumstances`,
    text: 'Paid partnership with @acme: my new blender makes smoothies in thirty seconds.',
    markets: ['UK'],
    platform: 'instagram',
    relationship: 'paid',
    expected: 'ambiguous',
  },
  {
    id: 'unknown-labelled',
    cite: `${D101}: “ad” at the start`,
    text: 'Ad: use code RUN15 for 15% off the new trainers.',
    markets: ['US', 'UK'],
    platform: 'x',
    relationship: 'unknown',
    expected: 'ok',
  },
  {
    id: 'unknown-code-not-sponsored',
    cite: `${CFR}: a follower discount code with a denial`,
    text: 'Not sponsored, I just love them! Use code JESS10 for 10% off.',
    markets: ['US'],
    platform: 'x',
    relationship: 'unknown',
    expected: 'missing',
  },
];

/** Posts with no commercial relationship, including words that only look commercial. */
const ORGANIC: readonly [string, string, Jurisdiction[], string][] = [
  [
    'org-not-sponsored',
    `${D101}: no relationship, nothing to declare`,
    ['US'],
    'Not sponsored, I just love my local bakery 🥐 Best croissants in town.',
  ],
  [
    'org-bought-myself',
    `${D101}: a product you bought and like`,
    ['US', 'UK'],
    'Bought these trainers with my own money and they are the comfiest I have owned.',
  ],
  [
    'org-work-hospital',
    `${CFR}: no product endorsed`,
    ['US'],
    'I work at the hospital on weekends, long shift today but a good one.',
  ],
  [
    'org-partner',
    `${CFR}: a personal partner, no brand`,
    ['US'],
    'Ten years with my partner today ❤️ Dinner at the place where we met.',
  ],
  [
    'org-saw-an-ad',
    `${D101}: “ad” as a word, not a label`,
    ['US'],
    'I saw an ad for a sofa on the tram today and laughed for five minutes.',
  ],
  [
    'org-gift',
    `${CFR}: a family gift`,
    ['UK'],
    'Wrapped the last birthday gift at 1am. Worth it for her face in the morning 🎁',
  ],
  [
    'org-code',
    `${CFR}: code as in software`,
    ['US'],
    'Spent the whole weekend refactoring code for my side project. Tests are green!',
  ],
  [
    'org-link-in-bio',
    `${CAP}: no brand, only my own blog`,
    ['UK'],
    'New race report is up, link in bio. Sub-four at last!',
  ],
  [
    'org-thanks-friend',
    `${D101}: a thanks to a friend`,
    ['US'],
    'Thanks @jess_runs for pacing me through the last 5k, could not have done it alone.',
  ],
  [
    'org-de-hate-ads',
    `${BGH}: kein kommerzieller Zweck`,
    ['DE'],
    'Ich hasse Werbung im Fernsehen. Deshalb lese ich abends lieber ein Buch.',
  ],
  [
    'org-de-keine-werbung',
    `${BGH}: selbst gekauft, ohne Gegenleistung`,
    ['DE'],
    'Keine Werbung, selbst gekauft: mein Rad ist endlich repariert und ich fahre wieder zur Arbeit.',
  ],
  [
    'org-de-unbezahlt',
    `${LF}: ohne Gegenleistung keine Kennzeichnungspflicht`,
    ['DE'],
    'Unbezahlte Werbung, weil ihr gefragt habt: das Café an der Ecke macht den besten Kuchen.',
  ],
  [
    'org-de-anzeige-police',
    `${BGH}: „Anzeige“ im Sinne von Strafanzeige`,
    ['DE'],
    'Ich habe heute Anzeige bei der Polizei erstattet, weil mein Fahrrad gestohlen wurde.',
  ],
  [
    'org-de-urlaub',
    `${BGH}: privater Beitrag`,
    ['DE', 'EU'],
    'Zwei Wochen Urlaub an der Ostsee, jeden Morgen schwimmen und abends Fischbrötchen.',
  ],
  [
    'org-fr-vacances',
    `${LOI}: aucun avantage reçu`,
    ['FR'],
    'Deux semaines de vacances en Bretagne, baignade tous les matins et crêpes le soir.',
  ],
  [
    'org-fr-pas-sponso',
    `${LOI}: aucun avantage reçu`,
    ['FR'],
    'Pas sponso, juste ma boulangerie préférée du quartier. Les meilleurs croissants !',
  ],
  [
    'org-es-playa',
    `${UCPD}: sin relación comercial`,
    ['EU'],
    'Un día perfecto en la playa con mi familia, los niños construyeron un castillo enorme.',
  ],
  [
    'org-it-mare',
    `${UCPD}: nessun rapporto commerciale`,
    ['EU'],
    'Una giornata perfetta al mare con la mia famiglia, i bambini hanno costruito un castello.',
  ],
  [
    'org-pt-praia',
    `${UCPD}: sem relação comercial`,
    ['EU'],
    'Um dia perfeito na praia com a minha família, as crianças fizeram um castelo enorme.',
  ],
  [
    'org-nl-strand',
    `${UCPD}: geen commerciële relatie`,
    ['EU'],
    'Een perfecte dag op het strand met mijn familie, de kinderen bouwden een enorm kasteel.',
  ],
  [
    'org-pl-plaza',
    `${UCPD}: brak relacji handlowej`,
    ['EU'],
    'Idealny dzień na plaży z rodziną, dzieci zbudowały ogromny zamek z piasku.',
  ],
  [
    'org-pl-kod',
    `${UCPD}: kod jak w programowaniu`,
    ['EU'],
    'Cały weekend pisałem kod do mojego projektu i wreszcie wszystkie testy przechodzą.',
  ],
  [
    'org-hi-family',
    `${ASCI}: no material connection`,
    ['IN'],
    'Aaj poori family ke saath beach pe gaye, bachchon ne bahut bada sandcastle banaya.',
  ],
  [
    'org-hi-devanagari',
    `${ASCI}: no material connection`,
    ['IN'],
    'आज पूरे परिवार के साथ समुद्र तट पर गए, बच्चों ने बहुत बड़ा रेत का महल बनाया।',
  ],
  [
    'org-sale-news',
    `${CFR}: news, no endorsement`,
    ['US'],
    'The corner bookshop is closing after 40 years. Go say goodbye to Margaret this week.',
  ],
  [
    'org-price-only',
    `${CFR}: a price alone`,
    ['UK'],
    'Paid £4 for a coffee today. Four pounds! For a coffee!',
  ],
  [
    'org-contest-school',
    `${FAQ}: a school contest, no sponsor`,
    ['US'],
    'Our class won the school spelling contest today, so proud of these kids.',
  ],
  [
    'org-ambassador-role',
    `${CFR}: a civic role`,
    ['US'],
    'Proud to be a youth ambassador for our town council this year.',
  ],
  [
    'org-in-not-paid',
    `${ASCI}: no material connection`,
    ['IN'],
    'Not paid by anyone, just my honest review of the new metro line: fast and clean.',
  ],
  [
    'org-multi',
    `${D101}; ${CAP}; ${LF}: a private post`,
    ['US', 'UK', 'DE', 'FR', 'EU', 'IN'],
    'Sunday soup: leeks, potatoes, a bay leaf and patience. Recipe in the comments 🍲',
  ],
];

export const REGULATOR_DRAFTS: readonly RegulatorDraft[] = [
  ...Object.entries(CASES).flatMap(([lang, cases]) =>
    cases.flatMap(([id, cite, markets, relationship, text, expected, platform]) =>
      (BODIES[lang as Lang] ?? []).map((body, index) => ({
        id: `${id}-${index + 1}`,
        cite,
        text: text.replace('{body}', body),
        markets,
        platform: platform ?? 'instagram',
        relationship,
        expected,
      })),
    ),
  ),
  ...SINGLE,
  ...ORGANIC.map(([id, cite, markets, text]) => ({
    id,
    cite,
    text,
    markets,
    platform: 'instagram' as const,
    relationship: 'unknown' as const,
    expected: 'ok' as const,
  })),
];
