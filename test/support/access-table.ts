import { readFileSync } from 'node:fs';

/** One row of a table in docs/access-control.md: its key (first cell) and the cell of each column. */
export interface TableRow {
  key: string;
  description: string;
  cells: Record<string, string>;
}

const doc = readFileSync(new URL('../../docs/access-control.md', import.meta.url), 'utf8');

/**
 * Reads the Markdown table between `<!-- marker -->` and `<!-- /marker -->` of the access-control
 * document. `descriptionColumns` is how many columns after the key describe the row rather than
 * give a permission.
 */
export function readAccessTable(marker: string, descriptionColumns: number): { columns: string[]; rows: TableRow[] } {
  const start = doc.indexOf(`<!-- ${marker} -->`);
  const end = doc.indexOf(`<!-- /${marker} -->`);
  if (start < 0 || end < start) throw new Error(`docs/access-control.md has no table marked ${marker}`);
  const lines = doc
    .slice(start, end)
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    );
  const [header, _separator, ...body] = lines;
  if (!header) throw new Error(`table ${marker} is empty`);
  const columns = header.slice(1 + descriptionColumns);
  return {
    columns,
    rows: body.map((cells) => ({
      key: cells[0] as string,
      description: cells.slice(1, 1 + descriptionColumns).join(' '),
      cells: Object.fromEntries(
        columns.map((column, index) => [column, cells[1 + descriptionColumns + index] as string]),
      ),
    })),
  };
}
