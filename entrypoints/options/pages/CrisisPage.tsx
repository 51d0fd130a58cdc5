import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { CrisisStartForm } from '@/components/ui/CrisisStartForm';
import { publishedLogToCsv } from '@/utils/crisis/published-log';
import { crisesRepository, entriesInside } from '@/utils/db/crises';
import { getDatabase } from '@/utils/db/database';
import type { Brand, Crisis } from '@/utils/db/records';
import { saveFailureText } from '@/utils/db/save-failure';
import { listOf, t, uiLocale } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';
import { siteName } from '@/utils/sites/meta';
import { BrandSelect, useChosenBrand } from './BrandChoice';
import { announceBrandChange, downloadFile, fileSlug, saveBrand } from './guidelines/brand-store';

const db = getDatabase();
const crises = crisesRepository(db);

function when(at: number): string {
  return new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

/**
 * Crisis mode per brand: a reason shown in every composer of the brand, the calendar's scheduled and
 * promotional posts paused in one click (reminders included), the watch list's terms as errors, and a log of
 * what went out meanwhile for the review afterwards.
 */
export function CrisisPage() {
  const chosen = useChosenBrand();
  const { all, brand } = chosen;
  return (
    <section className="crisis-page">
      <h1>{t('crisisTitle')}</h1>
      <p className="muted">{t('crisisIntro')}</p>
      {all && !brand ? (
        <p className="notice">{t('crisisNoBrand')}</p>
      ) : (
        <>
          <BrandSelect {...chosen} />
          {brand && <BrandCrisis key={brand.id} brand={brand} brands={all ?? []} />}
        </>
      )}
    </section>
  );
}

function BrandCrisis({ brand, brands }: { brand: Brand; brands: Brand[] }) {
  const history = useLiveQuery(() => crises.forBrand(brand.id), [brand.id]);
  const [error, setError] = useState<string>();
  const open = history?.find((crisis) => crisis.endedAt === undefined);
  // The open crisis, else the last one: its paused entries may still wait to be resumed, its log reviewed.
  const current = open ?? history?.[0];

  /** Whether the action went through; else its error is shown. */
  const act = async (action: () => Promise<unknown>): Promise<boolean> => {
    setError(undefined);
    try {
      await action();
      return true;
    } catch (failure) {
      setError(saveFailureText(failure));
      return false;
    }
  };

  return (
    <>
      {open ? (
        <div className="card crisis-on" role="status">
          <p>
            <strong>{t('crisisOnSince', when(open.startedAt))}</strong> {open.reason}
          </p>
          <button
            type="button"
            onClick={() =>
              void act(async () => {
                await crises.end(open.id);
                await announceBrandChange();
              })
            }
          >
            {t('crisisEnd')}
          </button>
        </div>
      ) : (
        <CrisisStartForm
          className="card"
          label={t('crisisReason')}
          onStart={(reason) =>
            act(async () => {
              await crises.start(brand.id, reason);
              await announceBrandChange();
            })
          }
        />
      )}
      {error && (
        <p role="alert" className="notice error">
          {error}
        </p>
      )}
      <WatchList brand={brand} />
      {current && <CrisisEntries crisis={current} brands={brands} />}
      {current && <PublishedLog crisis={current} brand={brand} brands={brands} />}
    </>
  );
}

function WatchList({ brand }: { brand: Brand }) {
  const [text, setText] = useState((brand.watchTerms ?? []).join('\n'));
  const [error, setError] = useState<string>();
  return (
    <form
      className="card"
      aria-label={t('crisisWatchTitle')}
      onSubmit={(event) => {
        event.preventDefault();
        setError(undefined);
        const watchTerms = [
          ...new Set(
            text
              .split('\n')
              .map((term) => term.trim())
              .filter(Boolean),
          ),
        ];
        saveBrand({ ...brand, watchTerms }).catch((failure: unknown) => setError(saveFailureText(failure)));
      }}
    >
      <h2>{t('crisisWatchTitle')}</h2>
      <label className="field">
        <span>{t('crisisWatchHint')}</span>
        <textarea rows={4} value={text} onChange={(e) => setText(e.currentTarget.value)} />
      </label>
      {error && (
        <p role="alert" className="notice error">
          {error}
        </p>
      )}
      <button type="submit">{t('crisisWatchSave')}</button>
    </form>
  );
}

function CrisisEntries({ crisis, brands }: { crisis: Crisis; brands: Brand[] }) {
  const entries = useLiveQuery(
    async () => entriesInside(crisis, await db.calendarEntries.toArray(), brands),
    [crisis, brands],
  );
  if (!entries) return null;
  const unpaused = entries.filter((entry) => !entry.pausedBy);
  const pausedHere = entries.filter((entry) => entry.pausedBy === crisis.id);
  const remindersChanged = () => sendMessage('calendar.remindersChanged', {});
  return (
    <section className="card" aria-label={t('crisisEntriesTitle')}>
      <h2>{t('crisisEntriesTitle')}</h2>
      {entries.length === 0 ? (
        <p className="muted">{t('crisisEntriesNone')}</p>
      ) : (
        <ul>
          {entries.map((entry) => (
            <li key={entry.id}>
              {when(entry.at)} · {listOf(entry.platforms.map(siteName))} · <strong>{entry.title}</strong>{' '}
              {entry.pausedBy ? `(${t('crisisPaused')})` : ''}
            </li>
          ))}
        </ul>
      )}
      {unpaused.length > 0 && (
        <button
          type="button"
          className="button primary"
          onClick={() =>
            void crises
              .pause(
                crisis,
                unpaused.map((entry) => entry.id),
              )
              .then(remindersChanged)
          }
        >
          {t('crisisPauseAll')}
        </button>
      )}{' '}
      {pausedHere.length > 0 && (
        <button type="button" onClick={() => void crises.resume(crisis).then(remindersChanged)}>
          {t('crisisResumeAll')}
        </button>
      )}
    </section>
  );
}

function PublishedLog({ crisis, brand, brands }: { crisis: Crisis; brand: Brand; brands: Brand[] }) {
  const rows = useLiveQuery(() => crises.publishedDuring(crisis, brands), [crisis, brands]);
  if (!rows) return null;
  return (
    <section className="card" aria-label={t('crisisLogTitle')}>
      <h2>{t('crisisLogTitle')}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('crisisLogNone')}</p>
      ) : (
        <ul>
          {rows.map((row) => (
            <li key={`${row.from}:${row.at}:${row.text.slice(0, 40)}`}>
              {when(row.at)} · {listOf(row.platforms.map(siteName))} · {row.text}
              {row.from === 'snapshot' &&
                ` · ${t('crisisLogFromSnapshot', listOf(row.platforms.map(siteName)))}`}
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        onClick={() =>
          downloadFile(
            `${fileSlug(brand.name)}-crisis-${new Date(crisis.startedAt).toISOString().slice(0, 10)}.csv`,
            publishedLogToCsv(rows),
            'text/csv',
          )
        }
      >
        {t('crisisLogExport')}
      </button>
    </section>
  );
}
