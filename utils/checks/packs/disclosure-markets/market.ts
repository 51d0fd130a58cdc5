import type { Language } from '../../text';

/**
 * A regulator's verdict on one wording:
 * - `clear`: accepted as a label (the market's placement rules still apply);
 * - `first`: clear only when it opens the post;
 * - `link`: clear next to the affiliate link it explains (or first);
 * - `ambiguous`: accepted only in some circumstances (a warning);
 * - `insufficient`: named as not enough (an error, like a missing label).
 * A wording in another language than the market wants is rated by the market's `language` rule.
 */
export type Verdict = 'clear' | 'first' | 'link' | 'ambiguous' | 'insufficient';

/** A primary document and the point it makes, quoted in findings. */
export interface MarketSource {
  /** Document and section or example, e.g. "FTC, Disclosures 101 (2019-11), “Use simple and clear language”". */
  doc: string;
  url: string;
  /** The regulator's point, in a sentence. */
  says: string;
}

export interface MarketRules {
  /** The English name, as the catalogue's `marketChoice<id>` says it (the findings' wordings use that key). */
  name: string;
  /** `required` at the very start, or only `recommended` (then not checked beyond the fold). */
  start: 'required' | 'recommended';
  /** A label only in the closing block of hashtags fails. */
  notBuried: boolean;
  /** The label must be in the post's language (`post`), or English or the post's (`english-or-post`). */
  language: 'post' | 'english-or-post' | 'none';
  /** Labels to suggest, best first; `{lang}` picks the label in the post's language. */
  labels: readonly string[] | '{lang}';
  /** Own products: null where exempt, else the source asking for a label unless the intent is obvious. */
  ownProduct: MarketSource | null;
  /** The main source, for a missing label. */
  source: MarketSource;
  /** Term id (packs/disclosure-terms.ts) → the verdict and the source that gives it. */
  verdicts: Record<string, readonly [Verdict, MarketSource]>;
  /** Verdict on wording the sources do not name. */
  otherwise: Verdict;
  reviewed: string;
}

/** A label per language, for markets that want the post's own language. */
export const LABEL_BY_LANGUAGE: Record<Language, string> = {
  en: 'Ad',
  de: 'Werbung',
  fr: 'Publicité',
  es: 'Publicidad',
  it: 'Pubblicità',
  pt: 'Publicidade',
  nl: 'Advertentie',
  pl: 'Reklama',
  hi: '#Ad',
  und: 'Ad',
};

/** Ad labels in the national languages, which markets without a language rule accept as they are. */
const NATIONAL_LABELS =
  'werbung produktplatzierung werbelink publicite publicidad pubblicita publicidade reclame reklama vigyapan';

/** One verdict and source for several wordings, named by their ids separated by spaces. */
export function rate(
  source: MarketSource,
  verdict: Verdict,
  ids: string,
): Record<string, readonly [Verdict, MarketSource]> {
  return Object.fromEntries(ids.split(' ').map((id) => [id, [verdict, source] as const]));
}

/** Every national ad label rated clear, on one source. */
export function nationalLabelsClear(source: MarketSource): Record<string, readonly [Verdict, MarketSource]> {
  return rate(source, 'clear', NATIONAL_LABELS);
}
