/**
 * A table an analyst can take away: a caption, KERN table markup (header cells with scope, numbers
 * right-aligned), and a button that downloads exactly these rows as CSV.
 */
import type { ComponentChildren } from 'preact';
import { download, toCsv } from './csv.ts';

export interface Column<Row> {
  header: string;
  /** The cell's value: what the CSV holds, and what the cell shows unless `render` is given. */
  value: (row: Row) => string | number | null | undefined;
  render?: (row: Row) => ComponentChildren;
  numeric?: boolean;
}

const numberFormat = new Intl.NumberFormat('de-DE');

export function formatValue(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  return typeof value === 'number' ? numberFormat.format(value) : value;
}

export function DataTable<Row>(props: {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  /** The CSV file's name without extension. */
  filename: string;
  /** Shown instead of an empty table. */
  empty?: string;
}) {
  const { caption, columns, rows, filename } = props;
  const csv = () =>
    download(
      `${filename}.csv`,
      toCsv(
        columns.map((c) => c.header),
        rows.map((row) => columns.map((c) => c.value(row))),
      ),
    );
  return (
    <div class="cockpit-table">
      <div class="kern-table-responsive">
        <table class="kern-table kern-table--striped kern-table--small">
          <caption class="kern-title">{caption}</caption>
          <thead class="kern-table__head">
            <tr class="kern-table__row">
              {columns.map((c) => (
                <th scope="col" class={`kern-table__header${c.numeric ? ' kern-table__header--numeric' : ''}`}>
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody class="kern-table__body">
            {rows.length === 0 ? (
              <tr class="kern-table__row">
                <td class="kern-table__cell" colSpan={columns.length}>
                  {props.empty ?? 'Keine Einträge.'}
                </td>
              </tr>
            ) : (
              rows.map((row) => (
                <tr class="kern-table__row">
                  {columns.map((c, i) => {
                    const content = c.render ? c.render(row) : formatValue(c.value(row));
                    const cls = `kern-table__cell${c.numeric ? ' kern-table__cell--numeric' : ''}`;
                    return i === 0 ? (
                      <th scope="row" class={cls}>
                        {content}
                      </th>
                    ) : (
                      <td class={cls}>{content}</td>
                    );
                  })}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <button type="button" class="kern-btn kern-btn--tertiary cockpit-noprint" onClick={csv}>
        <span class="kern-label">„{caption}“ als CSV herunterladen</span>
      </button>
    </div>
  );
}
