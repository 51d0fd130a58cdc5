import type { Check } from '../context';
import { GIVEAWAY_SOURCES, isGiveaway, TAG_OR_SHARE_TO_ENTER } from '../packs/giveaway';
import { worded } from '../types';

/** Facebook does not allow "tag a friend" or "share on your timeline" as a way to enter. */
export const giveawayMechanics: Check = (draft) => {
  if (draft.platform !== 'facebook' || !isGiveaway(draft.lower)) return [];
  const match = TAG_OR_SHARE_TO_ENTER.exec(draft.text);
  if (!match) return [];
  return [
    {
      ruleId: 'giveaway-mechanics',
      category: 'disclosure',
      severity: 'error',
      start: match.index,
      end: match.index + match[0].length,
      message:
        'Facebook does not allow entry by tagging friends or sharing to a timeline; ask people to comment or react instead.',
      source: GIVEAWAY_SOURCES.facebook,
      wording: worded('findingGiveawayMechanics'),
    },
  ];
};
