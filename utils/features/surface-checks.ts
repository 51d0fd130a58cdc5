import { type CheckOptions, checkDraft, countDraft, type Finding, isBuiltInFinding } from '@/utils/checks';
import type { CountSettings, DraftCount } from '@/utils/checks/count';
import { lengthFinding } from '@/utils/checks/kinds/platform-length';
import type { PlatformId } from '@/utils/checks/types';

/** The engine's length finding, which a surface's own limit replaces. */
const LENGTH_RULE = 'platform-length';

/**
 * The draft's length on one surface: counted the platform's way, against the surface's own limit when it
 * has one (a Reddit title, a LinkedIn comment) or the instance's (a Mastodon server's `max_characters`).
 */
export function countSurface(text: string, platform: PlatformId, settings: CountSettings = {}): DraftCount {
  return countDraft(text, platform, settings);
}

const isDefault = (settings: CountSettings) =>
  settings.limit === undefined && settings.urlWeight === undefined;

/** The engine's findings for the draft, with its length finding measured against the surface's limit. */
export function checkSurface(
  text: string,
  platform: PlatformId,
  settings: CountSettings = {},
  options: Omit<CheckOptions, 'platform'> = {},
  where?: string,
): Finding[] {
  const findings = checkDraft(text, { platform, ...options });
  if (isDefault(settings)) return findings;
  const others = findings.filter((finding) => !isBuiltInFinding(finding, LENGTH_RULE));
  return [...lengthFinding(text, platform, countSurface(text, platform, settings), where), ...others];
}
