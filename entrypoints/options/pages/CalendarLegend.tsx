import { type ColourBy, campaignColour } from '@/utils/calendar/colours';
import { platformName } from '@/utils/calendar/platform-names';
import type { PlatformId } from '@/utils/checks/types';
import type { CalendarEntry } from '@/utils/db/records';
import { t } from '@/utils/i18n';
import { SITE_META } from '@/utils/sites/meta';
import { FINDINGS_LABELS } from './CalendarEntryChip';

const FINDINGS_STATES = ['ok', 'warning', 'error', 'empty'] as const;

/** Which colour means what, for the platforms or campaigns of the entries on screen, and what the chips' dots say. */
export function CalendarLegend({ entries, colourBy }: { entries: CalendarEntry[]; colourBy: ColourBy }) {
  const items =
    colourBy === 'platform'
      ? [...new Set(entries.flatMap((entry) => entry.platforms.slice(0, 1)))]
          .sort()
          .map((platform: PlatformId) => ({
            label: platformName(platform),
            colour: SITE_META[platform].colour,
          }))
      : [...new Set(entries.flatMap((entry) => (entry.campaign ? [entry.campaign] : [])))]
          .sort()
          .map((campaign) => ({ label: campaign, colour: campaignColour(campaign) }));
  if (entries.length === 0) return null;
  return (
    <div className="calendar-legends">
      {items.length > 0 && (
        <ul
          className="calendar-legend"
          aria-label={t(colourBy === 'platform' ? 'calendarLegendPlatform' : 'calendarLegendCampaign')}
        >
          {items.map((item) => (
            <li key={item.label}>
              <span className="swatch" style={{ background: item.colour }} aria-hidden="true" />
              {item.label}
            </li>
          ))}
        </ul>
      )}
      {/* The dot before each chip's time: its shape says it as well as its colour (WCAG 1.4.1). */}
      <ul className="calendar-legend" aria-label={t('calendarLegendChecks')}>
        {FINDINGS_STATES.map((state) => (
          <li key={state}>
            <span className={`findings-dot ${state}`} aria-hidden="true" />
            {t(FINDINGS_LABELS[state])}
          </li>
        ))}
      </ul>
    </div>
  );
}
