import type { Check } from '../context';
import { analyseDisclosure, capSeverity, prefixSuggestions, signalSummary } from '../disclosure';
import { JURISDICTION_RULES } from '../packs/disclosure-jurisdictions';

/**
 * A commercial post with no disclosure wording at all for a market: an error about the whole draft whose
 * suggestions insert a compliant label at the start.
 */
export const disclosureMissing: Check = (draft) => {
  const analysis = analyseDisclosure(draft);
  // Any disclosure wording, even poor wording, is reported by disclosure-ambiguous on that wording instead.
  if (analysis.commerciality === 'none' || analysis.hits.length > 0) return [];
  const names = draft.jurisdictions.map((jurisdiction) => JURISDICTION_RULES[jurisdiction].name).join(', ');
  const [suggestion] = prefixSuggestions(draft);
  const question =
    analysis.commerciality === 'possible'
      ? `Is there a material connection (payment, gift, commission, discount code)${signalSummary(analysis)}? If so, label it as an ad at the start; if it is your own product or organic, set the relationship to say so.`
      : `This post is commercial${signalSummary(analysis)} but carries no ad label (${names}). Start it with "${suggestion?.trim()}".`;
  return [
    {
      ruleId: 'disclosure-missing',
      category: 'disclosure',
      severity: capSeverity(analysis, 'error'),
      start: 0,
      end: 0,
      message: question,
      suggestions: prefixSuggestions(draft),
      source: JURISDICTION_RULES[draft.jurisdictions[0] ?? 'US'].source,
    },
  ];
};
