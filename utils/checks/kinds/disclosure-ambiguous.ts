import type { Check } from '../context';
import {
  analyseDisclosure,
  capSeverity,
  classOf,
  isCommercial,
  labelsFor,
  marketName,
  mergeFindings,
  quote,
  quoting,
  verdictOf,
} from '../disclosure';
import { JURISDICTION_RULES } from '../packs/disclosure-jurisdictions';
import { type Finding, worded } from '../types';

/**
 * A commercial post whose only disclosure, for a market, is wording that market calls unclear (#collab,
 * "ambassador", "#gifted": a warning) or not enough (#sp, "thanks @brand", #ad in Germany: an error). The
 * message quotes the market's source on that wording.
 */
export const disclosureAmbiguous: Check = (draft) => {
  const analysis = analyseDisclosure(draft);
  if (!isCommercial(analysis) || analysis.hits.length === 0) return [];
  const findings: Finding[] = [];
  for (const jurisdiction of draft.jurisdictions) {
    if (analysis.hits.some((hit) => classOf(hit, jurisdiction) === 'clear')) continue;
    const rules = JURISDICTION_RULES[jurisdiction];
    const hit =
      analysis.hits.find((candidate) => classOf(candidate, jurisdiction) === 'ambiguous') ?? analysis.hits[0];
    if (!hit) continue;
    const ambiguous = classOf(hit, jurisdiction) === 'ambiguous';
    const [, source] = verdictOf(hit.term, jurisdiction);
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
      message: `${rules.name}: ${
        ambiguous
          ? `"${wording}" does not clearly say this is an ad; use "${label}".`
          : `"${wording}" is not an acceptable disclosure; start the post with "${label}".`
      }${quote(source)}`,
      // Replacing in place only helps where the wording already sits at the start.
      ...(upFront ? { suggestions: [`${label} ${wording}`] } : {}),
      source: source.url,
      wording: quoting(
        worded(
          ambiguous ? 'findingDisclosureUnclear' : 'findingDisclosureInsufficient',
          marketName(jurisdiction),
          wording,
          label,
        ),
        source,
      ),
    });
  }
  const merged = mergeFindings(findings);
  // Nothing in the text says the post is commercial: name the partner that makes it so, once per finding.
  const { partnerSummary, partnerWording } = analysis;
  if (!partnerSummary || !partnerWording) return merged;
  return merged.map((finding) => ({
    ...finding,
    message: `This post is commercial (${partnerSummary}). ${finding.message}`,
    ...(finding.wording
      ? {
          wording: {
            ...worded('findingDisclosurePartner', { list: [partnerWording] }),
            next: finding.wording,
          },
        }
      : {}),
  }));
};
