import { CalendarConflictError, CalendarEntryError } from '../db/calendar';
import { quoted, t } from '../i18n';
import { errorDetail } from '../refusal';

/**
 * Why dragging an entry to another day or hour did not move it, in the UI language. A conflict's own
 * message is English for logs and offers a choice a drag does not have; the database's words (Dexie's,
 * the browser's) are English too, so they come last, after "Details:".
 */
export function moveRefusalText(title: string, error: unknown): string {
  if (error instanceof CalendarConflictError) {
    return error.current
      ? t('calendarMoveConflictChanged', quoted(error.current.title))
      : t('calendarMoveConflictDeleted', quoted(title));
  }
  if (error instanceof CalendarEntryError) return error.problems.join(' ');
  return t('calendarMoveFailed', quoted(title), errorDetail(error));
}
