import { type CountSettings, countDraft, type DraftCount } from '@/utils/checks/count';
import type { PlatformId } from '@/utils/checks/types';

// Apart from surface-checks.ts: the live count runs in the content script on every keystroke, while the full
// check (and the engine it needs) is loaded into the page only when a composer is there (check-engine.ts).
/**
 * The draft's length on one surface: counted the platform's way, against the surface's own limit when it
 * has one (a Reddit title, a LinkedIn comment) or the instance's (a Mastodon server's `max_characters`).
 */
export function countSurface(text: string, platform: PlatformId, settings: CountSettings = {}): DraftCount {
  return countDraft(text, platform, settings);
}
