import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { getDatabase } from '@/utils/db/database';
import type { FollowUp } from '@/utils/db/follow-up-records';
import { followUpsRepository } from '@/utils/db/follow-ups';
import { isDue, openByDueTime, ringsAt, type Snooze } from '@/utils/follow-ups/schedule';
import { t, uiLocale } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';
import { siteName } from '@/utils/sites/meta';
import './follow-ups.css';

const followUps = followUpsRepository(getDatabase());

function when(at: number): string {
  return new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

/** Who the follow-up is about, as the list names them. */
function whose(followUp: FollowUp): string {
  const { name, handle } = followUp.author;
  if (name && handle && name !== handle) return `${name} (${handle})`;
  return name || handle || siteName(followUp.platform);
}

/** The current time, again every half minute: a follow-up turns overdue while the page is open. */
function useNow(): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/**
 * Open follow-ups, the one due first at the top, overdue ones marked. Done and both snoozes are one click;
 * the background moves the reminders' one alarm with them.
 */
export function FollowUpsPage() {
  const open = useLiveQuery(async () => openByDueTime(await followUps.open()));
  const now = useNow();
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string>();

  const done = async (followUp: FollowUp) => {
    setError(undefined);
    const reply = await sendMessage('followUps.done', { id: followUp.id });
    if (!reply.ok) return setError(reply.error);
    setStatus(t('followUpsMarkedDone', whose(followUp)));
  };
  const snooze = async (followUp: FollowUp, snooze: Snooze) => {
    setError(undefined);
    const reply = await sendMessage('followUps.snooze', { id: followUp.id, snooze });
    if (!reply.ok) return setError(reply.error);
    setStatus(t('followUpsSnoozedStatus', whose(followUp), when(reply.data.snoozedUntil)));
  };

  return (
    <section className="follow-ups">
      <h1>{t('followUpsTitle')}</h1>
      <p className="muted">{t('followUpsIntro')}</p>
      <p role="status" className="follow-ups-status">
        {status}
      </p>
      {error && (
        <p role="alert" className="notice error">
          {error}
        </p>
      )}
      {open && open.length === 0 && <p className="notice">{t('followUpsEmpty')}</p>}
      {open && open.length > 0 && (
        <ul className="follow-up-list" aria-label={t('followUpsListLabel')}>
          {open.map((followUp) => {
            const overdue = isDue(followUp, now);
            const at = ringsAt(followUp);
            return (
              <li
                key={followUp.id}
                className={overdue ? 'follow-up overdue' : 'follow-up'}
                data-follow-up-id={followUp.id}
                data-overdue={overdue ? 'true' : undefined}
              >
                <p className="follow-up-due">
                  {overdue
                    ? t('followUpsOverdue', when(at))
                    : followUp.snoozedUntil !== undefined
                      ? t('followUpsSnoozedUntil', when(at))
                      : t('followUpsDueAt', when(at))}
                </p>
                <p className="follow-up-who">
                  <strong>{t('followUpsOn', whose(followUp), siteName(followUp.platform))}</strong>
                </p>
                {followUp.excerpt && (
                  <blockquote className="follow-up-excerpt">{followUp.excerpt}</blockquote>
                )}
                {followUp.note && <p className="follow-up-note">{followUp.note}</p>}
                <div className="follow-up-actions">
                  <a href={followUp.url} target="_blank" rel="noopener noreferrer">
                    {t('followUpsOpenPost')}
                  </a>
                  <button type="button" className="button primary" onClick={() => void done(followUp)}>
                    {t('followUpsDone')}
                  </button>
                  <button type="button" onClick={() => void snooze(followUp, 'hour')}>
                    {t('followUpsSnoozeHour')}
                  </button>
                  <button type="button" onClick={() => void snooze(followUp, 'tomorrow')}>
                    {t('followUpsSnoozeTomorrow')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
