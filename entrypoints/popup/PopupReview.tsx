import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { userTimeZone, wallTimeOf } from '@/utils/calendar/time';
import { calendarRepository } from '@/utils/db/calendar';
import { getDatabase } from '@/utils/db/database';
import { plural, t, uiLocale } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';
import { canApprove, waitingForReview } from '@/utils/team/review';
import { openEntryInDashboard } from './open-entry';

const calendar = calendarRepository(getDatabase());

/**
 * A reviewer's "Waiting for my review": the team's entries in review this member can approve, each opening
 * in the dashboard's calendar. Shown only while connected to a workspace with a role that can approve.
 */
export function PopupReview() {
  const [roles, setRoles] = useState<string[]>();
  useEffect(() => {
    void sendMessage('team.status', {}).then((reply) => {
      if (reply.ok && reply.data.status.state !== 'off') setRoles(reply.data.status.roles ?? []);
    });
  }, []);
  const inReview = useLiveQuery(() => calendar.withStatus('in-review'), []);
  if (!canApprove(roles) || inReview === undefined) return null;
  const waiting = waitingForReview(inReview, roles);
  const timeZone = userTimeZone();
  const when = new Intl.DateTimeFormat(uiLocale(), { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return (
    <section className="week review" aria-labelledby="review-heading">
      <h2 id="review-heading">
        {t('popupReviewHeading')} <span className="muted">{plural('popupReviewCount', waiting.length)}</span>
      </h2>
      {waiting.length === 0 && <p className="muted">{t('popupReviewNone')}</p>}
      <ul>
        {waiting.map((entry) => {
          const wall = wallTimeOf(entry.at, timeZone);
          return (
            <li key={entry.id} data-entry-id={entry.id}>
              <span className="entry-line">
                <span className="muted">
                  {when.format(new Date(`${wall.day}T12:00:00Z`))} {wall.time}
                </span>{' '}
                <button
                  type="button"
                  className="link entry-title"
                  title={t('popupReviewOpen')}
                  onClick={() => openEntryInDashboard(entry.id)}
                >
                  {entry.title}
                </button>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
