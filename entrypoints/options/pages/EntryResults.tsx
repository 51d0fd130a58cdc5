import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, type ReactNode, useContext } from 'react';
import { ratePercent } from '@/utils/analytics/best-times';
import { type EntryResult, entryResults } from '@/utils/analytics/entry-results';
import { latestNumbers, metricWord } from '@/utils/analytics/kpis';
import { platformName } from '@/utils/calendar/platform-names';
import { analyticsRepository } from '@/utils/db/analytics';
import { getDatabase } from '@/utils/db/database';
import { settingsRepository } from '@/utils/db/settings';
import { formatNumber, listOf, pluralWith, t, uiLocale } from '@/utils/i18n';

const db = getDatabase();
const analytics = analyticsRepository(db);
const settings = settingsRepository(db);
const NONE: EntryResult[] = [];

const EntryResultsContext = createContext<ReadonlyMap<string, EntryResult[]>>(new Map());

/**
 * The matched posts' newest numbers for every entry of the calendar. A query of its own, over the analytics
 * tables only, so editing an entry does not re-read the snapshots, and an import shows in the calendar at once.
 */
export function EntryResultsProvider({ children }: { children: ReactNode }) {
  const results = useLiveQuery(async () => {
    const [posts, snapshots, basis, followers] = await Promise.all([
      analytics.posts.list(),
      analytics.allSnapshots(),
      settings.read('analyticsRateBasis'),
      settings.read('analyticsFollowers'),
    ]);
    return entryResults(latestNumbers(posts, snapshots), { basis, followers });
  });
  return <EntryResultsContext.Provider value={results ?? new Map()}>{children}</EntryResultsContext.Provider>;
}

export function useEntryResults(entryId: string): EntryResult[] {
  return useContext(EntryResultsContext).get(entryId) ?? NONE;
}

/** "X engagement rate 4.0 %", else "X 80 engagements": a result in a few words. */
function resultInWords(result: EntryResult): string | undefined {
  const name = platformName(result.platform);
  if (result.rate !== undefined) return t('calendarChipResultRate', name, ratePercent(result.rate));
  if (result.engagements !== undefined)
    return pluralWith('calendarChipResultEngagements', result.engagements, name);
  return undefined;
}

/** The chip's part of its accessible name: "results: X engagement rate 4.0 %", or '' for none. */
export function resultsName(results: readonly EntryResult[]): string {
  const words = results.flatMap((result) => resultInWords(result) ?? []);
  return words.length > 0 ? t('calendarChipResults', listOf(words)) : '';
}

/** The chip's compact mark: the first platform's rate, else its engagements (the name says it in words). */
export function EntryResultsMark({ results }: { results: readonly EntryResult[] }) {
  const first = results.find((result) => result.rate !== undefined || result.engagements !== undefined);
  if (!first) return null;
  return (
    <span className="entry-results" aria-hidden="true">
      {first.rate !== undefined ? ratePercent(first.rate) : formatNumber(first.engagements ?? 0)}
    </span>
  );
}

const count = (value: number | undefined) => (value === undefined ? '—' : formatNumber(value));

/** In the entry's dialog: each matched post's newest numbers. */
export function EntryResultsTable({ results }: { results: readonly EntryResult[] }) {
  if (results.length === 0) return null;
  const readOn = new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium' });
  return (
    <fieldset className="entry-results-table">
      <legend>{t('calendarResultsHeading')}</legend>
      <table className="analytics-table" aria-label={t('calendarResultsCaption')}>
        <thead>
          <tr>
            <th scope="col">{t('analyticsColumnPlatform')}</th>
            <th scope="col">{t('analyticsFieldLikes')}</th>
            <th scope="col">{t('analyticsFieldComments')}</th>
            <th scope="col">{t('analyticsFieldShares')}</th>
            <th scope="col">{t('analyticsColumnEngagements')}</th>
            <th scope="col">{t('calendarResultsRate')}</th>
            <th scope="col">{t('calendarResultsReadAt')}</th>
          </tr>
        </thead>
        <tbody>
          {results.map((result) => (
            <tr key={result.platform}>
              <th scope="row">
                {result.permalink ? (
                  <a
                    href={result.permalink}
                    target="_blank"
                    rel="noreferrer"
                    aria-label={t('calendarResultsOpen', platformName(result.platform))}
                  >
                    {platformName(result.platform)}
                  </a>
                ) : (
                  platformName(result.platform)
                )}
              </th>
              <td>{count(result.likes)}</td>
              <td>{count(result.comments)}</td>
              <td>{count(result.shares)}</td>
              <td>{count(result.engagements)}</td>
              <td>
                {result.rate === undefined
                  ? '—'
                  : t('calendarResultsRateBy', ratePercent(result.rate), metricWord(result.basis))}
              </td>
              <td>{readOn.format(result.readAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </fieldset>
  );
}
