import type { Check, DraftContext } from '../context';
import {
  analyseDisclosure,
  capSeverity,
  classOf,
  type DisclosureAnalysis,
  labelsFor,
  marketNames,
  prefixSuggestions,
  quote,
  quoting,
  signalSummary,
  signalsWording,
} from '../disclosure';
import { JURISDICTION_RULES } from '../packs/disclosure-jurisdictions';
import { type Finding, worded } from '../types';

/**
 * A commercial post with no disclosure wording at all for a market (an error about the whole draft whose
 * suggestions insert a compliant label at the start), or one that says it is *not* an ad ("not sponsored",
 * "keine Werbung": an error on those words). Own products: a warning where the market wants a label unless
 * the post makes the commercial intent obvious.
 */
export const disclosureMissing: Check = (draft) => {
  const analysis = analyseDisclosure(draft);
  if (analysis.commerciality === 'none') return [];
  if (analysis.commerciality === 'own') return ownProduct(draft, analysis);
  const first = JURISDICTION_RULES[draft.jurisdictions[0] ?? 'US'];
  const signals = signalSummary(analysis);
  const signalWords = signalsWording(analysis);
  const findings: Finding[] = analysis.denials.map((denial) => {
    const wording = draft.text.slice(denial.start, denial.end);
    const label = labelsFor(draft, 0).join(' | ');
    return {
      ruleId: 'disclosure-missing',
      category: 'disclosure',
      severity: capSeverity(analysis, 'error'),
      start: denial.start,
      end: denial.end,
      message: `"${wording}" tells readers this is not an ad, but the post is commercial${signals}; that misleads them. Replace it with "${label}".${quote(first.source)}`,
      suggestions: [label],
      source: first.source.url,
      wording: quoting(worded('findingDisclosureDenial', wording, signalWords, label), first.source),
    };
  });
  // Any disclosure wording, even poor wording, is reported by disclosure-ambiguous on that wording instead.
  if (analysis.hits.length > 0 || findings.length > 0) return findings;
  const names = draft.jurisdictions.map((jurisdiction) => JURISDICTION_RULES[jurisdiction].name).join(', ');
  const suggestion = prefixSuggestions(draft)[0]?.trim() ?? '';
  const possible = analysis.commerciality === 'possible';
  const message = possible
    ? `Is there a material connection (payment, gift, commission, discount code)${signals}? If so, label it as an ad at the start; if it is your own product or organic, set the relationship to say so.`
    : `This post is commercial${signals} but carries no ad label (${names}). Start it with "${suggestion}".${quote(first.source)}`;
  const wording = possible
    ? worded('findingDisclosurePossible', signalWords)
    : quoting(
        worded('findingDisclosureNoLabel', signalWords, marketNames(draft.jurisdictions), suggestion),
        first.source,
      );
  return [
    {
      ruleId: 'disclosure-missing',
      category: 'disclosure',
      severity: capSeverity(analysis, 'error'),
      start: 0,
      end: 0,
      message,
      suggestions: prefixSuggestions(draft),
      source: first.source.url,
      wording,
    },
  ];
};

/** Markets that want the brand's own promotion recognisable: a warning unless it is plain or labelled. */
function ownProduct(draft: DraftContext, analysis: DisclosureAnalysis): Finding[] {
  if (analysis.obviouslyOwn) return [];
  const markets = draft.jurisdictions.filter(
    (jurisdiction) =>
      JURISDICTION_RULES[jurisdiction].ownProduct !== null &&
      !analysis.hits.some((hit) => classOf(hit, jurisdiction) === 'clear'),
  );
  const source = markets[0] && JURISDICTION_RULES[markets[0]].ownProduct;
  if (!source) return [];
  const names = markets.map((jurisdiction) => JURISDICTION_RULES[jurisdiction].name).join(', ');
  const suggestion = prefixSuggestions(draft)[0]?.trim() ?? '';
  return [
    {
      ruleId: 'disclosure-missing',
      category: 'disclosure',
      severity: 'warning',
      start: 0,
      end: 0,
      message: `${names}: this promotes your own product, which readers may not see. Say so plainly ("our new range") or start with "${suggestion}".${quote(source)}`,
      suggestions: prefixSuggestions(draft),
      source: source.url,
      wording: quoting(worded('findingDisclosureOwnProduct', marketNames(markets), suggestion), source),
    },
  ];
}
