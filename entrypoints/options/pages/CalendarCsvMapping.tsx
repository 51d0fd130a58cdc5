import { CSV_FIELDS, type CsvField, type CsvMapping } from '@/utils/calendar/csv-interchange';
import { type MessageKey, t } from '@/utils/i18n';
import { ColumnMapping } from './ColumnMapping';

const FIELD_LABELS: Record<CsvField, MessageKey> = {
  title: 'calendarFieldTitle',
  date: 'calendarCsvDate',
  time: 'calendarTime',
  text: 'calendarCsvText',
  platforms: 'calendarPlatforms',
  campaign: 'calendarCampaign',
  notes: 'calendarNotes',
};

interface Props {
  fileName: string;
  headers: string[];
  initial: CsvMapping;
  onDone: (mapping: CsvMapping) => void;
  onCancel: () => void;
}

/** Which spreadsheet column is which, asked once per set of headers (the answer is remembered). */
export function CalendarCsvMapping(props: Props) {
  const labels = Object.fromEntries(CSV_FIELDS.map((field) => [field, t(FIELD_LABELS[field])])) as Record<
    CsvField,
    string
  >;
  return (
    <ColumnMapping
      {...props}
      fields={CSV_FIELDS}
      labels={labels}
      hint={t('calendarCsvHint')}
      ready={(mapping) => Boolean(mapping.date && (mapping.title || mapping.text))}
    />
  );
}
