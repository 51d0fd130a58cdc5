import { useId } from 'react';
import { contentMix } from '@/utils/calendar/content-mix';
import { pillarLabel } from '@/utils/calendar/pillar-labels';
import type { Brand, CalendarEntry } from '@/utils/db/records';
import { formatNumber, plural, t } from '@/utils/i18n';

/** A bar's length at 100 %, in CSS pixels. */
const BAR_WIDTH = 80;

/**
 * The content mix of the entries on screen against the brand's target share of promotional posts (80/20
 * unless the brand sets another). A table, so the numbers are read as numbers; the bar beside each row is
 * decoration.
 */
export function CalendarContentMix({
  entries,
  brand,
}: {
  entries: readonly CalendarEntry[];
  brand: Brand | undefined;
}) {
  const headingId = useId();
  const mix = contentMix(entries, brand);
  if (mix.total === 0) return null;
  const assigned = mix.total - mix.unassigned;
  return (
    <section className="content-mix" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('planMixHeading')}</h2>
      {assigned === 0 ? (
        <p className="muted">{t('planMixNone')}</p>
      ) : (
        <>
          <p className={mix.overBy > 0 ? 'warn' : 'ok'}>
            {brand
              ? t(
                  'planMixPromotional',
                  formatNumber(mix.promotionalPercent),
                  formatNumber(mix.targetPercent),
                  brand.name,
                )
              : t(
                  'planMixPromotionalNoBrand',
                  formatNumber(mix.promotionalPercent),
                  formatNumber(mix.targetPercent),
                )}{' '}
            {mix.overBy > 0 ? plural('planMixOver', mix.overBy) : t('planMixWithin')}
          </p>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('planMixPillar')}</th>
                <th scope="col">{t('planMixEntries')}</th>
                <th scope="col">{t('planMixShare')}</th>
              </tr>
            </thead>
            <tbody>
              {mix.pillars.map((pillar) => (
                <tr key={pillar.value} data-promotional={pillar.promotional || undefined}>
                  <th scope="row">{pillarLabel(pillar.value)}</th>
                  <td>{formatNumber(pillar.count)}</td>
                  <td>
                    <span
                      className="share-bar"
                      aria-hidden="true"
                      style={{ width: `${(pillar.percent * BAR_WIDTH) / 100}px` }}
                    />
                    {formatNumber(pillar.percent)} %
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {mix.unassigned > 0 && <p className="muted">{plural('planMixUnassigned', mix.unassigned)}</p>}
    </section>
  );
}
