import { capFinding } from '../cap-finding';
import type { Check } from '../context';
import { PLATFORM_LIMITS } from '../packs/platform-limits';
import { PLATFORM_TAGS } from '../packs/platform-tags';

export const mentionLimit: Check = (draft) =>
  capFinding(
    'mention-limit',
    draft.entities.filter((entity) => entity.kind === 'mention'),
    PLATFORM_TAGS[draft.platform]?.mentions,
    'mentions',
    PLATFORM_LIMITS[draft.platform].name,
    { max: 'findingMentionsMax', warn: 'findingMentionsWarn' },
  );
