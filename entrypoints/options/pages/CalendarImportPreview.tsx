import { useState } from 'react';
import type { RepeatRange } from '@/utils/calendar/ical-import';
import { type ImportPlan, planSummary } from '@/utils/calendar/import-plan';
import { addDays, dayOf, startOfDay } from '@/utils/calendar/time';
import { useModalDialog } from './useModalDialog';

/** Skipped items listed one by one up to this many; the rest are counted. */
const LISTED_SKIPS = 50;

interface Props {
  fileName: string;
  plan: ImportPlan;
  timeZone: string;
  /** Present when the file has repeating events: the dates they are expanded over, which the user can change. */
  repeats?: RepeatRange;
  onRepeats?: (range: RepeatRange) => void;
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
