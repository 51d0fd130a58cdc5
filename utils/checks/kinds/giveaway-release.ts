import type { Check } from '../context';
import { GIVEAWAY_SOURCES, giveawaySpan, isGiveaway, RELEASE_LINE } from '../packs/giveaway';
import { worded } from '../types';

/** Instagram and Facebook promotions must release the platform and say it has no part in the giveaway. */
export const giveawayRelease: Check = (draft) => {
  if (draft.platform !== 'instagram' && draft.platform !== 'facebook') return [];
  if (!isGiveaway(draft.lower) || RELEASE_LINE.test(draft.text)) return [];
  const platformName = draft.platform === 'instagram' ? 'Instagram' : 'Facebook';
  return [
    {
      ruleId: 'giveaway-release',
      category: 'disclosure',
      severity: 'warning',
      ...giveawaySpan(draft.text),
      message: `${platformName} requires every giveaway to release ${platformName} and say it is not sponsored, endorsed or administered by it.`,
      source: GIVEAWAY_SOURCES[draft.platform],
      wording: worded('findingGiveawayRelease', platformName),
    },
  ];
};
