import type { DraftContext } from './context';
import { findAll } from './find';
import { COMMERCIAL_SIGNALS, type CommercialSignal } from './packs/commercial-signals';
import { JURISDICTION_RULES, LABEL_BY_LANGUAGE } from './packs/disclosure-jurisdictions';
import { DISCLOSURE_TERMS, type DisclosureTerm, type TermClass } from './packs/disclosure-terms';
import type { Span } from './text';
import type { Finding, Jurisdiction, Severity } from './types';

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

/** `stated`: the relationship option says so; `detected`: strong signals; `possible`: only weak ones. */
export type Commerciality = 'stated' | 'detected' | 'possible' | 'none';

export interface DisclosureAnalysis {
  commerciality: Commerciality;
  signals: SignalHit[];
  hits: DisclosureHit[];
  /** Start of the trailing run of hashtags/handles/links, and how many hashtags and links it holds. */
  tagBlock: { start: number; count: number };
}

/** Start of a line (only emoji or punctuation before it), or in brackets: where a bare word reads as a label. */
function inLabelPosition(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (!/[\p{L}\p{N}]/u.test(text.slice(lineStart, start))) return true;
  const before = text.slice(Math.max(0, start - 2), start).trimStart();
  const after = text.slice(end, end + 2).trimEnd();
  return /[([]\s*$/.test(before) && /^\s*[)\]]/.test(after);
}

/** Built once so every keystroke passes the same pattern strings (see DraftContext.memo). */
const TERM_SOURCES = DISCLOSURE_TERMS.map((term) => ({
  term,
  hashtag: `#(?:${term.words})`,
  bare: term.bare === 'hashtag' ? null : `(?:${term.words})`,
}));

function findHits(draft: DraftContext): DisclosureHit[] {
  const { text } = draft;
  const hits: DisclosureHit[] = [];
  const options = { ignorecase: true, wordBounded: true };
  for (const { term, hashtag, bare } of TERM_SOURCES) {
    for (const { start, end } of findAll(draft, hashtag, options)) {
      hits.push({ term, start, end, hashtag: true });
    }
    if (bare === null) continue;
    for (const { start, end } of findAll(draft, bare, options)) {
      if (term.bare === 'label' && !inLabelPosition(text, start, end)) continue;
      hits.push({ term, start, end, hashtag: false });
    }
  }
  // Longest match wins where terms overlap ("sponsored by" over "sponsored").
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
    if (!entity || /[\p{L}\p{N}]/u.test(text.slice(entity.end, start))) break;
    start = entity.start;
    if (entity.kind !== 'mention') count += 1;
  }
  return { start, count };
}

const analyses = new WeakMap<DraftContext, DisclosureAnalysis>();

export function analyseDisclosure(draft: DraftContext): DisclosureAnalysis {
  const cached = analyses.get(draft);
  if (cached) return cached;
  const hits = findHits(draft);
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
  // The writer labelled the post an ad: an ad label (or #sp/#spon, which mean nothing else) used as a label.
  // "Thanks @friend" at the start of a post is not one.
  const selfLabelled = hits.some(
    (hit) =>
      (Object.values(hit.term.classes).includes('clear') || hit.term.id === 'abbreviation') &&
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
    case 'unknown':
      commerciality = strong || selfLabelled ? 'detected' : weak >= 2 ? 'possible' : 'none';
      break;
    default:
      commerciality = 'none';
  }
  const analysis = { commerciality, signals, hits, tagBlock: trailingTagBlock(draft) };
  analyses.set(draft, analysis);
  return analysis;
}

/** The label(s) that satisfy every selected market at once, national languages first. */
export function labelsFor(draft: DraftContext, choice: 0 | 1): string[] {
  const ordered = [...draft.jurisdictions].sort(
    (a, b) => Number(b === 'DE' || b === 'FR') - Number(a === 'DE' || a === 'FR'),
  );
  const labels = ordered.map((jurisdiction) => {
    const { labels } = JURISDICTION_RULES[jurisdiction];
    if (labels === '{lang}') return LABEL_BY_LANGUAGE[draft.language];
    return labels[choice] ?? labels[0] ?? 'Ad';
  });
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

export function classOf(hit: DisclosureHit, jurisdiction: Jurisdiction): TermClass {
  return hit.term.classes[jurisdiction];
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
