import type { ColourBy } from '@/utils/calendar/colours';
import type { Pillar } from '@/utils/calendar/content-mix';
import type { CalendarFilters } from '@/utils/calendar/filters';
import { pillarLabel } from '@/utils/calendar/pillar-labels';
import { platformName } from '@/utils/calendar/platform-names';
import { statusLabel } from '@/utils/calendar/status-labels';
import { PLATFORM_IDS, type PlatformId } from '@/utils/checks/types';
import { CALENDAR_STATUSES, type CalendarStatus } from '@/utils/db/records';
import { type MessageKey, t } from '@/utils/i18n';

export const CALENDAR_VIEWS = ['month', 'week', 'agenda'] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];
const VIEW_LABELS: Record<CalendarView, MessageKey> = {
  month: 'calendarViewMonth',
  week: 'calendarViewWeek',
  agenda: 'calendarViewAgenda',
};

interface Props {
  view: CalendarView;
  title: string;
  filters: CalendarFilters;
  campaigns: string[];
  pillars: Pillar[];
  colourBy: ColourBy;
  onView: (view: CalendarView) => void;
  onStep: (direction: -1 | 0 | 1) => void;
  onFilters: (filters: CalendarFilters) => void;
  onColourBy: (by: ColourBy) => void;
}

export function CalendarToolbar({
  view,
  title,
  filters,
  campaigns,
  pillars,
  colourBy,
  onView,
  onStep,
  onFilters,
  onColourBy,
}: Props) {
  return (
    <div className="calendar-toolbar">
      <div className="row">
        <fieldset className="segmented">
          <legend className="visually-hidden">{t('calendarView')}</legend>
          {CALENDAR_VIEWS.map((option) => (
            <button
              key={option}
              type="button"
              className="button"
              aria-pressed={view === option}
              onClick={() => onView(option)}
            >
              {t(VIEW_LABELS[option])}
            </button>
          ))}
        </fieldset>
        <button
          type="button"
          className="button"
          aria-label={t('calendarPrevious')}
          onClick={() => onStep(-1)}
        >
          ‹
        </button>
        <button type="button" className="button" onClick={() => onStep(0)}>
          {t('calendarToday')}
        </button>
        <button type="button" className="button" aria-label={t('calendarNext')} onClick={() => onStep(1)}>
          ›
        </button>
        <h2 className="calendar-title" aria-live="polite">
          {title}
        </h2>
      </div>
      <div className="row filters">
        <label>
          {t('calendarPlatform')}
          <select
            value={filters.platform ?? ''}
            onChange={(e) =>
              onFilters({ ...filters, platform: (e.currentTarget.value || undefined) as PlatformId })
            }
          >
            <option value="">{t('calendarAll')}</option>
            {PLATFORM_IDS.map((platform) => (
              <option key={platform} value={platform}>
                {platformName(platform)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('calendarStatus')}
          <select
            value={filters.status ?? ''}
            onChange={(e) =>
              onFilters({ ...filters, status: (e.currentTarget.value || undefined) as CalendarStatus })
            }
          >
            <option value="">{t('calendarAll')}</option>
            {CALENDAR_STATUSES.map((status) => (
              <option key={status} value={status}>
                {statusLabel(status)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('calendarCampaign')}
          <select
            value={filters.campaign ?? ''}
            onChange={(e) => onFilters({ ...filters, campaign: e.currentTarget.value || undefined })}
          >
            <option value="">{t('calendarAll')}</option>
            {campaigns.map((campaign) => (
              <option key={campaign} value={campaign}>
                {campaign}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('calendarPillar')}
          <select
            value={filters.pillar ?? ''}
            onChange={(e) => onFilters({ ...filters, pillar: e.currentTarget.value || undefined })}
          >
            <option value="">{t('calendarAll')}</option>
            {pillars.map((pillar) => (
              <option key={pillar.value} value={pillar.value}>
                {pillarLabel(pillar.value)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('calendarColourBy')}
          <select value={colourBy} onChange={(e) => onColourBy(e.currentTarget.value as ColourBy)}>
            <option value="platform">{t('calendarPlatform')}</option>
            <option value="campaign">{t('calendarCampaign')}</option>
          </select>
        </label>
      </div>
    </div>
  );
}
