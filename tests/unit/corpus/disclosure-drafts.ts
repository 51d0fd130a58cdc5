import type { Jurisdiction, PlatformId, Relationship } from '@/utils/checks';

/**
 * Labelled drafts for the disclosure checks. `commercial: false` drafts are organic: they must get no
 * disclosure finding at all. For commercial drafts, `expected` is what a careful reviewer of the market's
 * rules (docs/disclosure-law.md) would say about the disclosure:
 * - `ok`: clear and well placed
 * - `missing`: no disclosure wording at all
 * - `ambiguous`: only wording the market calls unclear or insufficient
 * - `below-fold` / `buried` / `not-first` / `language`: a clear label in the wrong place or language
 */
export interface LabelledDraft {
  id: string;
  text: string;
  platform: PlatformId;
  jurisdictions: Jurisdiction[];
  relationship?: Relationship;
  commercial: boolean;
  expected: 'ok' | 'missing' | 'ambiguous' | 'below-fold' | 'buried' | 'not-first' | 'language';
}

const organic = (
  id: string,
  text: string,
  platform: PlatformId = 'instagram',
  jurisdictions: Jurisdiction[] = ['US'],
): LabelledDraft => ({ id, text, platform, jurisdictions, commercial: false, expected: 'ok' });

const paidFor = (
  id: string,
  text: string,
  expected: LabelledDraft['expected'],
  jurisdictions: Jurisdiction[] = ['US'],
  platform: PlatformId = 'instagram',
  relationship?: Relationship,
): LabelledDraft => ({
  id,
  text,
  platform,
  jurisdictions,
  commercial: true,
  expected,
  ...(relationship ? { relationship } : {}),
});

const LONG_INTRO =
  'Three weeks on the road, eleven trains, two missed connections and one unforgettable sunrise over the lake. I kept notes every evening, and here is what I learned about packing light. ';

