/**
 * The files of a new subgraph (docs/architecture.md, "The files of a subgraph"), modelled on the
 * smallest subgraph, `subgraphs/municipalities`, and the kit: one entity with a key of its own, and the
 * `Municipality` stub extended with the list of that entity's records for the Kommune. Over 250 lines
 * because it is the text of sixteen files; scripts/create-subgraph.ts checks the names and writes them.
 */

/** The names a new subgraph's files are written with. */
export interface SubgraphNames {
  /** The subgraph: `schools` (directory, package `@kaz/schools`, service name). */
  name: string;
  /** The entity type: `School`. */
  entity: string;
  /** The entity in plural, for function names: `Schools`. */
  entities: string;
  /** The entity's Query field and loader prefix: `school`. */
  entityField: string;
  /** The field of `Municipality` that lists the entity: `schools`. */
  municipalityField: string;
  /** The entity's file name without `.ts`: `school`. */
  entityFile: string;
  /** The entity's table: `school`. */
  table: string;
  /** The prefix of the sample records' ids: `SCHOOL`. */
  idPrefix: string;
  /** The port the subgraph listens on when run alone. */
  port: number;
  /** The name of its first migration: `2026_12_02_111900_create_school`. */
  migration: string;
  /** The workspace dependencies and libraries of the template subgraph's package.json. */
  dependencies: Record<string, string>;
}

/** Potsdam and Cottbus: the Kommunen the sample records belong to. */
const POTSDAM = '120540000000';
const COTTBUS = '120520000000';

/** The sample records the seed writes (and the generated test expects): two of Potsdam, one of Cottbus. */
export function sampleRecords(n: SubgraphNames) {
  const id = (number: number) => `${n.idPrefix}-${String(number).padStart(4, '0')}`;
  return [
    { id: id(1), ars: POTSDAM, name: `Sample ${n.entity} 1 of Potsdam` },
    { id: id(2), ars: POTSDAM, name: `Sample ${n.entity} 2 of Potsdam` },
    { id: id(3), ars: COTTBUS, name: `Sample ${n.entity} of Cottbus` },
  ];
}

