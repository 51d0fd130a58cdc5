import { useState } from 'react';
import type { BulkChoices, DayOrder } from '@/utils/calendar/csv-formats';
import type { RepeatRange } from '@/utils/calendar/ical-import';
import { type ImportPlan, planSummary } from '@/utils/calendar/import-plan';
import { platformName } from '@/utils/calendar/platform-names';
import { addDays, dayOf, startOfDay } from '@/utils/calendar/time';
import { PLATFORM_IDS } from '@/utils/checks/types';
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
        <h2 id="import-preview-title">Import {fileName}</h2>
        <p role="status">{planSummary(plan)} Nothing is added until you confirm.</p>
        {repeats && (
          <div className="row">
            <label>
              Repeating events from
              <input type="date" value={from} onChange={(event) => changeRange(event.target.value, to)} />
            </label>
            <label>
              to
              <input type="date" value={to} onChange={(event) => changeRange(from, event.target.value)} />
            </label>
          </div>
        )}
        {choices && onChoices && (
          <label>
            Platform of these posts
            <select
              value={choices.platform ?? ''}
              onChange={(event) => {
                const { platform: _old, ...rest } = choices;
                const chosen = PLATFORM_IDS.find((id) => id === event.target.value);
                onChoices(chosen ? { ...rest, platform: chosen } : rest);
              }}
            >
              <option value="">None: import them as ideas</option>
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
            Dates are
            <select
              value={choices.dayOrder ?? ''}
              onChange={(event) => {
                const { dayOrder: _old, ...rest } = choices;
                const order = DAY_ORDERS.find((value) => value === event.target.value);
                onChoices(order ? { ...rest, dayOrder: order } : rest);
              }}
            >
              <option value="">Not sure: skip dates that could be either</option>
              <option value="mdy">month/day/year</option>
              <option value="dmy">day/month/year</option>
            </select>
          </label>
        )}
        {plan.notes.length > 0 && (
          <ul aria-label="How the file was read">
            {plan.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        )}
        {plan.skipped.length > 0 && (
          <ul className="problems" aria-label="Skipped">
            {plan.skipped.slice(0, LISTED_SKIPS).map((item, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt whole, never reordered.
              <li key={index}>
                {item.label}: {item.reason}
              </li>
            ))}
            {plan.skipped.length > LISTED_SKIPS && <li>… and {plan.skipped.length - LISTED_SKIPS} more.</li>}
          </ul>
        )}
        <div className="actions">
          <button type="submit" className="button primary" disabled={busy || count === 0}>
            Add {count} entr{count === 1 ? 'y' : 'ies'}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
