import { useLiveQuery } from 'dexie-react-hooks';
import { type Compared, type ComparedAccount, compareWithResearch } from '@/utils/analytics/competitors';
import { type DashboardFilter, metricWord, type PostNumbers } from '@/utils/analytics/kpis';
import { platformName } from '@/utils/calendar/platform-names';
import { brandsRepository } from '@/utils/db/brands';
import { getDatabase } from '@/utils/db/database';
import { researchRepository } from '@/utils/db/research';
import { formatNumber, listOf, type MessageKey, t } from '@/utils/i18n';
import { AnalyticsTable } from './AnalyticsTable';

const db = getDatabase();
const research = researchRepository(db);
const brands = brandsRepository(db);

const COLUMN_LABELS: Record<Compared, MessageKey> = {
  likes: 'analyticsFieldLikes',
  comments: 'analyticsFieldComments',
  shares: 'analyticsFieldShares',
  views: 'analyticsFieldViews',
};

/** The dashboard's posts beside the research library's posts of other accounts, per platform. */
export function CompetitorComparison({
  rows,
  filter,
}: {
  rows: readonly PostNumbers[];
  filter: Pick<DashboardFilter, 'from' | 'to'>;
}) {
  const saved = useLiveQuery(async () => {
    const [posts, brandList] = await Promise.all([research.list(), brands.list()]);
    return { posts, accounts: brandList.flatMap((brand) => brand.accounts) };
  });
  if (!saved) return null;
  // The dashboard's dates apply to the research posts too; its platform filter already shaped `rows`.
  const dated = saved.posts.filter(
    ({ publishedAt }) =>
      (filter.from === undefined && filter.to === undefined) ||
      (publishedAt !== undefined &&
        (filter.from === undefined || publishedAt >= filter.from) &&
        (filter.to === undefined || publishedAt < filter.to)),
  );
  const comparisons = compareWithResearch(rows, dated, saved.accounts);
  if (comparisons.length === 0) return null;
  return (
    <section className="competitors" aria-labelledby="competitors-title">
      <h2 id="competitors-title">{t('analyticsCompareHeading')}</h2>
      <p className="muted">{t('analyticsCompareIntro')}</p>
      {comparisons.map(({ platform, measures, leftOut, accounts }) => {
        const name = platformName(platform);
        return (
          <div key={platform}>
            {measures.length === 0 ? (
              <p>{t('analyticsCompareNothing', name)}</p>
            ) : (
              <AnalyticsTable
                label={t('analyticsCompareCaption', name)}
                caption={t('analyticsCompareCaption', name)}
                columns={[
                  {
                    header: t('analyticsCompareAccount'),
                    cell: (row: ComparedAccount) => row.account ?? t('analyticsCompareBrand'),
                    sortValue: (row: ComparedAccount) => row.account ?? t('analyticsCompareBrand'),
                  },
                  {
                    header: t('analyticsColumnPosts'),
                    cell: (row) => formatNumber(row.posts),
                    sortValue: (row) => row.posts,
                  },
                  ...measures.map((measure) => ({
                    header: t(COLUMN_LABELS[measure]),
                    cell: (row: ComparedAccount) => {
                      const value = row.medians[measure];
                      return value === undefined ? '—' : formatNumber(value);
                    },
                    sortValue: (row: ComparedAccount) => row.medians[measure],
                  })),
                ]}
                rows={accounts}
                rowKey={(row) => row.account ?? ''}
                csv={{
                  button: t('analyticsCompareExport', name),
                  fileName: `onbrand-comparison-${platform}.csv`,
                }}
              />
            )}
            {leftOut.length > 0 && (
              <p className="muted">
                {t('analyticsCompareLeftOut', name, listOf(leftOut.map((measure) => metricWord(measure))))}
              </p>
            )}
          </div>
        );
      })}
    </section>
  );
}