/** The file set of the subgraph: path below `subgraphs/<name>/` → content. */
export function subgraphFiles(n: SubgraphNames): Record<string, string> {
  const definition = `${n.name}Subgraph`;
  const byId = `${n.entityField}ById`;
  const ofMunicipality = `${n.municipalityField}OfMunicipality`;
  const findById = `find${n.entities}ById`;
  const findOf = `find${n.entities}OfMunicipalities`;
  const row = `${n.entity}Row`;
  const tableType = `${n.entity}Table`;
  const [first, , third] = sampleRecords(n);
  // Named imports in the order Biome's organizeImports keeps them.
  const refs = [`${n.entity}Ref`, 'MunicipalityRef'].sort((a, b) => a.localeCompare(b, 'en')).join(', ');
  return {
    'package.json': `${JSON.stringify(
      {
        name: `@kaz/${n.name}`,
        version: '0.1.0',
        private: true,
        type: 'module',
        exports: { '.': './src/index.ts' },
        scripts: { start: 'tsx src/main.ts', 'db:migrate': 'tsx src/main.ts --migrate-only' },
        dependencies: n.dependencies,
      },
      null,
      2,
    )}\n`,

    'src/index.ts': `export type { Database } from './db/database.ts';
export { schema } from './schema/index.ts';
export { ${definition} } from './subgraph.ts';
`,

    'src/subgraph.ts': `import type { SubgraphDefinition } from '@kaz/subgraph-kit';
import { migrations } from '../migrations/index.ts';
import { seed } from '../seed/seed.ts';
import { type Context, createContext } from './context.ts';
import type { Database } from './db/database.ts';
import { schema } from './schema/index.ts';

/** The ${n.name} subgraph: the ${n.entities} of the Kommunen (made by \`pnpm create:subgraph ${n.name}\`). */
export const ${definition}: SubgraphDefinition<Database, Context> = {
  name: '${n.name}',
  schema,
  migrations,
  seed,
  createContext,
};
`,

    'src/main.ts': `import { runSubgraphMain } from '@kaz/subgraph-kit';
import { ${definition} } from './subgraph.ts';

await runSubgraphMain(${definition}, ${n.port});
`,

    'src/builder.ts': `import { createSubgraphBuilder } from '@kaz/subgraph-kit';
import type { Context } from './context.ts';

/** The Pothos builder of the ${n.name} subgraph. */
export const builder = createSubgraphBuilder<Context>();
`,

    'src/context.ts': `import { type RequestContext, requestContextFactory } from '@kaz/subgraph-kit';
import type { Database } from './db/database.ts';
import { createLoaders, type Loaders } from './loaders.ts';

/** What every resolver of the ${n.name} subgraph gets: the kit's request context with this subgraph's loaders. */
export type Context = RequestContext<Database, Loaders>;

/** A fresh context with fresh loaders, so that nothing is cached across requests or principals. */
export const createContext = requestContextFactory<Database, Loaders>(createLoaders);
`,

    'src/loaders.ts': `import { keyLoader, listLoader } from '@kaz/subgraph-kit';
import type { Kysely } from 'kysely';
import type { Database } from './db/database.ts';
import { ${findById}, ${findOf} } from './db/${n.entityFile}.ts';

/** One DataLoader per key of the ${n.name} subgraph; create them per request. */
export function createLoaders(db: Kysely<Database>) {
  return {
    ${byId}: keyLoader(
      (ids: readonly string[]) => ${findById}(db, ids),
      (row) => row.id,
    ),
    ${ofMunicipality}: listLoader(
      (ars: readonly string[]) => ${findOf}(db, ars),
      (row) => row.ars,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
`,

    'src/db/database.ts': `import type { ${tableType} } from './${n.entityFile}.ts';

/** The tables of the ${n.name} subgraph's database. */
export interface Database {
  ${n.table}: ${tableType};
}
`,

    [`src/db/${n.entityFile}.ts`]: `import type { Kysely, Selectable } from 'kysely';
import type { Database } from './database.ts';

/** One ${n.entity} of a Kommune. */
export interface ${tableType} {
  /** The stable public key, e.g. \`${first?.id}\`. */
  id: string;
  /** The Kommune's Amtlicher Regionalschlüssel (12 digits). */
  ars: string;
  name: string;
  is_sample: boolean;
}

export type ${row} = Selectable<${tableType}>;

/** ${n.entities} by id; missing keys are simply absent. */
export function ${findById}(db: Kysely<Database>, ids: readonly string[]) {
  return db.selectFrom('${n.table}').selectAll().where('id', 'in', ids).execute();
}

/** The ${n.entities} of every Kommune in \`ars\`, in one statement, ordered by ARS, then id. */
export function ${findOf}(db: Kysely<Database>, ars: readonly string[]) {
  return db.selectFrom('${n.table}').selectAll().where('ars', 'in', ars).orderBy('ars').orderBy('id').execute();
}
`,

    'src/schema/index.ts': `import { demandControlledSubgraphSchema, refuseNulInTextArguments } from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';
import './${n.entityFile}.ts';
import './municipality.ts';

/** The executable subgraph schema of the ${n.name} subgraph. */
export const schema = refuseNulInTextArguments(demandControlledSubgraphSchema(builder));
`,

    'src/schema/refs.ts': `import { builder } from '../builder.ts';
import type { ${row} } from '../db/${n.entityFile}.ts';

// The refs live in one file so that the type files can point at each other without import cycles;
// each type is implemented in its own file.

export const ${n.entity}Ref = builder.objectRef<${row}>('${n.entity}');

/** A Kommune, owned by the municipalities subgraph; here only its key (the 12-digit ARS). */
export const MunicipalityRef = builder.externalRef('Municipality', builder.selection<{ ars: string }>('ars'));
`,

    [`src/schema/${n.entityFile}.ts`]: `import { entityById, sampleFlagField } from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';
import { ${refs} } from './refs.ts';

${n.entity}Ref.implement({
  description: 'A ${n.entity} of a Kommune in Brandenburg, kept by the ${n.name} subgraph.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable public key of the ${n.entity}, e.g. "${first?.id}".' }),
    name: t.exposeString('name', { description: 'Name of the ${n.entity}.' }),
    municipality: t.field({
      type: MunicipalityRef,
      description: 'The Kommune this ${n.entity} belongs to.',
      resolve: (record) => ({ ars: record.ars }),
    }),
    isSample: sampleFlagField(t),
  }),
});

// Another subgraph may point at a ${n.entity} by its id; the gateway asks for it through _entities.
entityById(builder, ${n.entity}Ref, (id, ctx) => ctx.loaders.${byId}.load(id));

builder.queryFields((t) => ({
  ${n.entityField}: t.field({
    type: ${n.entity}Ref,
    nullable: true,
    description: 'One ${n.entity} by its id; null when there is none.',
    args: { id: t.arg.id({ required: true, description: 'The id of the ${n.entity}, e.g. "${first?.id}".' }) },
    resolve: (_root, { id }, ctx) => ctx.loaders.${byId}.load(id),
  }),
}));
`,

    'src/schema/municipality.ts': `import { listSize, municipalityKeyFields } from '@kaz/subgraph-kit';
import { ${refs} } from './refs.ts';

// No type description here: the municipalities subgraph owns Municipality and its description wins.
MunicipalityRef.implement({
  fields: (t) => ({
    // \`ars\`, and the ARS again as a shareable \`id\` for client caches: the same in every subgraph.
    ...municipalityKeyFields(t),
    // A plain list of at most 100 (more is the error LIST_TOO_LONG): page it (connectionType, pageLoader)
    // when a Kommune can have more.
    ${n.municipalityField}: t.field({
      directives: listSize(100),
      type: [${n.entity}Ref],
      description: 'The ${n.entities} of this Kommune, ordered by id; empty when it has none.',
      resolve: (m, _args, ctx) => ctx.loaders.${ofMunicipality}.load(m.ars),
    }),
  }),
});
`,

    [`migrations/${n.migration}.ts`]: `import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('${n.table}')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('ars', 'varchar(12)', (col) => col.notNull().check(sql\`ars ~ '^[0-9]{12}$'\`))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('is_sample', 'boolean', (col) => col.notNull().defaultTo(false))
    .execute();
  await db.schema.createIndex('${n.table}_ars_idx').on('${n.table}').column('ars').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('${n.table}').execute();
}
`,

    'migrations/index.ts': `import type { Migration } from 'kysely';
import * as create${n.entity} from './${n.migration}.ts';

/** The migrations of the ${n.name} subgraph, by name; names sort in the order they run. */
export const migrations: Record<string, Migration> = {
  '${n.migration}': create${n.entity},
};
`,

    'seed/seed.ts': `import type { SeedOptions } from '@kaz/subgraph-kit';
import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../src/db/database.ts';
import type { ${tableType} } from '../src/db/${n.entityFile}.ts';

/** SAMPLE DATA: made-up ${n.entities} of Potsdam and Cottbus. */
export const sample${n.entities}: Insertable<${tableType}>[] = [
${sampleRecords(n)
  .map((r) => `  {\n    id: '${r.id}',\n    ars: '${r.ars}',\n    name: '${r.name}',\n    is_sample: true,\n  },\n`)
  .join('')}];

/**
 * Writes the sample data (the subgraph has no reference data yet, so with \`options.sampleData\`
 * false it writes nothing); a second run updates the rows in place and adds nothing.
 */
export async function seed(db: Kysely<Database>, options: SeedOptions = {}): Promise<void> {
  if (options.sampleData === false) return;
  await db
    .insertInto('${n.table}')
    .values(sample${n.entities})
    .onConflict((oc) =>
      oc.column('id').doUpdateSet((eb) => ({
        ars: eb.ref('excluded.ars'),
        name: eb.ref('excluded.name'),
        is_sample: eb.ref('excluded.is_sample'),
      })),
    )
    .execute();
}
`,

    'test/support.ts': `// The ${n.name} subgraph's test support: the one line that sets up a test file's subgraph, on the
// kit's fixtures (\`@kaz/subgraph-kit/testing\`), and the Kommunen its tests use.
import { type SetUpOptions, type SubgraphOfFile, setUpTestSubgraph } from '@kaz/subgraph-kit/testing';
import type { Database } from '../src/db/database.ts';
import { ${definition} } from '../src/subgraph.ts';

export { POTSDAM } from '@kaz/subgraph-kit/testing';

/** Cottbus, a kreisfreie Stadt with one sample ${n.entity}. */
export const COTTBUS = '${COTTBUS}';

/** Gramzow (Uckermark), an amtsangehörige Gemeinde without any ${n.entity}. */
export const GRAMZOW = '120735306225';

/**
 * Sets up this test file's ${n.name} subgraph (\`setUpTestSubgraph\`): started before its tests, stopped
 * after them. \`const { subgraph } = setUpSubgraph();\` at the top of the file.
 */
export function setUpSubgraph(options?: SetUpOptions): SubgraphOfFile<Database> {
  return setUpTestSubgraph(${definition}, options);
}
`,

    [`test/${n.name}.test.ts`]: `import { describe, expect, it } from 'vitest';
import { seed } from '../seed/seed.ts';
import { COTTBUS, GRAMZOW, POTSDAM, setUpSubgraph } from './support.ts';

const { subgraph } = setUpSubgraph();

describe('${n.entity}', () => {
  it('is found by its id with its Kommune; an unknown id gives null', async () => {
    const result = await subgraph.query(
      \`{ known: ${n.entityField}(id: "${third?.id}") { id name isSample municipality { ars } } unknown: ${n.entityField}(id: "${n.idPrefix}-9999") { id } }\`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      known: { id: '${third?.id}', name: '${third?.name}', isSample: true, municipality: { ars: COTTBUS } },
      unknown: null,
    });
  });

  it('resolves references by its id, all of a batch in one statement', async () => {
    subgraph.resetStatements();
    const result = await subgraph.query(
      'query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${n.entity} { id name } } }',
      { representations: ['${first?.id}', '${third?.id}'].map((id) => ({ __typename: '${n.entity}', id })) },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities.map((record: { id: string }) => record.id)).toEqual(['${first?.id}', '${third?.id}']);
    expect(subgraph.statements).toHaveLength(1);
  });
});

describe('Municipality.${n.municipalityField}', () => {
  it('lists the ${n.entities} of each Kommune, for many Kommunen in one statement', async () => {
    subgraph.resetStatements();
    const result = await subgraph.query(
      'query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Municipality { ars ${n.municipalityField} { id } } } }',
      { representations: [POTSDAM, COTTBUS, GRAMZOW].map((ars) => ({ __typename: 'Municipality', ars })) },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      { ars: POTSDAM, ${n.municipalityField}: [{ id: '${first?.id}' }, { id: '${sampleRecords(n)[1]?.id}' }] },
      { ars: COTTBUS, ${n.municipalityField}: [{ id: '${third?.id}' }] },
      { ars: GRAMZOW, ${n.municipalityField}: [] },
    ]);
    expect(subgraph.statements).toHaveLength(1);
  });
});

describe('seed', () => {
  it('a second run changes nothing', async () => {
    const before = await subgraph.snapshot();
    await seed(subgraph.db);
    expect(await subgraph.snapshot()).toEqual(before);
  });
});
`,
  };
}
