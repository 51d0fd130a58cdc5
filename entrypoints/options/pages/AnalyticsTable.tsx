import Papa from 'papaparse';
import { type ReactNode, useState } from 'react';
import { formatNumber, uiLocale } from '@/utils/i18n';
import { download } from './CalendarTransfer';

/** One column of an analytics table: its header and what each row shows in it. */
export interface AnalyticsColumn<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  /** The cell as the CSV export writes it, where `cell` shows more than text (a link, a mark). */
  text?: (row: Row) => string;
  /**
   * What the column sorts by, where a click on its header sorts the table (undefined sorts last): a number
   * for counts, rates and times (a date as its milliseconds), the shown text for words.
   */
  sortValue?: (row: Row) => number | string | undefined;
  /** A first click sorts from the smallest, where that is the natural order (weekdays, hours). */
  ascendingFirst?: boolean;
}

/** Which column the rows are sorted by, and which way; null keeps the order the rows came in. */
export type SortOrder = { column: number; descending: boolean } | null;

// Numeric so that "Week 9" comes before "Week 10"; in the UI language, so words sort as its readers expect.
const collator = new Intl.Collator(uiLocale(), { numeric: true });

/** The rows by one column, missing values last whichever the direction; equal rows keep their order. */
function sortRows<Row>(
  rows: readonly Row[],
  value: (row: Row) => number | string | undefined,
  descending: boolean,
) {
  const compare = (a: number | string, b: number | string) =>
    typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
  return [...rows].sort((x, y) => {
    const a = value(x);
    const b = value(y);
    if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
    return descending ? compare(b, a) : compare(a, b);
  });
}

/** The rows in the order the table shows them: a page that exports more than the table shows uses it too. */
export function orderedRows<Row>(
  rows: readonly Row[],
  columns: readonly AnalyticsColumn<Row>[],
  order: SortOrder,
): readonly Row[] {
  const sortBy = order === null ? undefined : columns[order.column]?.sortValue;
  return order && sortBy ? sortRows(rows, sortBy, order.descending) : rows;
}

/** A column of counts: the number in the UI language's digits, '—' where the row has none. */
export function numberColumn<Row>(
  header: string,
  value: (row: Row) => number | undefined,
): AnalyticsColumn<Row> {
  return {
    header,
    cell: (row) => {
      const number = value(row);
      return number === undefined ? '—' : formatNumber(number);
    },
    sortValue: value,
  };
}

/** A column of words, in the UI language's alphabetical order; an empty cell sorts last. */
export function textColumn<Row>(header: string, value: (row: Row) => string): AnalyticsColumn<Row> {
  return { header, cell: value, sortValue: (row) => value(row) || undefined };
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
  limit,
  order: givenOrder,
  onOrder,
}: {
  label: string;
  caption?: string;
  columns: readonly [AnalyticsColumn<Row>, ...AnalyticsColumn<Row>[]];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** A button under the table that downloads it as shown, one line per row, the headers first. */
  csv?: { button: string; fileName: string };
  /** The table shows this many rows of the sorted ones (the most liked when sorted by likes), not the first. */
  limit?: number;
  /** The order, where the page keeps it (its own export follows it); else the table keeps its own. */
  order?: SortOrder;
  onOrder?: (order: SortOrder) => void;
}) {
  const [heading, ...rest] = columns;
  const [ownOrder, setOwnOrder] = useState<SortOrder>(null);
  const order = givenOrder === undefined ? ownOrder : givenOrder;
  const sorted = orderedRows(rows, columns, order);
  const shown = limit === undefined ? sorted : sorted.slice(0, limit);
  // A first click sorts numbers from the largest (the best post, the newest date first), text from A, and
  // a column that says so from the smallest; a second click reverses.
  const sortOn = (index: number) => {
    const column = columns[index];
    const firstValue = rows.map((row) => column?.sortValue?.(row)).find((value) => value !== undefined);
    const next =
      order?.column === index
        ? { column: index, descending: !order.descending }
        : { column: index, descending: !column?.ascendingFirst && typeof firstValue === 'number' };
    // A page that keeps the order is told; only a table that keeps its own holds it.
    if (givenOrder === undefined) setOwnOrder(next);
    onOrder?.(next);
  };
  const table = (
    <table className="analytics-table" aria-label={label}>
      {caption !== undefined && <caption>{caption}</caption>}
      <thead>
        <tr>
          {columns.map((column, index) => {
            const direction =
              order?.column === index ? (order.descending ? 'descending' : 'ascending') : undefined;
            return (
              <th key={column.header} scope="col" aria-sort={direction}>
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
