import { describe, expect, it } from 'vitest';
import { libraryPosts } from '@/tests/shared/library-posts';
import { DraftContext } from '@/utils/checks/context';
import { acceptedSomewhere, analyseDisclosure } from '@/utils/checks/disclosure';
import { hasDisclosure, looksSponsoredUndisclosed } from '@/utils/research/disclosure';
import { DISCLOSURE_CORPUS } from './corpus/disclosure-drafts';

type Class = 'labelled' | 'sponsored, no label' | 'neither';

const classify = (text: string, isAd = false): Class => {
  const post = { text, isAd };
  const labelled = hasDisclosure(post);
  const undisclosed = looksSponsoredUndisclosed(post);
  if (labelled && undisclosed) throw new Error(`both classes at once: ${text}`);
  return labelled ? 'labelled' : undisclosed ? 'sponsored, no label' : 'neither';
};

describe('the research filter "has disclosure / looks sponsored but undisclosed"', () => {
  it.each<[string, Class]>([
    ['Loving these #ad', 'labelled'],
    ['In partnership with @brand', 'labelled'],
    ['Werbung: neue Schuhe #werbung', 'labelled'],
    ['Anzeige | Mein Lieblingsmüsli, mit Rabattcode KORN10', 'labelled'],
    ['Publicité | Ma routine du matin avec @glowco, code promo GLOW15 🌸', 'labelled'],
    ['Publicidad | Mis nuevas zapatillas de @runco, usa el código RUN15', 'labelled'],
    ['Pubblicità: la mia colazione preferita con @kornco', 'labelled'],
    ['Publicidade | O meu café favorito da @cafeco, código CAFE10', 'labelled'],
    ['Advertentie | Mijn nieuwe fiets van @fietsco, met code FIETS10', 'labelled'],
    ['#Sponsored Trying the new masala chai from @chaico ☕', 'labelled'],
    ['New trainers from @runco, so comfy! Code RUN20 #running #fitness #ad #shoes', 'labelled'],
    // A hashtag glued to a word is still a hashtag to the engine.
    ['Morning run in the new Pace 3 from @runco, so light#ad', 'labelled'],
    ['Morning run in the new Pace 3 from @runco, so light#sp', 'sponsored, no label'],
    ['Use my code SAVE10 for 10% off', 'sponsored, no label'],
    [
      'My favourite rain jacket 👉 https://amzn.to/3xYz123 it has survived three winters',
      'sponsored, no label',
    ],
    ['Meine neuen Laufschuhe von @runco! Mit dem Code LAUF15 spart ihr 15% 🏃', 'sponsored, no label'],
    ['Ma nouvelle crème préférée de @glowco, code promo GLOW15 pour vous 🌸', 'sponsored, no label'],
    // Wording no market accepts as a label.
    ['#sp Loving these trainers from @runco! Use code RUN20 🏃', 'sponsored, no label'],
    ['Thanks @teaco for sending me the new chai blend! 🍵', 'sponsored, no label'],
    ['Just a nice day', 'neither'],
    ['Ich hasse Werbung im Fernsehen. Deshalb lese ich abends lieber ein Buch.', 'neither'],
    ['Ich habe heute Anzeige bei der Polizei erstattet, weil mein Fahrrad gestohlen wurde.', 'neither'],
    ['I saw an ad for a sofa on the tram today and laughed for five minutes.', 'neither'],
    ['Dix ans avec mon partenaire aujourd’hui. On fête ça au restaurant ce soir.', 'neither'],
    // A sale or a price alone is what a brand's own posts say: not a sign of someone else paying.
    ['The burr grinder your kitchen deserves. 20% off this week, shop now.', 'neither'],
    ['Paid £4.20 for a coffee today. The world has gone mad ☕', 'neither'],
  ])('%j: %s', (text, expected) => {
    expect(classify(text)).toBe(expected);
  });

  it('counts a platform ad without a label as sponsored and undisclosed, and a labelled ad as labelled', () => {
    expect(classify('Close payroll in one afternoon.', true)).toBe('sponsored, no label');
    expect(classify('Ad: close payroll in one afternoon.', true)).toBe('labelled');
  });

  // The check engine's labelled corpus, read as saved posts: what a reviewer said of each as a draft.
  const asSaved = DISCLOSURE_CORPUS.filter((draft) => !draft.relationship);
  // Commercial drafts whose only wording is what no market accepts (#sp, #spon, "thanks @brand").
  const NO_MARKET_ACCEPTS = new Set(['us-sp', 'us-spon', 'uk-thanks-brand']);
  it.each(asSaved.map((draft) => [draft.id, draft] as const))('corpus %s', (_id, draft) => {
    const expected: Class = !draft.commercial
      ? 'neither'
      : draft.expected === 'missing' || NO_MARKET_ACCEPTS.has(draft.id)
        ? 'sponsored, no label'
        : 'labelled';
    expect(classify(draft.text)).toBe(expected);
  });

  it('answers as the engine’s full analysis would, for every kind of post', () => {
    const reference = (text: string): Class => {
      const analysis = analyseDisclosure(new DraftContext(text, { platform: 'x' }));
      if (analysis.commerciality === 'none') return 'neither';
      if (analysis.hits.some((hit) => acceptedSomewhere(hit.term))) return 'labelled';
      return analysis.commerciality === 'detected' ? 'sponsored, no label' : 'neither';
    };
    const texts = [
      ...libraryPosts(3000).map((post) => post.text),
      'Deal: US$20 off with code SPRING at checkout',
      'Now 19,99€ instead of 29,99€, use code HERBST',
      'Grab it here amazon.de/dp/B00X/ref=abc and thank me later',
      'Stuff from my PR haul 😍 more soon',
      'Thank you @acme for sending me these, honestly great',
    ];
    const differing = texts.filter((text) => classify(text) !== reference(text));
    expect(differing).toEqual([]);
    // The texts cover all three classes.
    expect(new Set(texts.map((text) => reference(text)))).toEqual(
      new Set(['labelled', 'sponsored, no label', 'neither']),
    );
    // 3,000 posts analysed twice: a correctness sweep, timed by bench/research-disclosure.bench.ts, not here.
  });

  it('answers again when a post’s text changes', () => {
    const post = { text: 'Morning coffee with the new grinder', isAd: false };
    expect(hasDisclosure(post)).toBe(false);
    post.text = '#ad Morning coffee with the new grinder from @brewco';
    expect(hasDisclosure(post)).toBe(true);
  });
});
