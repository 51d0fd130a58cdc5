import { CSV_FIELD_LABELS, CSV_FIELDS, type CsvMapping } from '@/utils/calendar/csv-interchange';
import { ColumnMapping } from './ColumnMapping';

interface Props {
  fileName: string;
  headers: string[];
  initial: CsvMapping;
  onDone: (mapping: CsvMapping) => void;
  onCancel: () => void;
}

/** Which spreadsheet column is which, asked once per set of headers (the answer is remembered). */
export function CalendarCsvMapping(props: Props) {
  return (
    <ColumnMapping
      {...props}
      fields={CSV_FIELDS}
      labels={CSV_FIELD_LABELS}
      hint="Say which column holds what. A date and a title or post text are needed; the rest is optional."
      ready={(mapping) => Boolean(mapping.date && (mapping.title || mapping.text))}
    />
  );
}
