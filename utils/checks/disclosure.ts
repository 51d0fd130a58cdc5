import type { DraftContext } from './context';
import { findAll } from './find';
import { COMMERCIAL_SIGNALS, type CommercialSignal } from './packs/commercial-signals';
import {
  JURISDICTION_RULES,
  LABEL_BY_LANGUAGE,
  type MarketSource,
  type Verdict,
} from './packs/disclosure-jurisdictions';
import { DISCLOSURE_TERMS, type DisclosureTerm } from './packs/disclosure-terms';
import type { Span } from './text';
import { type Finding, JURISDICTIONS, type Jurisdiction, type Severity } from './types';

/**
 * The shared analysis behind the disclosure checks: is the post commercial, which labels does it carry, and
 * how does each selected market rate them. Computed once per draft and read by the disclosure-* kinds.
 */

export interface DisclosureHit extends Span {
  term: DisclosureTerm;
  hashtag: boolean;
}

export interface SignalHit extends Span {
  signal: CommercialSignal;
}

/**
 * `stated`: the relationship option says so; `detected`: strong signals or an ad label; `possible`: only weak
 * ones; `own`: the brand's own product, which some markets want labelled unless that is obvious.
 */
export type Commerciality = 'stated' | 'detected' | 'possible' | 'own' | 'none';

