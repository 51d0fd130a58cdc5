import { DraftContext } from '../checks/context';
import { acceptedSomewhere, analyseDisclosure, type DisclosureAnalysis } from '../checks/disclosure';
import { COMMERCIAL_SIGNALS } from '../checks/packs/commercial-signals';
import { DISCLOSURE_TERMS } from '../checks/packs/disclosure-terms';
import { WORD_CHAR_CLASS } from '../checks/text';
import type { ResearchPost } from '../db/records';

/*
 * The research library's disclosure filter, answered by the check engine's own disclosure analysis
 * (utils/checks/disclosure.ts: the labels of every language and market the engine knows, and its commercial
 * signals), without the rest of checkDraft. The filter runs over every saved post (up to 50,000) at once.
 */

const WORD_SOURCES = [
  ...DISCLOSURE_TERMS.map((term) => `${term.bare === 'hashtag' ? '#' : '#?'}(?:${term.words})`),
  ...COMMERCIAL_SIGNALS.flatMap((signal) => ('words' in signal ? [signal.words] : [])),
].join('|');
/**
 * Matches wherever any of the analysis's words or labels could: the engine looks for them only where a word,
 * #hashtag or @handle starts. Wider than the analysis (no right-hand boundary, no label position, no
 * exclusions inside links or handles), so a post it does not match has none of them.
 */
const MAY_HAVE_WORDS = new RegExp(`(?<!${WORD_CHAR_CLASS})(?:${WORD_SOURCES})`, 'iu');
/** A #hashtag or @handle glued to a word ("love#ad") also starts a word for the engine; rare, so checked apart. */
const GLUED_TAG = new RegExp(`${WORD_CHAR_CLASS}[#＃@]`, 'u');
const MAY_HAVE_GLUED_WORDS = new RegExp(`(?<=${WORD_CHAR_CLASS})(?:${WORD_SOURCES})`, 'iu');
const PATTERN_SIGNALS = COMMERCIAL_SIGNALS.flatMap((signal) => ('pattern' in signal ? [signal] : []));
/** Any of their keywords, looked for in one scan before each pattern's own. */
const PATTERN_KEYWORDS = PATTERN_SIGNALS.flatMap((signal) => signal.keywords);

/**
 * The engine's analysis of a saved post, or null when it would find nothing: one native scan answers most
 * posts, and the pattern signals are tested as the analysis tests them (a keyword, then the pattern).
 */
function analyse(text: string): DisclosureAnalysis | null {
  // Only the relationship matters to the analysis, and a saved post's is unknown; the platform is unused.
  const draft = new DraftContext(text, { platform: 'x' });
  const mayDisclose =
    MAY_HAVE_WORDS.test(text) ||
    (GLUED_TAG.test(text) && MAY_HAVE_GLUED_WORDS.test(text)) ||
    (draft.mentions(PATTERN_KEYWORDS) &&
      PATTERN_SIGNALS.some((signal) => draft.mentions(signal.keywords) && signal.pattern.test(text)));
  return mayDisclose ? analyseDisclosure(draft) : null;
}

/** What the analysis says of a saved post, kept per post object (the library hands the filter the same ones). */
type Verdict = 'labelled' | 'commercial' | 'none';
const verdicts = new WeakMap<object, { text: string; verdict: Verdict }>();

/**
 * `labelled`: a post the engine reads as commercial that carries wording some market accepts as a label, if
 * only conditionally (#collab, "in partnership with"); "#sp" or "thanks @brand", which no market accepts, are
 * no label, and "Werbung" inside a sentence of an organic post is not one either. `commercial`: no label, and
 * the engine's strong signs of a paid relationship (discount code, affiliate link, gift or partnership
 * wording); a sale or a price alone, which a brand's own posts carry, is not enough.
 */
function verdictOf(post: Pick<ResearchPost, 'text'>): Verdict {
  const kept = verdicts.get(post);
  if (kept?.text === post.text) return kept.verdict;
  const analysis = analyse(post.text);
  const verdict: Verdict =
    analysis === null || analysis.commerciality === 'none'
      ? 'none'
      : analysis.hits.some((hit) => acceptedSomewhere(hit.term))
        ? 'labelled'
        : analysis.commerciality === 'detected'
          ? 'commercial'
          : 'none';
  verdicts.set(post, { text: post.text, verdict });
  return verdict;
}

export function hasDisclosure(post: Pick<ResearchPost, 'text'>): boolean {
  return verdictOf(post) === 'labelled';
}

/** A platform ad, or a post with strong signs of a paid relationship, with no label. */
export function looksSponsoredUndisclosed(post: Pick<ResearchPost, 'text' | 'isAd'>): boolean {
  const verdict = verdictOf(post);
  return verdict === 'commercial' || (post.isAd && verdict !== 'labelled');
}
