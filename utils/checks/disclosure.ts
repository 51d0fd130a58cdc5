import type { MessageKey } from '@/utils/i18n/message-key';
import type { DraftContext } from './context';
import { findAll, literalPrefixes, type Match } from './find';
import { matchStarts } from './match-starts';
import { COMMERCIAL_SIGNALS, type CommercialSignal } from './packs/commercial-signals';
import {
  JURISDICTION_RULES,
  LABEL_BY_LANGUAGE,
  type MarketSource,
  type Verdict,
} from './packs/disclosure-jurisdictions';
import { DISCLOSURE_TERMS, type DisclosureTerm } from './packs/disclosure-terms';
import { CHECKED_AS, describeMention, type PartnerMention, partnerMention } from './partners';
import { compilePattern, detectLanguage, isInsideEntity, type Language, type Span, wordCharAt } from './text';
import {
  type Finding,
  JURISDICTIONS,
  type Jurisdiction,
  type Severity,
  type Wording,
  type WordingArg,
  worded,
} from './types';
import { WordStarts } from './word-starts';

/**
 * The shared analysis behind the disclosure checks: is the post commercial, which labels does it carry, and
 * how does each selected market rate them. Computed once per draft and read by the disclosure-* kinds.
 */

const WHOLE_WORDS = { ignorecase: true, wordBounded: true };

const NO_MATCHES: readonly Match[] = [];

/** findAll's cap on matches per pattern, kept so both ways of looking find the same. */
const MAX_MATCHES = 2000;

/** An ASCII letter, digit or underscore; null for anything else, which the Unicode-aware helper answers. */
function asciiWord(code: number): boolean | null {
  if (code >= 0x80) return null;
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39) ||
    code === 0x5f
  );
}

/** wordCharAt without a regular expression for ASCII, which most drafts are. */
function wordAt(text: string, at: number): boolean {
  return at < text.length && (asciiWord(text.charCodeAt(at)) ?? wordCharAt(text, at));
}

function wordStarts(draft: DraftContext): WordStarts {
  return draft.memo('disclosure', 'word-starts', () => new WordStarts(draft.text, draft.lower));
}

const startKeyCache = new Map<string, readonly string[] | null>();

/**
 * The first letters every match starts with (literalPrefixes), also for alternatives that open with a group
 * ("(?:i|we) earn …": "i", "we"), which literalPrefixes gives up on. Null when some alternative can start
 * with anything.
 */
function startKeys(source: string): readonly string[] | null {
  const cached = startKeyCache.get(source);
  if (cached !== undefined) return cached;
  let keys: string[] | null = literalPrefixes(source);
  if (!keys) {
    keys = [];
    for (const alternative of topLevelAlternatives(source)) {
      const own = literalPrefixes(alternative);
      const group = own ? -1 : openingGroupEnd(alternative);
      const inner =
        own ??
        (group > 0 ? startKeys(alternative.slice(alternative.startsWith('(?:') ? 3 : 1, group)) : null);
      if (!inner) {
        keys = null;
        break;
      }
      keys.push(...inner);
    }
  }
  startKeyCache.set(source, keys);
  return keys;
}

/** The parentheses and bars of a pattern outside escapes and classes, with the depth of each. */
function* structure(source: string): Generator<[index: number, char: string, depth: number]> {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i] as string;
    if (char === '\\') i += 1;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') yield [i, char, depth++];
    else if (char === ')') yield [i, char, --depth];
    else if (char === '|') yield [i, char, depth];
  }
}

function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = [];
  let from = 0;
  for (const [index, char, depth] of structure(source)) {
    if (char !== '|' || depth !== 0) continue;
    alternatives.push(source.slice(from, index));
    from = index + 1;
  }
  alternatives.push(source.slice(from));
  return alternatives;
}

/**
 * Where the group an alternative opens with closes, when every match must start with it (a plain or
 * non-capturing group with no quantifier after it); else -1.
 */
