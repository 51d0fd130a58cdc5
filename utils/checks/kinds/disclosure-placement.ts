import type { MessageKey } from '@/utils/i18n/message-key';
import type { Check, DraftContext } from '../context';
import {
  analyseDisclosure,
  capSeverity,
  classOf,
  type DisclosureHit,
  isCommercial,
  labelsFor,
  marketName,
  mergeFindings,
  postLanguage,
  quote,
  quoting,
  verdictOf,
} from '../disclosure';
import { JURISDICTION_RULES, LABEL_BY_LANGUAGE } from '../packs/disclosure-jurisdictions';
import { type Finding, type Severity, worded } from '../types';

/** How far (in characters) a label may sit from the link it explains and still be "at the link". */
const AT_THE_LINK = 40;

function atALink(draft: DraftContext, hit: DisclosureHit): boolean {
  return draft.entities.some(
    (entity) =>
      entity.kind === 'url' && entity.start - hit.end <= AT_THE_LINK && hit.start - entity.end <= AT_THE_LINK,
  );
}

/**
 * A clear label in the wrong place: after the platform's "…more" fold, buried in the closing block of
 * hashtags, not at the very start where the market requires it (Germany, France, India) or where the wording
 * only works first, away from the affiliate link it should explain, or not in the post's language where the
 * market asks for that (EU, India). A label anywhere in the post is found; here it is rated for where it is.
 */
export const disclosurePlacement: Check = (draft) => {
  const analysis = analyseDisclosure(draft);
  if (!isCommercial(analysis)) return [];
  const findings: Finding[] = [];
  const { fold, text } = draft;
  for (const jurisdiction of draft.jurisdictions) {
    const hit = analysis.hits.find((candidate) => classOf(candidate, jurisdiction) === 'clear');
    if (!hit) continue;
    const rules = JURISDICTION_RULES[jurisdiction];
    const [verdict, source] = verdictOf(hit.term, jurisdiction);
    const wording = text.slice(hit.start, hit.end);
    const market = marketName(jurisdiction);
    const push = (severity: Severity, key: MessageKey, message: string, suggestions?: string[]) =>
      findings.push({
        ruleId: 'disclosure-placement',
        category: 'disclosure',
        severity: capSeverity(analysis, severity),
        start: hit.start,
        end: hit.end,
        message: `${rules.name}: ${message}${quote(source)}`,
        ...(suggestions ? { suggestions } : {}),
        source: source.url,
        // Every placement wording but the language one quotes the label as it stands; that one, the label to use.
        wording: quoting(worded(key, market, suggestions?.[0] ?? wording), source),
      });
    const atTheLink = verdict === 'link' && atALink(draft, hit);
    if (fold && hit.end > fold.to && !atTheLink) {
      push(
        'error',
        'findingDisclosureBelowFold',
        `"${wording}" is below the "…more" fold, so most readers never see it; move it to the start.`,
      );
    } else if (fold && hit.end > fold.from && !atTheLink) {
      push(
        'warning',
        'findingDisclosureNearFold',
        `"${wording}" may be cut off by "…more" on smaller screens; move it to the start.`,
      );
    }
    if (
      rules.notBuried &&
      !atTheLink &&
      hit.start >= analysis.tagBlock.start &&
      analysis.tagBlock.count >= 3
    ) {
      push(
        'error',
        'findingDisclosureAmongTags',
        `"${wording}" is lost among the closing hashtags; put it at the start, apart from them.`,
      );
    }
    const notFirst = /[\p{L}\p{N}]/u.test(text.slice(0, hit.start));
    if (notFirst && !atTheLink && (rules.start === 'required' || verdict === 'first' || verdict === 'link')) {
      push(
        'warning',
        verdict === 'link' ? 'findingDisclosureFirstOrLink' : 'findingDisclosureFirst',
        verdict === 'link'
          ? `"${wording}" must come first, or stand right at the link it explains.`
          : `"${wording}" must come first, before anything else in the post.`,
      );
    }
    const language = postLanguage(draft);
    const wrongLanguage =
      language !== 'und' &&
      hit.term.lang !== language &&
      (rules.language === 'post' || (rules.language === 'english-or-post' && hit.term.lang !== 'en'));
    if (wrongLanguage) {
      const label =
        rules.labels === '{lang}' ? LABEL_BY_LANGUAGE[language] : (labelsFor(draft, 0)[0] ?? 'Ad');
      push(
        'warning',
        'findingDisclosureLanguage',
        `the label should be in the post's language: "${label}".`,
        [label],
      );
    }
  }
  return mergeFindings(findings);
};
