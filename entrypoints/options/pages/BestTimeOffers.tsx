import { bestTimes, MIN_POSTS_PER_SLOT, nextSlotTime, slotSentence } from '@/utils/analytics/best-times';
import { metricWord } from '@/utils/analytics/kpis';
import { platformName } from '@/utils/calendar/platform-names';
import type { WallTime } from '@/utils/calendar/time';
import type { PlatformId } from '@/utils/checks/types';
import { pluralWith, t } from '@/utils/i18n';
import { usePlatformHistory } from './AnalyticsHistory';

/**
 * In the entry editor, per chosen platform: the brand's best weekday × hour slots from its own posts'
 * numbers, each a button that moves the entry to the next such slot, or a plain sentence when the history
 * is too thin to say.
 */
export function BestTimeOffers({
  platforms,
  timeZone,
  onPick,
}: {
  platforms: readonly PlatformId[];
  timeZone: string;
  onPick: (time: WallTime) => void;
}) {
  const history = usePlatformHistory(platforms);
  if (!history || platforms.length === 0) return null;
  return (
    <section className="best-times" aria-label={t('bestTimesLabel')}>
      {platforms.map((platform) => {
        const name = platformName(platform);
        const { rows, basis, followers } = history.get(platform) ?? { rows: [], basis: 'followers' };
        const { slots, ratedPosts } = bestTimes(rows, timeZone, {
          basis,
          ...(followers ? { followers } : {}),
        });
        return (
          <div key={platform} className="best-times-platform">
            <h3>{t('bestTimesTitle', name)}</h3>
            {slots.length > 0 ? (
              <>
                <p className="muted">
                  {t('bestTimesBasis', name, metricWord(basis), timeZone, MIN_POSTS_PER_SLOT)}
                </p>
                <div className="actions">
                  {slots.map((slot) => (
                    <button
                      key={`${slot.weekday}-${slot.hour}`}
                      type="button"
                      className="button"
                      onClick={() => onPick(nextSlotTime(slot, Date.now(), timeZone))}
                    >
                      {slotSentence(slot)}
                    </button>
                  ))}
                </div>
              </>
            ) : (
              <p className="muted">
                {ratedPosts === 0
                  ? t('bestTimesNone', name, metricWord(basis))
                  : pluralWith('bestTimesTooLittle', ratedPosts, name, MIN_POSTS_PER_SLOT)}
              </p>
            )}
          </div>
        );
      })}
    </section>
  );
}