export interface DisclosureAnalysis {
  commerciality: Commerciality;
  signals: SignalHit[];
  /** Disclosure wording, in text order, longest match first where wordings overlap. */
  hits: DisclosureHit[];
  /** "Not sponsored", "keine Werbung": wording that says the post is not an ad. */
  denials: DisclosureHit[];
  /** Start of the trailing run of hashtags/handles/links, and how many hashtags and links it holds. */
  tagBlock: { start: number; count: number };
  /** Own product, and the post says so plainly ("my new range", "unsere Kollektion"). */
  obviouslyOwn: boolean;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Where a bare word reads as a label: at the start or the end of a line (only emoji or punctuation beside
 * it), in brackets, or before a colon, dash or bar. "I saw an ad on the tram" is not a label.
 */
function inLabelPosition(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (!LETTER_OR_DIGIT.test(text.slice(lineStart, start))) return true;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  if (!LETTER_OR_DIGIT.test(text.slice(end, lineEnd))) return true;
  const before = text.slice(Math.max(0, start - 2), start).trimStart();
  const after = text.slice(end, end + 3);
  if (/[([]\s*$/.test(before) && /^\s*[)\]]/.test(after)) return true;
  // "… great shoes. Ad: …" mid-line still reads as a label when a colon or bar follows.
  return /^\s?[:|]/.test(after) && /[.!?]\s*$|^$/.test(text.slice(Math.max(0, start - 3), start).trim());
}

/** Built once so every keystroke passes the same pattern strings (see DraftContext.memo). */
const TERM_SOURCES = DISCLOSURE_TERMS.map((term) => ({
  term,
  hashtag: `#(?:${term.words})`,
  bare: term.bare === 'hashtag' ? null : `(?:${term.words})`,
}));

/** The asterisk convention for affiliate links: "link*" … "*Affiliate-Link: …Provision…". */
const ASTERISK_NOTE: DisclosureTerm = { id: 'asterisk-note', words: '', bare: 'anywhere', lang: 'de' };
const ASTERISK_EXPLANATION =
  /(?:^|\n)[ \t]*\*+[ \t]*[^\n]*(?:provision|werbelink|affiliate|partnerlink|commission|werbung|vergütung)[^\n]*/iu;

function findHits(draft: DraftContext): DisclosureHit[] {
  const { text } = draft;
  const hits: DisclosureHit[] = [];
  const options = { ignorecase: true, wordBounded: true };
  // Most posts have few hashtags or none: then the hashtag forms need no search at all.
  const hashtags = draft.entities.some((entity) => entity.kind === 'hashtag');
  for (const { term, hashtag, bare } of TERM_SOURCES) {
    if (hashtags) {
      for (const { start, end } of findAll(draft, hashtag, options)) {
        hits.push({ term, start, end, hashtag: true });
      }
    }
    if (bare === null) continue;
    for (const { start, end } of findAll(draft, bare, options)) {
      if (term.bare === 'label' && !inLabelPosition(text, start, end)) continue;
      hits.push({ term, start, end, hashtag: false });
    }
  }
  if (text.includes('*')) {
    const note = ASTERISK_EXPLANATION.exec(text);
    const marked =
      note && draft.entities.some((e) => e.kind === 'url' && /\*/.test(text.slice(e.start - 2, e.end + 2)));
    if (note && marked) {
      const start = note.index + note[0].indexOf('*');
      hits.push({ term: ASTERISK_NOTE, start, end: note.index + note[0].length, hashtag: false });
    }
  }
  // Longest match wins where terms overlap ("sponsored by" over "sponsored", "keine Werbung" over "Werbung").
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DisclosureHit[] = [];
  for (const hit of hits) {
    const last = kept[kept.length - 1];
    if (!last || hit.start >= last.end) kept.push(hit);
  }
  return kept;
}

/** The trailing block of hashtags, handles and links (with only spaces, punctuation or emoji between them). */
function trailingTagBlock(draft: DraftContext): { start: number; count: number } {
  const { text, entities } = draft;
  let start = text.length;
  let count = 0;
  for (let i = entities.length - 1; i >= 0; i--) {
    const entity = entities[i];
    if (!entity || LETTER_OR_DIGIT.test(text.slice(entity.end, start))) break;
    start = entity.start;
    if (entity.kind !== 'mention') count += 1;
  }
  return { start, count };
}

/** The brand's own product said in so many words: "my new range", "we designed", "unsere Kollektion". */
const OWN_PRODUCT_SAID =
  /\b(?:my|our) (?:[\p{L}-]+ ){0,2}(?:brand|shop|store|range|collection|line|label|company|business|book|course|app|products?)\b|\b(?:i|we)(?:'ve| have)? (?:made|designed|created|founded|launched|developed|wrote)\b|\b(?:meine?[mnrs]?|unser(?:e[mnrs]?)?) (?:eigene[mnrs]? )?(?:neue[mnrs]? )?(?:marke|kollektion|shop|produkte?|buch|kurs|firma)\b|\b(?:ma|mon|notre|nos) (?:propre |nouvelle )?(?:marque|collection|boutique|gamme)\b/iu;

const analyses = new WeakMap<DraftContext, DisclosureAnalysis>();

export function analyseDisclosure(draft: DraftContext): DisclosureAnalysis {
  const cached = analyses.get(draft);
  if (cached) return cached;
  const found = findHits(draft);
  const hits = found.filter((hit) => !hit.term.denial);
  const denials = found.filter((hit) => hit.term.denial);
  const signals: SignalHit[] = [];
  for (const signal of COMMERCIAL_SIGNALS) {
    if ('words' in signal) {
      const [match] = findAll(draft, signal.words, { ignorecase: true, wordBounded: true });
      if (match) signals.push({ signal, start: match.start, end: match.end });
    } else if (draft.mentions(signal.keywords)) {
      const match = signal.pattern.exec(draft.text);
      if (match) signals.push({ signal, start: match.index, end: match.index + match[0].length });
    }
  }
  // The writer labelled the post an ad: an ad label used as a label, not a sentence or a thanks.
  // "Ich hasse Werbung" mid-sentence is not one.
  const selfLabelled = hits.some(
    (hit) =>
      hit.term.label === true &&
      (hit.hashtag || hit.term.bare !== 'anywhere' || inLabelPosition(draft.text, hit.start, hit.end)),
  );
  const strong = signals.some((hit) => hit.signal.strength === 'strong');
  // Two different kinds of weak signal ("20% off" and "discount" are one kind).
  const weak = new Set(signals.filter((hit) => hit.signal.strength === 'weak').map((hit) => hit.signal.label))
    .size;
  let commerciality: Commerciality;
  switch (draft.relationship) {
    case 'paid':
    case 'gifted':
    case 'affiliate':
    case 'employee':
      commerciality = 'stated';
      break;
    case 'own-product':
      commerciality = 'own';
      break;
    case 'unknown':
      commerciality = strong || selfLabelled ? 'detected' : weak >= 2 ? 'possible' : 'none';
      break;
    default:
      commerciality = 'none';
  }
  const analysis: DisclosureAnalysis = {
    commerciality,
    signals,
    hits,
    denials,
    tagBlock: trailingTagBlock(draft),
    obviouslyOwn: commerciality === 'own' && OWN_PRODUCT_SAID.test(draft.text),
  };
  analyses.set(draft, analysis);
  return analysis;
}

/** Wording a market's sources do not name gets the market's `otherwise`. */
export function verdictOf(
  term: DisclosureTerm,
  jurisdiction: Jurisdiction,
): readonly [Verdict, MarketSource] {
  const market = JURISDICTION_RULES[jurisdiction];
  return market.verdicts[term.id] ?? [market.otherwise, market.source];
}

/** Accepted by some market, if only with conditions (#collab, "Werbelink" at the link). */
export function acceptedSomewhere(term: DisclosureTerm): boolean {
  return !term.denial && JURISDICTIONS.some((j) => verdictOf(term, j)[0] !== 'insufficient');
}

/** `first` and `link` wordings are clear labels; where they sit is disclosure-placement's business. */
export function classOf(
  hit: DisclosureHit,
  jurisdiction: Jurisdiction,
): 'clear' | 'ambiguous' | 'insufficient' {
  const [verdict] = verdictOf(hit.term, jurisdiction);
  return verdict === 'first' || verdict === 'link' ? 'clear' : verdict;
}

/** The disclosure kinds report on paid, gifted, affiliate and employee posts, stated or detected. */
export function isCommercial(analysis: DisclosureAnalysis): boolean {
  return analysis.commerciality !== 'none' && analysis.commerciality !== 'own';
}

/** The label to suggest for one market in the post's language. */
function marketLabel(draft: DraftContext, jurisdiction: Jurisdiction, choice: 0 | 1): string {
  const { labels } = JURISDICTION_RULES[jurisdiction];
  if (labels === '{lang}') return LABEL_BY_LANGUAGE[draft.language];
  return labels[choice] ?? labels[0] ?? 'Ad';
}

/**
 * The brand's own wording for the post's language, when every selected market accepts it as a label in
 * that language ("Anzeige" for a German post in DE and EU; not "#ad" for DE).
 */
export function preferredLabel(draft: DraftContext): string | null {
  const wording =
    draft.disclosureWording[draft.language] ??
    (draft.language === 'und' ? draft.disclosureWording.en : undefined);
  if (!wording) return null;
  const term = labelTerm(wording);
  if (!term) return null;
  const acceptable = draft.jurisdictions.every((jurisdiction) => {
    const [verdict] = verdictOf(term, jurisdiction);
    const market = JURISDICTION_RULES[jurisdiction];
    const languageOk =
      market.language === 'none' ||
      draft.language === 'und' ||
      term.lang === draft.language ||
      (market.language === 'english-or-post' && term.lang === 'en');
    return (verdict === 'clear' || verdict === 'first') && languageOk;
  });
  return acceptable ? wording : null;
}

const labelTerms = new Map<string, DisclosureTerm | null>();

/** The term a whole label string is ("Anzeige", "#ad", "Ad:"), or null. */
function labelTerm(label: string): DisclosureTerm | null {
  const cached = labelTerms.get(label);
  if (cached !== undefined) return cached;
  const core = label
    .trim()
    .replace(/^#/, '')
    .replace(/[\s:|–-]+$/, '');
  const term =
    DISCLOSURE_TERMS.find(
      (candidate) => !candidate.denial && new RegExp(`^(?:${candidate.words})$`, 'iu').test(core),
    ) ?? null;
  labelTerms.set(label, term);
  return term;
}

/** The label(s) that satisfy every selected market at once, national languages first. */
export function labelsFor(draft: DraftContext, choice: 0 | 1): string[] {
  const preferred = preferredLabel(draft);
  if (preferred) return [preferred];
  const ordered = [...draft.jurisdictions].sort(
    (a, b) => Number(b === 'DE' || b === 'FR') - Number(a === 'DE' || a === 'FR'),
  );
  const labels = ordered.map((jurisdiction) => marketLabel(draft, jurisdiction, choice));
  // "Ad" and "#ad" say the same thing; keep one.
  const unique: string[] = [];
  for (const label of labels) {
    const key = label.replace(/^#|:$/g, '').toLowerCase();
    if (!unique.some((kept) => kept.replace(/^#|:$/g, '').toLowerCase() === key)) unique.push(label);
  }
  return unique;
}

/** A label to insert at the very start, followed by what separates it from the post. */
export function prefixSuggestions(draft: DraftContext): string[] {
  const build = (labels: string[]) => {
    const joined = labels.join(' | ');
    return /[:|]$|^#\S+$/.test(labels[labels.length - 1] ?? '') ? `${joined} ` : `${joined} | `;
  };
  return [...new Set([build(labelsFor(draft, 0)), build(labelsFor(draft, 1))])];
}

/** "UK (ASA/CMA): … — CAP/CMA, Influencers’ guide …: use a clear, prominent label …" */
export function quote(source: MarketSource): string {
  return ` (${source.doc}: ${source.says})`;
}

export function signalSummary(analysis: DisclosureAnalysis): string {
  const labels = [...new Set(analysis.signals.map((hit) => hit.signal.label))];
  return labels.length ? ` (${labels.slice(0, 3).join(', ')})` : '';
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/**
 * One finding per span and rule, however many markets raised it: the messages are joined, the severity is the
 * highest, and the suggestions are pooled.
 */
export function mergeFindings(findings: Finding[]): Finding[] {
  const merged = new Map<string, Finding>();
  for (const finding of findings) {
    const key = `${finding.ruleId}:${finding.start}:${finding.end}`;
    const existing = merged.get(key);
    if (!existing) {
      merged.set(key, { ...finding });
      continue;
    }
    if (!existing.message.includes(finding.message))
      existing.message = `${existing.message} ${finding.message}`;
    if (SEVERITY_RANK[finding.severity] > SEVERITY_RANK[existing.severity])
      existing.severity = finding.severity;
    if (finding.suggestions) {
      existing.suggestions = [...new Set([...(existing.suggestions ?? []), ...finding.suggestions])];
    }
  }
  return [...merged.values()];
}

/** Commercial posts inferred only from weak signals get warnings that ask rather than errors that accuse. */
export function capSeverity(analysis: DisclosureAnalysis, severity: Severity): Severity {
  return analysis.commerciality === 'possible' && severity === 'error' ? 'warning' : severity;
}
