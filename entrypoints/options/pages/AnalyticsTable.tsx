import type { ReactNode } from 'react';

/** One column of an analytics table: its header and what each row shows in it. */
export interface AnalyticsColumn<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
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
}: {
  label: string;
  caption?: string;
  columns: readonly [AnalyticsColumn<Row>, ...AnalyticsColumn<Row>[]];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
}) {
  const [heading, ...rest] = columns;
  return (
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
}
