import { type CheckOptions, checkDraft, countDraft, type Finding, isBuiltInFinding } from '@/utils/checks';
import type { DraftCount } from '@/utils/checks/count';
import type { PlatformId } from '@/utils/checks/types';

/** The engine's length finding, which a surface's own limit replaces. */
const LENGTH_RULE = 'platform-length';

/**
 * The draft's length on one surface: counted the platform's way, against the surface's own limit when it
 * has one (a Reddit title, a LinkedIn comment). The engine counts per platform, so the override lives here.
 */
export function countSurface(text: string, platform: PlatformId, limit?: number): DraftCount {
  const counted = countDraft(text, platform);
  if (limit === undefined || limit === counted.limit) return counted;
  return {
    count: counted.count,
    limit,
    overflowAt: counted.count > limit ? overflowOffset(text, platform, limit) : null,
  };
}

/** The engine's findings for the draft, with its length finding measured against the surface's limit. */
export function checkSurface(
  text: string,
  platform: PlatformId,
  limit?: number,
  options: Omit<CheckOptions, 'platform'> = {},
): Finding[] {
  const findings = checkDraft(text, { platform, ...options });
  const count = countSurface(text, platform, limit);
  if (limit === undefined || limit === countDraft('', platform).limit) return findings;
  const others = findings.filter((finding) => !isBuiltInFinding(finding, LENGTH_RULE));
  if (count.overflowAt === null) return others;
  return [
    {
      ruleId: LENGTH_RULE,
      category: 'platform',
      severity: 'error',
      start: count.overflowAt,
      end: text.length,
      message: `${count.count} / ${limit}: ${count.count - limit} over the limit for this field.`,
    },
    ...others,
  ];
}

/**
 * The UTF-16 offset of the first character that no longer fits. Every platform's count grows with the text,
 * so a binary search over prefixes finds it with whatever counting the platform uses (weighted, graphemes).
 */
function overflowOffset(text: string, platform: PlatformId, limit: number): number {
  let fits = 0;
  let overflows = text.length;
  while (overflows - fits > 1) {
    const middle = (fits + overflows) >> 1;
    if (countDraft(text.slice(0, middle), platform).count > limit) overflows = middle;
    else fits = middle;
  }
  return fits;
}
