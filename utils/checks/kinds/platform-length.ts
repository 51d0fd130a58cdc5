import type { Check } from '../context';
import { countDraft } from '../count';
import { PLATFORM_LIMITS } from '../packs/platform-limits';
import { utf8Length } from '../text';

/** Bluesky also caps the record at 3,000 UTF-8 bytes, which long non-Latin posts hit before 300 graphemes. */
const BLUESKY_MAX_BYTES = 3000;

/** Over the platform's limit, counted the way the platform counts: an error on the overflowing span. */
export const platformLength: Check = (draft) => {
  const { text, platform } = draft;
  const { count, limit, overflowAt } = countDraft(text, platform);
  const source = PLATFORM_LIMITS[platform].source;
  if (overflowAt !== null) {
    return [
      {
        ruleId: 'platform-length',
        category: 'platform',
        severity: 'error',
        start: overflowAt,
        end: text.length,
        message: `${count} / ${limit}: ${count - limit} over the limit for this platform.`,
        source,
      },
    ];
  }
  if (platform === 'bluesky' && utf8Length(text) > BLUESKY_MAX_BYTES) {
    return [
      {
        ruleId: 'platform-length',
        category: 'platform',
        severity: 'error',
        start: 0,
        end: 0,
        message: `${utf8Length(text)} bytes: Bluesky also allows at most ${BLUESKY_MAX_BYTES} bytes of UTF-8.`,
        source,
      },
    ];
  }
  return [];
};
