import { capFinding } from '../cap-finding';
import type { Check } from '../context';
import { PLATFORM_LIMITS } from '../packs/platform-limits';
import { PLATFORM_TAGS } from '../packs/platform-tags';
import { type Finding, worded } from '../types';

/** Too many unique links (Threads), or a link where the platform shows it as plain text (Instagram, TikTok). */
export const linkLimit: Check = (draft) => {
  const tags = PLATFORM_TAGS[draft.platform];
  if (!tags) return [];
  const links = draft.entities.filter((entity) => entity.kind === 'url');
  const seen = new Set<string>();
  const unique = links.filter((link) => {
    const url = draft.text.slice(link.start, link.end).toLowerCase();
    if (seen.has(url)) return false;
    seen.add(url);
    return true;
  });
  const findings: Finding[] = capFinding(
    'link-limit',
    unique,
    tags.links,
    'different links',
    PLATFORM_LIMITS[draft.platform].name,
    { max: 'findingLinksMax', warn: 'findingLinksWarn' },
  );
  const [first] = links;
  if (tags.linksNotClickable && first) {
    findings.push({
      ruleId: 'link-limit',
      category: 'platform',
      severity: 'info',
      start: first.start,
      end: first.end,
      message: `Links in ${PLATFORM_LIMITS[draft.platform].name} captions are not clickable; put it in your bio or a link sticker and say where to find it.`,
      source: tags.linksNotClickable.source,
      wording: worded('findingLinkNotClickable', PLATFORM_LIMITS[draft.platform].name),
    });
  }
  return findings;
};
