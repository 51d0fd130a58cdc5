import type { Check } from '../context';
import { analyseDisclosure, capSeverity, classOf, labelsFor, mergeFindings } from '../disclosure';
import { JURISDICTION_RULES } from '../packs/disclosure-jurisdictions';
import type { Finding } from '../types';

/**
 * A commercial post whose only disclosure, for a market, is wording that market calls unclear (#collab,
 * "ambassador", "#gifted": a warning) or not enough (#sp, "thanks @brand", #ad in Germany: an error).
 */
export const disclosureAmbiguous: Check = (draft) => {
  const analysis = analyseDisclosure(draft);
  if (analysis.commerciality === 'none' || analysis.hits.length === 0) return [];
  const findings: Finding[] = [];
  for (const jurisdiction of draft.jurisdictions) {
    if (analysis.hits.some((hit) => classOf(hit, jurisdiction) === 'clear')) continue;
    const rules = JURISDICTION_RULES[jurisdiction];
    const hit =
      analysis.hits.find((candidate) => classOf(candidate, jurisdiction) === 'ambiguous') ?? analysis.hits[0];
    if (!hit) continue;
    const ambiguous = classOf(hit, jurisdiction) === 'ambiguous';
    const wording = draft.text.slice(hit.start, hit.end);
    const key = (label: string) => label.replace(/^#|:$/g, '').toLowerCase();
    const label = labelsFor(draft, 0)
      .filter((candidate) => key(candidate) !== key(wording))
      .join(' | ');
    const upFront = !/[\p{L}\p{N}]/u.test(draft.text.slice(0, hit.start));
    findings.push({
      ruleId: 'disclosure-ambiguous',
      category: 'disclosure',
      severity: capSeverity(analysis, ambiguous ? 'warning' : 'error'),
      start: hit.start,
      end: hit.end,
      message: ambiguous
        ? `${rules.name}: "${wording}" does not clearly say this is an ad; use "${label}".`
        : `${rules.name}: "${wording}" is not an acceptable disclosure; start the post with "${label}".`,
      // Replacing in place only helps where the wording already sits at the start.
      ...(upFront ? { suggestions: [`${label} ${wording}`] } : {}),
      source: rules.source,
    });
  }
  return mergeFindings(findings);
};
