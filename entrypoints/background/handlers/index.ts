import type { OnBrandDatabase } from '@/utils/db/database';
import type { Handlers } from '../router';
import { analyticsHandlers } from './analytics';
import { calendarHandlers } from './calendar';
import { checksHandlers } from './checks';
import { followUpHandlers } from './follow-ups';
import { guidelinesHandlers } from './guidelines';
import { marketsHandlers } from './markets';
import { mastodonHandlers } from './mastodon';
import { pageScriptHandlers } from './page-scripts';
import { repliesHandlers } from './replies';
import { type ReplyPickerSessions, replyPickerSessions } from './reply-picker';
import { researchHandlers } from './research';
import { settingsHandlers } from './settings';
import { type TeamSync, teamSync } from './team';

/** Every message the background answers, one handler file per area. */
export function allHandlers(
  db: OnBrandDatabase,
  pickers: ReplyPickerSessions = replyPickerSessions(db),
  team: TeamSync = teamSync(db),
): Handlers {
  return {
    ...settingsHandlers(db),
    ...researchHandlers(db),
    ...analyticsHandlers(db),
    ...guidelinesHandlers(db),
    ...calendarHandlers(db),
    ...followUpHandlers(db),
    ...checksHandlers(),
    ...pageScriptHandlers(),
    ...marketsHandlers(db),
    ...mastodonHandlers(db),
    ...repliesHandlers(db),
    ...pickers.handlers,
    ...team.handlers,
  };
}
