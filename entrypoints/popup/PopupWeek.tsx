import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useEntryChecks } from '@/components/ui/entry-checks';
import { type EntryFindingsSummary, entryFindings } from '@/utils/calendar/entry-findings';
import { entryFromForm, newEntryForm } from '@/utils/calendar/entry-form';
import { layoutDays, rangeOf } from '@/utils/calendar/layout';
import { platformName } from '@/utils/calendar/platform-names';
import { STATUS_KEYS } from '@/utils/calendar/status-labels';
import { addDays, dayOf, userTimeZone, wallTimeOf } from '@/utils/calendar/time';
import { calendarRepository } from '@/utils/db/calendar';
import { getDatabase } from '@/utils/db/database';
import type { CalendarEntry } from '@/utils/db/records';
import { saveFailureText } from '@/utils/db/save-failure';
import { plural, t, uiLocale } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';
import { openEntryInDashboard } from './open-entry';

const calendar = calendarRepository(getDatabase());
/** Today and the seven days after it. */
const DAYS_SHOWN = 8;

function findingsText({ state, count }: EntryFindingsSummary): string {
  if (state === 'empty') return t('weekNoDraft');
  if (state === 'ok') return t('weekChecksPass');
  return plural('weekFindings', count);
}

/** "Today", "Tomorrow", then "Saturday, 5 Dec" in the UI language ("Heute", "Morgen", "Samstag, 5. Dez."). */
function dayName(day: string, index: number): string {
  const locale = uiLocale();
  if (index < 2) {
    const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(index, 'day');
    return relative.charAt(0).toLocaleUpperCase(locale) + relative.slice(1);
  }
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(`${day}T12:00:00Z`));
}

/** Today and the next seven days at a glance, with a quick way to note an idea. */
export function PopupWeek() {
  const timeZone = useMemo(userTimeZone, []);
  const today = dayOf(Date.now(), timeZone);
  const days = useMemo(
    () => Array.from({ length: DAYS_SHOWN }, (_, index) => addDays(today, index)),
    [today],
  );
  const range = useMemo(() => rangeOf(days, timeZone), [days, timeZone]);
  const entries = useLiveQuery(() => calendar.between(range.from, range.to), [range.from, range.to]);
  const [idea, setIdea] = useState('');
  const [ideaDay, setIdeaDay] = useState(today);
  const [message, setMessage] = useState<{ error: boolean; text: string }>();
  // Checked as the composer checks them: each site's brand's markets and wording, partners on the day.
  const checks = useEntryChecks();

  async function addIdea() {
    // Today's idea goes at the next full hour; later days' at nine.
    const hour = Math.min(23, Number(wallTimeOf(Date.now(), timeZone).time.slice(0, 2)) + 1);
    const form = {
      ...newEntryForm(ideaDay, ideaDay === today ? `${String(hour).padStart(2, '0')}:00` : '09:00'),
      title: idea,
    };
    const result = entryFromForm(form, timeZone, Date.now());
    if (!result.ok) return setMessage({ error: true, text: result.problems.join(' ') });
    try {
      await calendar.save(result.entry);
    } catch (failure) {
      return setMessage({ error: true, text: saveFailureText(failure) });
    }
    setIdea('');
    setMessage({ error: false, text: t('weekIdeaAdded', result.entry.title) });
  }

  async function markPublished(entry: CalendarEntry) {
    const reply = await sendMessage('calendar.markPublished', { id: entry.id });
    setMessage(
      reply.ok ? { error: false, text: t('weekPublished', entry.title) } : { error: true, text: reply.error },
    );
  }

  const cells = layoutDays(days, timeZone, entries ?? []);
  const busy = cells.map((cell, index) => ({ cell, index })).filter(({ cell }) => cell.entries.length > 0);
  return (
    <section className="week" aria-labelledby="week-heading">
      <h2 id="week-heading">{t('weekHeading')}</h2>
      {entries !== undefined && busy.length === 0 && <p className="muted">{t('weekEmpty')}</p>}
      {busy.map(({ cell, index }) => (
        <div key={cell.day} className="week-day" data-day={cell.day}>
          <h3>{dayName(cell.day, index)}</h3>
          <ul>
            {cell.entries.map((entry) => {
              const findings = entryFindings(entry, checks, cell.day);
              return (
                <li key={entry.id} data-entry-id={entry.id} data-status={entry.status}>
                  <span className="entry-line">
                    <span className="muted">{wallTimeOf(entry.at, timeZone).time}</span>{' '}
                    <button
                      type="button"
                      className="link entry-title"
                      title={t('weekOpenInDashboard')}
                      onClick={() => openEntryInDashboard(entry.id)}
                    >
                      {entry.title}
                    </button>
                  </span>
                  <span className="entry-meta">
                    <span className="muted">
                      {t(STATUS_KEYS[entry.status])}
                      {entry.platforms.length > 0 ? ` · ${entry.platforms.map(platformName).join(', ')}` : ''}
                    </span>
                    <span className="findings" data-findings={findings.state}>
                      {findingsText(findings)}
                    </span>
                    {entry.status !== 'published' && entry.status !== 'idea' && (
                      <button
                        type="button"
                        className="link"
                        aria-label={t('weekMarkPublishedLabel', entry.title)}
                        onClick={() => void markPublished(entry)}
                      >
                        {t('weekMarkPublished')}
                      </button>
                    )}
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      <form
        className="quick-add"
        onSubmit={(event) => {
          event.preventDefault();
          void addIdea();
        }}
      >
        <input
          aria-label={t('weekNewIdea')}
          placeholder={t('weekQuickIdea')}
          value={idea}
          maxLength={300}
          onChange={(event) => setIdea(event.currentTarget.value)}
        />
        <select
          aria-label={t('weekIdeaDay')}
          value={ideaDay}
          onChange={(event) => setIdeaDay(event.currentTarget.value)}
        >
          {days.map((day, index) => (
            <option key={day} value={day}>
              {dayName(day, index)}
            </option>
          ))}
        </select>
        <button type="submit" className="button">
          {t('weekAddIdea')}
        </button>
      </form>
      {message && (
        <p className={message.error ? 'error' : 'muted'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