function openingGroupEnd(alternative: string): number {
  if (!alternative.startsWith('(?:') && !/^\((?!\?)/.test(alternative)) return -1;
  for (const [index, char, depth] of structure(alternative)) {
    if (char === ')' && depth === 0) return /[?*{]/.test(alternative.charAt(index + 1)) ? -1 : index;
  }
  return -1;
}

/**
 * Every whole-word, case-insensitive match of a pattern: exactly what `findAll` finds, from word starts
 * indexed by wordStarts instead of the draft's full word index, which the disclosure checks need for nothing
 * else (and the research filter analyses tens of thousands of posts). Memoised per draft.
 */
export function findWords(draft: DraftContext, source: string): readonly Match[] {
  const { text, lower } = draft;
  const keys = startKeys(source);
  // Without literal first letters findAll scans the whole draft and builds no index; where lower-casing
  // changed the length (İ → i̇), offsets in `lower` are not the draft's.
  if (!keys || lower.length !== text.length) return findAll(draft, source, WHOLE_WORDS);
  // Only where the lower-cased draft has a match's literal start does the expression run: most patterns
  // have no such place in a post, answered before anything is kept for them.
  const candidates = wordStarts(draft).candidates(keys, matchStarts(source));
  if (!candidates) return NO_MATCHES;
  return draft.memo('disclosure-words', source, () => {
    const sticky = compilePattern(source, true, true, true);
    if (!sticky) return [];
    // For a pattern literalPrefixes gives up on, findAll scans the draft left to right, and a match it
    // drops for starting inside a link or handle hides the matches overlapping it: so here too.
    const scanned = literalPrefixes(source) === null;
    const matches: Match[] = [];
    let after = 0;
    // Candidates ascend: keep the leftmost of overlapping matches, as a left-to-right scan would.
    for (const start of candidates) {
      if (start < after) continue;
      sticky.lastIndex = start;
      const match = sticky.exec(text);
      if (!match || match[0].length === 0) continue;
      const end = start + match[0].length;
      if (wordAt(text, end)) continue;
      const inside = isInsideEntity(draft.entities, start, end);
      if (inside && !scanned) continue;
      after = end;
      if (inside) continue;
      matches.push({ start, end, text: match[0], group: firstGroup(match) });
      if (matches.length >= MAX_MATCHES) break;
    }
    return matches;
  });
}

function firstGroup(match: RegExpExecArray): number {
  for (let i = 1; i < match.length; i++) if (match[i] !== undefined) return i;
  return 0;
}

/**
 * The post's language, as `draft.language` tells it, from the first words alone: that getter builds the
 * whole draft's word index for them, which the disclosure checks otherwise do without.
 */
export function postLanguage(draft: DraftContext): Language {
  return draft.memo('disclosure', 'language', () =>
    detectLanguage(draft.text, draft.lower, wordStarts(draft).firstWords),
  );
}

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
  /** The partner under contract whose mention made the post commercial, when one did. */
  partner: PartnerMention | null;
  /** What the findings say about that partner: "@acme: Acme is a paid partner until 2027-03-31". */
  partnerSummary: string | null;
  /** `partnerSummary` as a wording. */
  partnerWording: Wording | null;
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
  // Most posts have few hashtags or none: then the hashtag forms need no search at all.
  const hashtags = draft.entities.some((entity) => entity.kind === 'hashtag');
  for (const { term, hashtag, bare } of TERM_SOURCES) {
    if (hashtags) {
      for (const { start, end } of findWords(draft, hashtag)) {
        hits.push({ term, start, end, hashtag: true });
      }
    }
    if (bare === null) continue;
    for (const { start, end } of findWords(draft, bare)) {
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

/**
 * The brand's own product said in so many words: "my new range", "we designed", "unsere Kollektion", "nuestra
 * nueva colección", "la nostra collezione", "a nossa loja", "onze collectie", "nasza kolekcja".
 */
const OWN_PRODUCT_SAID =
  /\b(?:my|our) (?:[\p{L}-]+ ){0,2}(?:brand|shop|store|range|collection|line|label|company|business|book|course|app|products?)\b|\b(?:i|we)(?:'ve| have)? (?:made|designed|created|founded|launched|developed|wrote)\b|\b(?:meine?[mnrs]?|unser(?:e[mnrs]?)?) (?:eigene[mnrs]? )?(?:neue[mnrs]? )?(?:marke|kollektion|shop|produkte?|buch|kurs|firma)\b|\b(?:ma|mon|notre|nos) (?:propre |nouvelle )?(?:marque|collection|boutique|gamme)\b|\b(?:mi|mis|nuestr[oa]s?) (?:propi[oa]s? )?(?:nuev[oa]s? )?(?:marca|colección|tienda|gama|línea|productos?)(?!\p{L})|\b(?:la mia|il mio|la nostra|il nostro|i nostri|le nostre) (?:nuov[oaie] )?(?:marca|brand|collezione|negozio|linea|prodott[oi])(?!\p{L})|\b(?:a minha|o meu|a nossa|o nosso|os nossos|as nossas) (?:nov[oa]s? )?(?:marca|coleção|loja|linha|produtos?)(?!\p{L})|\b(?:mijn|ons|onze) (?:eigen |nieuwe )?(?:merk|collectie|winkel|lijn|producten?)(?!\p{L})|(?<!\p{L})(?:moja|moje|mój|nasza|nasze|nasz) (?:własn[aey] )?(?:now[aey] )?(?:marka|kolekcja|sklep|linia|produkty?)(?!\p{L})/iu;

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
      const [match] = findWords(draft, signal.words);
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
  const partner = partnerMention(draft);
  let commerciality: Commerciality;
  switch (partner ? CHECKED_AS[partner.partner.relationship] : draft.relationship) {
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
    partner,
    ...partnerDescription(draft, partner),
  };
  analyses.set(draft, analysis);
  return analysis;
}

function partnerDescription(
  draft: DraftContext,
  partner: PartnerMention | null | undefined,
): Pick<DisclosureAnalysis, 'partnerSummary' | 'partnerWording'> {
  if (!partner) return { partnerSummary: null, partnerWording: null };
  const [partnerSummary, partnerWording] = describeMention(draft, partner);
  return { partnerSummary, partnerWording };
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
  if (labels === '{lang}') return LABEL_BY_LANGUAGE[postLanguage(draft)];
  return labels[choice] ?? labels[0] ?? 'Ad';
}

/**
 * The brand's own wording for the post's language, when every selected market accepts it as a label in
 * that language ("Anzeige" for a German post in DE and EU; not "#ad" for DE).
 */
export function preferredLabel(draft: DraftContext): string | null {
  return draft.memo('disclosure', 'preferred', () => {
    const { disclosureWording } = draft;
    // Most brands set no wording: then the post's language is not needed here.
    if (Object.keys(disclosureWording).length === 0) return null;
    const language = postLanguage(draft);
    const wording = disclosureWording[language] ?? (language === 'und' ? disclosureWording.en : undefined);
    if (!wording) return null;
    const term = labelTerm(wording);
    if (!term) return null;
    const acceptable = draft.jurisdictions.every((jurisdiction) => {
      const [verdict] = verdictOf(term, jurisdiction);
      const market = JURISDICTION_RULES[jurisdiction];
      const languageOk =
        market.language === 'none' ||
        language === 'und' ||
        term.lang === language ||
        (market.language === 'english-or-post' && term.lang === 'en');
      return (verdict === 'clear' || verdict === 'first') && languageOk;
    });
    return acceptable ? wording : null;
  });
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
export function labelsFor(draft: DraftContext, choice: 0 | 1): readonly string[] {
  // Asked once per market and finding: worked out once per draft.
  return draft.memo('disclosure', choice === 0 ? 'labels-0' : 'labels-1', () => {
    const preferred = preferredLabel(draft);
    if (preferred) return [preferred];
    const ordered = [...draft.jurisdictions].sort(
      (a, b) => Number(b === 'DE' || b === 'FR') - Number(a === 'DE' || a === 'FR'),
    );
    // "Ad" and "#ad" say the same thing; keep one.
    const unique: string[] = [];
    const keys = new Set<string>();
    for (const jurisdiction of ordered) {
      const label = marketLabel(draft, jurisdiction, choice);
      const key = label.replace(/^#|:$/g, '').toLowerCase();
      if (!keys.has(key)) {
        keys.add(key);
        unique.push(label);
      }
    }
    return unique;
  });
}

/** A label to insert at the very start, followed by what separates it from the post. */
export function prefixSuggestions(draft: DraftContext): string[] {
  const build = (labels: readonly string[]) => {
    const joined = labels.join(' | ');
    return /[:|]$|^#\S+$/.test(labels[labels.length - 1] ?? '') ? `${joined} ` : `${joined} | `;
  };
  return [...new Set([build(labelsFor(draft, 0)), build(labelsFor(draft, 1))])];
}

/** "UK (ASA/CMA): … — CAP/CMA, Influencers’ guide …: use a clear, prominent label …" */
export function quote(source: MarketSource): string {
  return ` (${source.doc}: ${source.says})`;
}

/** `wording` followed by the source `quote` gives: the regulator's words stay in their own language. */
export function quoting(wording: Wording, source: MarketSource): Wording {
  return followedBy(wording, worded('findingDisclosureSource', source.doc, source.says));
}

/** A market's name in the UI language (the catalogue's `marketChoice<id>`, whose English is its `name`). */
export function marketName(jurisdiction: Jurisdiction): { key: MessageKey } {
  return { key: `marketChoice${jurisdiction}` };
}

/** The markets' names, joined as `names` joins them in the English message. */
export function marketNames(jurisdictions: readonly Jurisdiction[]): WordingArg {
  return { list: jurisdictions.map((jurisdiction) => worded(marketName(jurisdiction).key)) };
}

/** What makes the post commercial, at most three of: the partner it names, the signals found. */
function signalsOf(analysis: DisclosureAnalysis): [string, Wording][] {
  const partner: [string, Wording][] =
    analysis.partnerSummary && analysis.partnerWording
      ? [[analysis.partnerSummary, analysis.partnerWording]]
      : [];
  const signals = new Map(analysis.signals.map(({ signal }) => [signal.label, worded(signal.key)] as const));
  return [...partner, ...signals].slice(0, 3);
}

export function signalSummary(analysis: DisclosureAnalysis): string {
  const labels = signalsOf(analysis).map(([label]) => label);
  return labels.length ? ` (${labels.join(', ')})` : '';
}

/** `signalSummary` as a wording's argument. */
export function signalsWording(analysis: DisclosureAnalysis): WordingArg {
  return { list: signalsOf(analysis).map(([, wording]) => wording), aside: true };
}

/** The wording with `next` said after it (and after whatever already follows it). */
function followedBy(wording: Wording, next: Wording): Wording {
  return { ...wording, next: wording.next ? followedBy(wording.next, next) : next };
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
    if (!existing.message.includes(finding.message)) {
      existing.message = `${existing.message} ${finding.message}`;
      if (existing.wording && finding.wording)
        existing.wording = followedBy(existing.wording, finding.wording);
    }
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
