import { capFinding } from '../cap-finding';
import type { Check } from '../context';
import { PLATFORM_LIMITS } from '../packs/platform-limits';
import { PLATFORM_TAGS } from '../packs/platform-tags';

export const hashtagLimit: Check = (draft) =>
  capFinding(
    'hashtag-limit',
    draft.entities.filter((entity) => entity.kind === 'hashtag'),
    PLATFORM_TAGS[draft.platform]?.hashtags,
    'hashtags',
    PLATFORM_LIMITS[draft.platform].name,
    { max: 'findingHashtagsMax', warn: 'findingHashtagsWarn' },
  );