export const DISCLOSURE_CORPUS: LabelledDraft[] = [
  // Organic posts, including words that only look commercial.
  organic('en-beach', 'Great day at the beach with my family 🌊 The kids built a sandcastle taller than me.'),
  organic(
    'en-saw-an-ad',
    'I saw an ad for a sofa on the tram today and laughed for five minutes. Who writes these?',
  ),
  organic('en-partner', 'Ten years with my partner today ❤️ Dinner at the place where we met.', 'facebook'),
  organic('en-gift', 'Wrapped the last birthday gift at 1am. Worth it for her face in the morning 🎁'),
  organic(
    'en-code',
    'Spent the whole weekend refactoring code for my side project. Tests are green at last!',
    'x',
  ),
  organic(
    'en-collab-school',
    'Our school choir and the orchestra performed together tonight. Proud of every kid.',
    'facebook',
  ),
  organic(
    'en-sale-news',
    'The corner bookshop is closing after 40 years. Go say goodbye to Margaret this week.',
    'x',
  ),
  organic(
    'en-thanks-friend',
    'Thanks @jess_runs for pacing me through the last 5k, could not have done it alone 🏃‍♀️',
    'x',
  ),
  organic('en-recipe', 'Sunday soup: leeks, potatoes, a bay leaf and patience. Recipe in the comments 🍲'),
  organic(
    'en-job',
    'Excited to share that I am starting a new role as a nurse at St Mary’s next month.',
    'linkedin',
  ),
  organic('en-win', 'What a win for the team tonight! Three points and a clean sheet ⚽', 'facebook'),
  organic(
    'en-advice',
    'Advice for new runners: start slow, buy shoes that fit, and rest when it hurts.',
    'threads',
  ),
  organic('en-adidas-tag', 'Old trainers, new city. #running #adidas #morningrun', 'instagram'),
  organic('en-price-complaint', 'Paid £4.20 for a coffee today. The world has gone mad ☕', 'x', ['UK']),
  organic('en-long', `${LONG_INTRO}Pack half the clothes and twice the snacks. Trust me.`, 'instagram'),
  organic(
    'de-werbung-hate',
    'Ich hasse Werbung im Fernsehen. Deshalb lese ich abends lieber ein Buch.',
    'x',
    ['DE'],
  ),
  organic(
    'de-hike',
    'Heute mit der Familie auf den Feldberg gewandert. Das Wetter war traumhaft! 🏔️',
    'instagram',
    ['DE'],
  ),
  organic(
    'de-anzeige-police',
    'Ich habe heute Anzeige bei der Polizei erstattet, weil mein Fahrrad gestohlen wurde.',
    'x',
    ['DE'],
  ),
  organic('fr-pub', 'Dimanche au marché avec ma grand-mère, elle connaît tout le monde 🥖', 'instagram', [
    'FR',
  ]),
  organic(
    'fr-partenaire',
    'Dix ans avec mon partenaire aujourd’hui. On fête ça au restaurant ce soir.',
    'facebook',
    ['FR'],
  ),
  organic('es-playa', 'Un día perfecto en la playa con mis amigos. ¡Qué ganas de volver! ☀️', 'instagram', [
    'EU',
  ]),
  organic('it-cena', 'Cena con la famiglia stasera, la nonna ha fatto le lasagne 🍝', 'instagram', ['EU']),
  organic('nl-fiets', 'Vandaag met de fiets naar het werk, 15 km in de regen. Ik ben doorweekt 🚲', 'x', [
    'EU',
  ]),
  organic('pt-praia', 'Fim de semana na praia com a família, que saudade eu estava disso 🌴', 'instagram', [
    'EU',
  ]),
  organic('hi-diwali', 'सभी को दिवाली की हार्दिक शुभकामनाएं! परिवार के साथ बहुत अच्छा समय बिताया 🪔', 'instagram', [
    'IN',
  ]),
  organic(
    'en-dev-code',
    'Use the code below to reproduce the bug, then run the tests with the new flag 🐛',
    'x',
  ),
  organic(
    'en-discount-news',
    'Our local pool now has a discount for students. Finally, swimming on a budget!',
    'facebook',
  ),
  organic('de-code', 'Der Code für das WLAN im Café steht an der Tafel. Sehr praktisch!', 'x', ['DE']),
  organic('en-emoji-only', '🌅🌅🌅', 'instagram'),
  organic('en-empty', '', 'x'),
  organic('en-multi', 'Proud of our volunteers: 200 trees planted this weekend 🌳', 'linkedin', [
    'US',
    'UK',
    'DE',
    'FR',
    'EU',
    'IN',
  ]),

  // Commercial, clearly disclosed.
  paidFor('us-ad-start', '#ad Loving these trainers from @runco! Use code RUN20 for 20% off 👟', 'ok'),
  paidFor('us-ad-colon', 'Ad: my skincare routine with @glowco, link in bio to shop ✨', 'ok'),
  paidFor(
    'us-sponsored',
    'Sponsored | This video is made with @campgear, who sent me the tent to test ⛺',
    'ok',
    ['US'],
    'youtube',
  ),
  paidFor(
    'us-paid-partnership',
    'Paid partnership with @brewco. Their new cold brew is my summer drink.',
    'ok',
  ),
  paidFor(
    'us-brand-partner',
    '#RuncoPartner Morning miles in the new Pace 3, use code MILES10 🏃',
    'ok',
    ['US'],
    'tiktok',
  ),
  paidFor(
    'us-sent-sentence',
    '@glowco sent me this serum to try. Honest review after two weeks: my skin loves it.',
    'ok',
    ['US'],
    'x',
  ),
  paidFor('uk-ad', 'Ad | Gifted by @teaco. The new chai blend is lovely with oat milk 🍵', 'ok', ['UK']),
  paidFor(
    'de-werbung',
    'Werbung | Meine neuen Laufschuhe von @runco. Mit dem Code LAUF15 gibt es 15% Rabatt.',
    'ok',
    ['DE'],
  ),
  paidFor(
    'de-anzeige',
    'Anzeige: Mein Lieblingsmüsli von @kornco, jetzt mit Rabattcode KORN10 👉 Link in Bio',
    'ok',
    ['DE'],
  ),
  paidFor('fr-publicite', 'Publicité | Ma routine du matin avec @glowco, code promo GLOW15 🌸', 'ok', ['FR']),
  paidFor(
    'fr-collab-co',
    'Collaboration commerciale avec @cafeco : leur nouveau café est incroyable ☕',
    'ok',
    ['FR'],
  ),
  paidFor('in-sponsored', '#Sponsored Trying the new masala chai from @chaico, use code CHAI10 ☕', 'ok', [
    'IN',
  ]),
  paidFor(
    'eu-publicidad',
    'Publicidad | Mis nuevas zapatillas de @runco, usa el código RUN15 para un descuento',
    'ok',
    ['EU'],
  ),
  paidFor('us-de-both', 'Werbung | #ad My new trainers from @runco, code RUN20 for 20% off', 'ok', [
    'US',
    'DE',
  ]),
  paidFor(
    'us-paid-relationship',
    '#ad Morning coffee with the new grinder from @brewco.',
    'ok',
    ['US'],
    'instagram',
    'paid',
  ),

  // Commercial, no disclosure.
  paidFor('us-code-missing', 'Loving these trainers from @runco! Use code RUN20 for 20% off 👟', 'missing'),
  paidFor(
    'us-affiliate-link',
    'My favourite rain jacket 👉 https://amzn.to/3xYz123 it has survived three winters',
    'missing',
    ['US'],
    'x',
  ),
  paidFor('us-gifted', 'Was gifted this gorgeous candle set and my flat smells amazing 🕯️', 'missing'),

  paidFor(
    'uk-link-in-bio-shop',
    'The dress of the summer 🌼 link in bio to shop before it sells out',
    'missing',
    ['UK'],
  ),
  paidFor(
    'de-code-missing',
    'Meine neuen Laufschuhe von @runco! Mit dem Code LAUF15 spart ihr 15% 🏃',
    'missing',
    ['DE'],
  ),
  paidFor(
    'fr-code-missing',
    'Ma nouvelle crème préférée de @glowco, code promo GLOW15 pour vous 🌸',
    'missing',
    ['FR'],
  ),
  paidFor(
    'us-stated-paid',
    'Morning coffee with the new grinder, it is so quiet ☕',
    'missing',
    ['US'],
    'instagram',
    'paid',
  ),
  paidFor(
    'in-affiliate',
    'My go-to kurta for the festive season, shop here: https://amzn.to/4abc987',
    'missing',
    ['IN'],
    'instagram',
  ),

  // Commercial, ambiguous or insufficient wording. Naming the PR package or the partnership says there is a
  // connection but not that this is an ad (ASA lists "PR" as insufficient; FTC calls "partner" ambiguous).
  paidFor(
    'us-pr-package',
    'Unboxing the PR package from @glowco 😍 everything smells like summer',
    'ambiguous',
    ['US'],
    'tiktok',
  ),
  paidFor(
    'us-partnered',
    'Partnered with @campgear for this trip and their stove was a lifesaver 🔥',
    'ambiguous',
    ['US'],
    'youtube',
  ),
  paidFor('us-sp', '#sp Loving these trainers from @runco! Use code RUN20 🏃', 'ambiguous'),
  paidFor('us-spon', 'New favourite lipstick from @glowco, code GLOW10 #spon', 'ambiguous', ['US'], 'x'),
  paidFor(
    'us-collab',
    'Use code CAMP15 for my favourite tent from @campgear #collab',
    'ambiguous',
    ['US'],
    'x',
  ),
  paidFor('uk-thanks-brand', 'Thanks @teaco for sending me the new chai blend! 🍵', 'ambiguous', ['UK'], 'x'),
  paidFor(
    'us-ambassador',
    'Proud @runco ambassador! Use code AMB20 on your next pair',
    'ambiguous',
    ['US'],
    'x',
  ),
  paidFor(
    'de-ad-only',
    '#ad Meine neuen Laufschuhe von @runco, Code LAUF15 für 15% Rabatt',
    'ambiguous',
    ['DE'],
    'x',
  ),
  paidFor(
    'de-sponsored',
    'Sponsored by @kornco: mein Frühstück heute, mit Code KORN10 gibt es Rabatt',
    'ambiguous',
    ['DE'],
    'x',
  ),
  paidFor(
    'uk-gifted-hashtag',
    '#gifted The softest towels from @homeco, use code HOME10',
    'ambiguous',
    ['UK'],
    'x',
  ),

  // Commercial, clear label in the wrong place or language.
  paidFor(
    'us-below-fold',
    `${LONG_INTRO}My pack was the new 30L from @campgear (#ad), use code TRAIL15.`,
    'below-fold',
    ['US'],
    'instagram',
  ),
  paidFor(
    'us-buried',
    'New trainers from @runco, so comfy! Code RUN20 #running #fitness #ad #shoes',
    'buried',
    ['US'],
    'x',
  ),
  paidFor(
    'de-not-first',
    'Meine neuen Laufschuhe von @runco, Code LAUF15 für 15% Rabatt. Werbung',
    'not-first',
    ['DE'],
    'x',
  ),
  paidFor(
    'eu-wrong-language',
    '#ad Mis nuevas zapatillas de @runco, usa el código RUN15 para el descuento',
    'language',
    ['EU'],
    'x',
  ),
];
