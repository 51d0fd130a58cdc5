import type { Check } from '../context';
import { analyseDisclosure, capSeverity, classOf, labelsFor, mergeFindings } from '../disclosure';
import { JURISDICTION_RULES, LABEL_BY_LANGUAGE } from '../packs/disclosure-jurisdictions';
import type { Finding, Severity } from '../types';

/**
 * A clear label in the wrong place: after the platform's "…more" fold, buried in the closing block of
 * hashtags, not at the very start where the market requires it (Germany, France, India), or not in the
 * post's language where the market asks for that (EU, India).
 */
export const disclosurePlacement: Check = (draft) => {
  const analysis = analyseDisclosure(draft);
  if (analysis.commerciality === 'none') return [];
  const findings: Finding[] = [];
  const { fold, text } = draft;
  for (const jurisdiction of draft.jurisdictions) {
    const hit = analysis.hits.find((candidate) => classOf(candidate, jurisdiction) === 'clear');
    if (!hit) continue;
    const rules = JURISDICTION_RULES[jurisdiction];
    const wording = text.slice(hit.start, hit.end);
    const push = (severity: Severity, message: string, suggestions?: string[]) =>
      findings.push({
        ruleId: 'disclosure-placement',
        category: 'disclosure',
        severity: capSeverity(analysis, severity),
        start: hit.start,
        end: hit.end,
        message: `${rules.name}: ${message}`,
        ...(suggestions ? { suggestions } : {}),
        source: rules.source,
      });
    if (fold && hit.end > fold.to) {
      push(
        'error',
        `"${wording}" is below the "…more" fold, so most readers never see it; move it to the start.`,
      );
    } else if (fold && hit.end > fold.from) {
      push('warning', `"${wording}" may be cut off by "…more" on smaller screens; move it to the start.`);
    }
    if (rules.notBuried && hit.start >= analysis.tagBlock.start && analysis.tagBlock.count >= 3) {
      push('error', `"${wording}" is lost among the closing hashtags; put it at the start, apart from them.`);
    }
    if (rules.start === 'required' && /[\p{L}\p{N}]/u.test(text.slice(0, hit.start))) {
      push('warning', `the label must come first, before anything else in the post.`);
    }
    const language = draft.language;
    const wrongLanguage =
      language !== 'und' &&
      hit.term.lang !== language &&
      (rules.language === 'post' || (rules.language === 'english-or-post' && hit.term.lang !== 'en'));
    if (wrongLanguage) {
      const label =
        rules.labels === '{lang}' ? LABEL_BY_LANGUAGE[language] : (labelsFor(draft, 0)[0] ?? 'Ad');
      push('warning', `the label should be in the post's language: "${label}".`, [label]);
    }
  }
  return mergeFindings(findings);
};
