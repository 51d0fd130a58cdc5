import type { Check } from '../context';
import { type Finding, worded } from '../types';
import { withUtm } from '../utm';

const SOURCE = 'https://support.google.com/analytics/answer/9756891';

/** A link without UTM tags, where the brand tags its links: the fix adds them through the editor. */
export const linkUtm: Check = (draft) => {
  if (!draft.utm) return [];
  const findings: Finding[] = [];
  for (const entity of draft.entities) {
    if (entity.kind !== 'url') continue;
    const tagged = withUtm(draft.text.slice(entity.start, entity.end), draft.platform, draft.utm);
    if (!tagged) continue;
    findings.push({
      ruleId: 'link-utm',
      category: 'platform',
      severity: 'warning',
      start: entity.start,
      end: entity.end,
      message:
        'This link has no UTM tags, so your web analytics can’t tell the visits it brings from others. Add them: source, medium, campaign.',
      suggestions: [tagged],
      source: SOURCE,
      wording: worded('findingLinkUtm'),
    });
  }
  return findings;
};
