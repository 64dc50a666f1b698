/**
 * A table an analyst can take away: a caption, KERN table markup (header cells with scope, numbers
 * right-aligned), and a button that downloads exactly these rows as CSV.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
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
  const scroller = useRef<HTMLDivElement>(null);
  const scrollable = useScrollable(scroller);
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
      {/* A table wider than the page scrolls sideways: then its box takes the keyboard focus (arrow keys
          scroll it) and is a region named by the table (WCAG 2.1.1; axe-core scrollable-region-focusable). */}
      <div
        ref={scroller}
        class="kern-table-responsive"
        {...(scrollable ? { tabIndex: 0, role: 'region', 'aria-label': `${caption} (seitlich scrollbar)` } : {})}
      >
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

/** Whether the element's content is wider than the element (it scrolls sideways), kept current on resize. */
function useScrollable(ref: { current: HTMLElement | null }): boolean {
  const [scrollable, setScrollable] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = () => setScrollable(element.scrollWidth > element.clientWidth + 1);
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, [ref]);
  return scrollable;
}
