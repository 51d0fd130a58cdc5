import type { Check } from '../context';
import { analyseDisclosure, findWords, isCommercial, quote } from '../disclosure';
import { FR_BANNED } from '../packs/promotion-rules';
import { type Finding, worded } from '../types';

/**
 * France: an influencer's commercial post promoting what loi 2023-451 art. 4 bans (cosmetic procedures,
 * nicotine, betting tips) is an error whatever its label; crypto and risky financial services a warning,
 * since registered providers may be promoted.
 */
export const bannedPromotion: Check = (draft) => {
  if (!draft.jurisdictions.includes('FR') || !isCommercial(analyseDisclosure(draft))) return [];
  const findings: Finding[] = [];
  for (const ban of FR_BANNED) {
    const [match] = findWords(draft, ban.words);
    if (!match) continue;
    findings.push({
      ruleId: 'banned-promotion',
      category: 'disclosure',
      severity: ban.severity,
      start: match.start,
      end: match.end,
      message:
        ban.severity === 'error'
          ? `France (loi 2023-451): influencers may not promote ${ban.what}, however the post is labelled.${quote(ban.source)}`
          : `France (loi 2023-451): promoting ${ban.what} is allowed only for providers registered with the AMF (or authorised under MiCA); check before posting.${quote(ban.source)}`,
      source: ban.source.url,
      wording: worded(ban.wording, ban.source.doc, ban.source.says),
    });
  }
  return findings;
};
