import { useState } from 'react';
import type { BulkChoices, DayOrder } from '@/utils/calendar/csv-formats';
import type { RepeatRange } from '@/utils/calendar/ical-import';
import { type ImportPlan, planSummary } from '@/utils/calendar/import-plan';
import { platformName } from '@/utils/calendar/platform-names';
import { addDays, dayOf, startOfDay } from '@/utils/calendar/time';
import { PLATFORM_IDS } from '@/utils/checks/types';
import { formatNumber, plural, t } from '@/utils/i18n';
import { useModalDialog } from './useModalDialog';

const DAY_ORDERS: DayOrder[] = ['mdy', 'dmy'];
/** Skipped items listed one by one up to this many; the rest are counted. */
const LISTED_SKIPS = 50;

interface Props {
  fileName: string;
  plan: ImportPlan;
  timeZone: string;
  /** Present when the file has repeating events: the dates they are expanded over, which the user can change. */
  repeats?: RepeatRange;
  onRepeats?: (range: RepeatRange) => void;
  /** Present for another tool's bulk file: the platform picked for all its posts (none: ideas), its day order. */
  choices?: BulkChoices;
  /** True when no date in the file shows whether it is day/month or month/day. */
  askDayOrder?: boolean;
  onChoices?: (choices: BulkChoices) => void;
  onConfirm: () => void;
  onCancel: () => void;
}

/** What an import would add and leave out, shown before anything is stored; nothing changes until “Add”. */
export function CalendarImportPreview({
  fileName,
  plan,
  timeZone,
  repeats,
  onRepeats,
  choices,
  askDayOrder,
  onChoices,
  onConfirm,
  onCancel,
}: Props) {
  const dialog = useModalDialog();
  const [busy, setBusy] = useState(false);
  const count = plan.entries.length;
  const from = repeats ? dayOf(repeats.from, timeZone) : '';
  const to = repeats ? addDays(dayOf(repeats.to, timeZone), -1) : '';
  const changeRange = (first: string, last: string) => {
    if (!onRepeats || !first || !last || last < first) return;
    onRepeats({ from: startOfDay(first, timeZone), to: startOfDay(addDays(last, 1), timeZone) });
  };

  return (
    <dialog
      ref={dialog}
      className="entry-editor import-preview"
      aria-labelledby="import-preview-title"
      onClose={onCancel}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          setBusy(true);
          onConfirm();
        }}
      >
        <h2 id="import-preview-title">{t('calendarImportTitle', fileName)}</h2>
        <p role="status">
          {planSummary(plan)} {t('calendarNothingUntilConfirm')}
        </p>
        {repeats && (
          <div className="row">
            <label>
              {t('calendarRepeatsFrom')}
              <input type="date" value={from} onChange={(event) => changeRange(event.target.value, to)} />
            </label>
            <label>
              {t('calendarRepeatsTo')}
              <input type="date" value={to} onChange={(event) => changeRange(from, event.target.value)} />
            </label>
          </div>
        )}
        {choices && onChoices && (
          <label>
            {t('calendarPlatformOfPosts')}
            <select
              value={choices.platform ?? ''}
              onChange={(event) => {
                const { platform: _old, ...rest } = choices;
                const chosen = PLATFORM_IDS.find((id) => id === event.target.value);
                onChoices(chosen ? { ...rest, platform: chosen } : rest);
              }}
            >
              <option value="">{t('calendarPlatformNone')}</option>
              {PLATFORM_IDS.map((id) => (
                <option key={id} value={id}>
                  {platformName(id)}
                </option>
              ))}
            </select>
          </label>
        )}
        {choices && onChoices && askDayOrder && (
          <label>
            {t('calendarDatesAre')}
            <select
              value={choices.dayOrder ?? ''}
              onChange={(event) => {
                const { dayOrder: _old, ...rest } = choices;
                const order = DAY_ORDERS.find((value) => value === event.target.value);
                onChoices(order ? { ...rest, dayOrder: order } : rest);
              }}
            >
              <option value="">{t('calendarDayOrderUnsure')}</option>
              <option value="mdy">{t('calendarDayOrderMdy')}</option>
              <option value="dmy">{t('calendarDayOrderDmy')}</option>
            </select>
          </label>
        )}
        {plan.notes.length > 0 && (
          <ul aria-label={t('calendarHowRead')}>
            {plan.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        )}
        {plan.skipped.length > 0 && (
          <ul className="problems" aria-label={t('calendarSkipped')}>
            {plan.skipped.slice(0, LISTED_SKIPS).map((item, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt whole, never reordered.
              <li key={index}>
                {item.label}: {item.reason}
              </li>
            ))}
            {plan.skipped.length > LISTED_SKIPS && (
              <li>{t('calendarSkippedMore', formatNumber(plan.skipped.length - LISTED_SKIPS))}</li>
            )}
          </ul>
        )}
        <div className="actions">
          <button type="submit" className="button primary" disabled={busy || count === 0}>
            {t('calendarAddEntries', plural('calendarEntries', count))}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('calendarCancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
