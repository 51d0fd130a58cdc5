import type { MessageKey } from '@/utils/i18n/message-key';
import type { Cap } from './packs/platform-tags';
import type { Span } from './text';
import { type Finding, worded } from './types';

/**
 * Shared by the hashtag, mention and link limits: past `max` is an error, past `warn` a warning, and the
 * finding covers the tags beyond the cap so the writer sees which ones to drop.
 */
export function capFinding(
  ruleId: string,
  spans: readonly Span[],
  cap: Cap | undefined,
  noun: string,
  platformName: string,
  keys: { max: MessageKey; warn: MessageKey },
): Finding[] {
  if (!cap) return [];
  const over = (limit: number | undefined) => limit !== undefined && spans.length > limit;
  const limit = over(cap.max) ? cap.max : over(cap.warn) ? cap.warn : undefined;
  if (limit === undefined) return [];
  const first = spans[limit] as Span;
  const last = spans[spans.length - 1] as Span;
  const hard = limit === cap.max;
  return [
    {
      ruleId,
      category: 'platform',
      severity: hard ? 'error' : 'warning',
      start: first.start,
      end: last.end,
      message: hard
        ? `${spans.length} ${noun}: ${platformName} allows at most ${limit}.`
        : `${spans.length} ${noun}: ${platformName} recommends at most ${limit}.`,
      source: cap.source,
      wording: worded(hard ? keys.max : keys.warn, spans.length, platformName, limit),
    },
  ];
}
