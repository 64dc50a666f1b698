/**
 * `pnpm data:templates`: writes the template files of every record type to docs/import/ — a CSV file
 * with the header row only (`<type>.csv`) and a JSON Lines file with one example record
 * (`<type>.example.jsonl`) — and the column table of each type to docs/import/columns.md, all from the
 * record types themselves, so that the templates cannot drift from what the import reads.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { createRecordWriter, exampleRecord, LIST_SEPARATOR, type RecordColumn } from '@kaz/subgraph-kit/records';
import { recordSubgraphs } from './data-records.ts';

const directory = new URL('../docs/import/', import.meta.url).pathname;
await mkdir(directory, { recursive: true });

const KINDS: Record<RecordColumn['kind'], string> = {
  text: 'text',
  integer: 'whole number',
  decimal: 'number (point before decimals)',
  boolean: '`true` / `false`',
  date: 'date `YYYY-MM-DD`',
  timestamp: 'timestamp, ISO 8601 with zone',
  list: `list (CSV: items joined by \`${LIST_SEPARATOR}\`; JSON: array)`,
};

const tables: string[] = [
  '<!-- Written by `pnpm data:templates` from the record types; do not edit by hand. -->',
  '',
  '# Columns of each record type',
];
for (const [subgraph, { types }] of Object.entries(recordSubgraphs)) {
  for (const type of types) {
    const name = type.name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
    await writeFile(`${directory}${name}.csv`, `${type.columns.map((column) => column.name).join(',')}\r\n`);
    const output = createWriteStream(`${directory}${name}.example.jsonl`);
    const writer = createRecordWriter('json', type.columns, output);
    await writer.write(exampleRecord(type.columns));
    output.end();
    await finished(output);
    tables.push(
      '',
      `## ${type.name} (\`pnpm data:import ${subgraph} <file>\`)`,
      '',
      `Key: ${type.keyDescription}. Template: [${name}.csv](${name}.csv), example: [${name}.example.jsonl](${name}.example.jsonl).`,
      '',
      '| column | type | required | allowed values | meaning | example |',
      '| --- | --- | --- | --- | --- | --- |',
      ...type.columns.map(
        (column) =>
          `| \`${column.name}\` | ${KINDS[column.kind]} | ${column.required ? 'yes' : 'no'} | ${column.allowed ? column.allowed.map((value) => `\`${value}\``).join(', ') : ''} | ${column.description.replaceAll('|', '\\|')} | ${column.example ? `\`${column.example}\`` : ''} |`,
      ),
    );
  }
}
await writeFile(`${directory}columns.md`, `${tables.join('\n')}\n`);
console.log(`templates and columns.md written to ${directory}`);
