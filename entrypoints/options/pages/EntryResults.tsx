import { ratePercent } from '@/utils/analytics/best-times';
import type { EntryResult } from '@/utils/analytics/entry-results';
import { metricWord } from '@/utils/analytics/kpis';
import { platformName } from '@/utils/calendar/platform-names';
import { formatNumber, listOf, pluralWith, t, uiLocale } from '@/utils/i18n';
import { useEntryResultsMap } from './AnalyticsHistory';
import { AnalyticsTable, numberColumn } from './AnalyticsTable';

const NONE: EntryResult[] = [];

/** The newest numbers of the posts matched to an entry; none while they are read. */
export function useEntryResults(entryId: string): EntryResult[] {
  return useEntryResultsMap()?.get(entryId) ?? NONE;
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

/** In the entry's dialog: each matched post's newest numbers. */
export function EntryResultsTable({ results }: { results: readonly EntryResult[] }) {
  if (results.length === 0) return null;
  const readOn = new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium' });
  return (
    <fieldset className="entry-results-table">
      <legend>{t('calendarResultsHeading')}</legend>
      <AnalyticsTable
        label={t('calendarResultsCaption')}
        rows={results}
        rowKey={(result) => result.platform}
        columns={[
          {
            header: t('analyticsColumnPlatform'),
            text: (result) => platformName(result.platform),
            sortValue: (result) => platformName(result.platform),
            cell: (result) =>
              result.permalink ? (
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
              ),
          },
          numberColumn<EntryResult>(t('analyticsFieldLikes'), (result) => result.likes),
          numberColumn<EntryResult>(t('analyticsFieldComments'), (result) => result.comments),
          numberColumn<EntryResult>(t('analyticsFieldShares'), (result) => result.shares),
          numberColumn<EntryResult>(t('analyticsColumnEngagements'), (result) => result.engagements),
          {
            header: t('calendarResultsRate'),
            cell: (result) =>
              result.rate === undefined
                ? '—'
                : t('calendarResultsRateBy', ratePercent(result.rate), metricWord(result.basis)),
            sortValue: (result) => result.rate,
          },
          {
            header: t('calendarResultsReadAt'),
            cell: (result) => readOn.format(result.readAt),
            sortValue: (result) => result.readAt,
          },
        ]}
      />
    </fieldset>
  );
}
