import Papa from 'papaparse';
import { type ReactNode, useState } from 'react';
import { download } from './CalendarTransfer';

/** One column of an analytics table: its header and what each row shows in it. */
export interface AnalyticsColumn<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  /** The cell as the CSV export writes it, where `cell` shows more than text (a link, a mark). */
  text?: (row: Row) => string;
  /** What the column sorts by, where a click on its header sorts the table (undefined sorts last). */
  sortValue?: (row: Row) => number | string | undefined;
}

type SortOrder = { column: number; descending: boolean };

/** The rows by one column, missing values last whichever the direction; equal rows keep their order. */
function sortRows<Row>(
  rows: readonly Row[],
  value: (row: Row) => number | string | undefined,
  descending: boolean,
) {
  const compare = (a: number | string, b: number | string) =>
    typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
  return [...rows].sort((x, y) => {
    const a = value(x);
    const b = value(y);
    if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
    return descending ? compare(b, a) : compare(a, b);
  });
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
  const [order, setOrder] = useState<SortOrder | null>(null);
  const sortBy = order === null ? undefined : columns[order.column]?.sortValue;
  const shown = order && sortBy ? sortRows(rows, sortBy, order.descending) : rows;
  // A first click sorts numbers from the largest (the best post first), text from A; a second reverses.
  const sortOn = (index: number) =>
    setOrder((current) =>
      current?.column === index
        ? { column: index, descending: !current.descending }
        : {
            column: index,
            descending: typeof (rows[0] && columns[index]?.sortValue?.(rows[0])) === 'number',
          },
    );
  const table = (
    <table className="analytics-table" aria-label={label}>
      {caption !== undefined && <caption>{caption}</caption>}
      <thead>
        <tr>
          {columns.map((column, index) => {
            const sorted =
              order?.column === index ? (order.descending ? 'descending' : 'ascending') : undefined;
            return (
              <th key={column.header} scope="col" aria-sort={sorted}>
                {column.sortValue ? (
                  <button type="button" className="sort" onClick={() => sortOn(index)}>
                    {column.header}
                  </button>
                ) : (
                  column.header
                )}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {shown.map((row) => (
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
          data: shown.map((row) => columns.map((column) => csvText(column, row))),
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
