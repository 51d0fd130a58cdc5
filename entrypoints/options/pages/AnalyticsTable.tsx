import Papa from 'papaparse';
import type { ReactNode } from 'react';
import { download } from './CalendarTransfer';

/** One column of an analytics table: its header and what each row shows in it. */
export interface AnalyticsColumn<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  /** The cell as the CSV export writes it, where `cell` shows more than text (a link, a mark). */
  text?: (row: Row) => string;
}

/** A cell's text in the CSV export: the column's own, else what the cell shows when that is text. */
function csvText<Row>(column: AnalyticsColumn<Row>, row: Row): string {
  if (column.text) return column.text(row);
  const shown = column.cell(row);
  return typeof shown === 'string' || typeof shown === 'number' ? String(shown) : '';
}

/**
 * The analytics tables (the dashboard's, the monthly report's, an entry's results in the calendar): named for
 * a screen reader, a header row of column names, then a row per item whose first cell heads the row, so each
 * number is read with its post (or platform, week, slot) and its column. The print stylesheet (report.css)
 * repeats the header row on each page and never cuts a row in two.
 */
export function AnalyticsTable<Row>({
  label,
  caption,
  columns,
  rows,
  rowKey,
  csv,
}: {
  label: string;
  caption?: string;
  columns: readonly [AnalyticsColumn<Row>, ...AnalyticsColumn<Row>[]];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** A button under the table that downloads it as shown, one line per row, the headers first. */
  csv?: { button: string; fileName: string };
}) {
  const [heading, ...rest] = columns;
  const table = (
    <table className="analytics-table" aria-label={label}>
      {caption !== undefined && <caption>{caption}</caption>}
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.header} scope="col">
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            <th scope="row">{heading.cell(row)}</th>
            {rest.map((column) => (
              <td key={column.header}>{column.cell(row)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (!csv) return table;
  const exportCsv = () =>
    download(
      Papa.unparse(
        {
          fields: columns.map((column) => column.header),
          data: rows.map((row) => columns.map((column) => csvText(column, row))),
        },
        { newline: '\r\n' },
      ),
      csv.fileName,
      'text/csv',
    );
  return (
    <>
      {table}
      <button type="button" className="button" onClick={exportCsv}>
        {csv.button}
      </button>
    </>
  );
}
