import type { SavedReply } from '../db/saved-reply';

/** The tag that marks a saved reply as a holding statement ("we are looking into it, more soon"). */
export const HOLDING_TAGS: readonly string[] = ['holding statement', 'holding'];

export function isHoldingStatement(reply: Pick<SavedReply, 'tags'>): boolean {
  return reply.tags.some((tag) => HOLDING_TAGS.includes(tag.trim().toLowerCase()));
}

/**
 * The picker's order: the most used first, then by title. During the brand's crisis its holding statements
 * come before everything else, since they are what most replies should be then.
 */
export function pickerOrder(replies: readonly SavedReply[], crisis: boolean): SavedReply[] {
  const holding = (reply: SavedReply) => (crisis && isHoldingStatement(reply) ? 0 : 1);
  return [...replies].sort(
    (a, b) => holding(a) - holding(b) || b.usageCount - a.usageCount || a.title.localeCompare(b.title),
  );
}
