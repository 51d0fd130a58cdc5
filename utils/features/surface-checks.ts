import { type CheckOptions, checkDraft, type Finding, isBuiltInFinding } from '@/utils/checks';
import type { CountSettings } from '@/utils/checks/count';
import { lengthFinding } from '@/utils/checks/kinds/platform-length';
import type { PlatformId } from '@/utils/checks/types';
import { countSurface } from './surface-count';

export { countSurface };

/** The engine's length finding, which a surface's own limit replaces. */
const LENGTH_RULE = 'platform-length';

const isDefault = (settings: CountSettings) =>
  settings.limit === undefined && settings.urlWeight === undefined;

/**
 * The engine's findings for the draft, with its length finding measured against the surface's limit. A
 * caller that has just counted this text for the badge passes that count (`options.count`), and the draft is
 * not counted again.
 */
export function checkSurface(
  text: string,
  platform: PlatformId,
  settings: CountSettings = {},
  options: Omit<CheckOptions, 'platform'> = {},
  ofField = false,
): Finding[] {
  const count = options.count ?? countSurface(text, platform, settings);
  const findings = checkDraft(text, { platform, ...options, count });
  if (isDefault(settings)) return findings;
  // The surface's own limit ("this field": a Reddit title), counted against it already.
  const others = findings.filter((finding) => !isBuiltInFinding(finding, LENGTH_RULE));
  return [...lengthFinding(text, platform, count, ofField), ...others];
}
