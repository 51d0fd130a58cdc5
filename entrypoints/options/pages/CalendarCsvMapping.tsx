import { useState } from 'react';
import { CSV_FIELD_LABELS, CSV_FIELDS, type CsvMapping } from '@/utils/calendar/csv-interchange';
import { useModalDialog } from './useModalDialog';

interface Props {
  fileName: string;
  headers: string[];
  initial: CsvMapping;
  onDone: (mapping: CsvMapping) => void;
  onCancel: () => void;
}

/** Which spreadsheet column is which, asked once per set of headers (the answer is remembered). */
export function CalendarCsvMapping({ fileName, headers, initial, onDone, onCancel }: Props) {
  const dialog = useModalDialog();
  const [mapping, setMapping] = useState<CsvMapping>(initial);
  const ready = Boolean(mapping.date && (mapping.title || mapping.text));

  return (
    <dialog ref={dialog} className="entry-editor" aria-labelledby="csv-mapping-title" onClose={onCancel}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          onDone(mapping);
        }}
      >
        <h2 id="csv-mapping-title">Columns of {fileName}</h2>
        <p>Say which column holds what. A date and a title or post text are needed; the rest is optional.</p>
        {CSV_FIELDS.map((field) => (
          <label key={field}>
            {CSV_FIELD_LABELS[field]}
            <select
              value={mapping[field] ?? ''}
              onChange={(event) => {
                const { [field]: _old, ...rest } = mapping;
                setMapping(event.target.value ? { ...rest, [field]: event.target.value } : rest);
              }}
            >
              <option value="">(none)</option>
              {headers.map((header) => (
                <option key={header} value={header}>
                  {header}
                </option>
              ))}
            </select>
          </label>
        ))}
        <div className="actions">
          <button type="submit" className="button primary" disabled={!ready}>
            Preview
          </button>
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
