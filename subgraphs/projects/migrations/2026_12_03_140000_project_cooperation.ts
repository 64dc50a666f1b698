import { type CreateTableBuilder, type Kysely, sql } from 'kysely';

// Issue 13: the Muster-Projektstruktur (project templates, Umsetzungskonzept Kaz §4.2), the
// organisations taking part in a project and its mixed project groups (§4), and the reusable results
// of projects (Nachnutzung, §3). Frozen in time like every migration: enum values and key patterns
// are repeated here, not imported.

const TEMPLATE_ID = sql`'^[a-z][a-z0-9-]{1,39}$'`;
const ORG_KEY = sql`'^[a-z][a-z0-9_]*$'`;
const ARS = sql`'^[0-9]{12}$'`;
const GROUP_ID = sql`'^PG-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$'`;
const RESULT_ID = sql`'^NE-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$'`;
const KINDS = sql`('OZG_IMPLEMENTATION','EFA_REUSE','INFRASTRUCTURE','BASIC_COMPONENT','PROCESS_DIGITISATION')`;

/** The columns every record table of this subgraph ends with: sample flag, version and time stamps. */
function stamps(table: CreateTableBuilder<any, any>): CreateTableBuilder<any, any> {
  return table
    .addColumn('is_sample', 'boolean', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`));
}

export async function up(db: Kysely<any>): Promise<void> {
  await stamps(
    db.schema
      .createTable('project_template')
      .addColumn('id', 'varchar(40)', (col) => col.primaryKey().check(sql`id ~ ${TEMPLATE_ID}`))
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('kind', 'text', (col) => col.notNull().check(sql`kind in ${KINDS}`))
      .addColumn('description', 'text', (col) => col.notNull())
      .addColumn('typical_duration_days', 'integer', (col) => col.notNull().check(sql`typical_duration_days > 0`)),
  ).execute();

  // Phases, standard milestones, roles and standard deliverables of a template, each in its order.
  await db.schema
    .createTable('project_template_item')
    .addColumn('template_id', 'varchar(40)', (col) =>
      col.notNull().references('project_template.id').onDelete('cascade'),
    )
    .addColumn('section', 'text', (col) =>
      col.notNull().check(sql`section in ('PHASE','MILESTONE','ROLE','DELIVERABLE')`),
    )
    .addColumn('position', 'integer', (col) => col.notNull().check(sql`position >= 1`))
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('description', 'text')
    .addColumn('at_percent', 'integer', (col) => col.check(sql`at_percent between 0 and 100`))
    .addColumn('is_sample', 'boolean', (col) => col.notNull())
    .addPrimaryKeyConstraint('project_template_item_pkey', ['template_id', 'section', 'position'])
    // A milestone falls at a share of the project's duration; nothing else does.
    .addCheckConstraint('project_template_item_percent_check', sql`(section = 'MILESTONE') = (at_percent is not null)`)
    .execute();

  await db.schema
    .createTable('project_participant')
    .addColumn('project_id', 'varchar(16)', (col) => col.notNull().references('project.id').onDelete('cascade'))
    .addColumn('organisation_id', 'varchar(32)', (col) => col.notNull().check(sql`organisation_id ~ ${ORG_KEY}`))
    .addColumn('role', 'text', (col) => col.notNull().check(sql`role in ('PARTICIPANT','OPERATOR','SPONSOR')`))
    .addColumn('is_sample', 'boolean', (col) => col.notNull())
    .addPrimaryKeyConstraint('project_participant_pkey', ['project_id', 'organisation_id'])
    .execute();
  await db.schema
    .createIndex('project_participant_organisation_idx')
    .on('project_participant')
    .columns(['organisation_id', 'role'])
    .execute();

  await stamps(
    db.schema
      .createTable('project_group')
      .addColumn('id', 'varchar(20)', (col) => col.primaryKey().check(sql`id ~ ${GROUP_ID}`))
      .addColumn('project_id', 'varchar(16)', (col) => col.notNull().references('project.id').onDelete('cascade'))
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('purpose', 'text', (col) => col.notNull()),
  ).execute();
  await db.schema.createIndex('project_group_project_idx').on('project_group').column('project_id').execute();

  // A member is a partner organisation (a Ressort, the LDA, …) or a Kommune (kommunale Praktiker).
  await db.schema
    .createTable('project_group_member')
    .addColumn('group_id', 'varchar(20)', (col) => col.notNull().references('project_group.id').onDelete('cascade'))
    .addColumn('position', 'integer', (col) => col.notNull().check(sql`position >= 1`))
    .addColumn('organisation_id', 'varchar(32)', (col) => col.check(sql`organisation_id ~ ${ORG_KEY}`))
    .addColumn('ars', 'varchar(12)', (col) => col.check(sql`ars ~ ${ARS}`))
    .addColumn('role', 'text', (col) => col.notNull().check(sql`role in ('CHAIR','MEMBER','ADVISORY')`))
    .addColumn('is_sample', 'boolean', (col) => col.notNull())
    .addPrimaryKeyConstraint('project_group_member_pkey', ['group_id', 'position'])
    .addCheckConstraint('project_group_member_one_check', sql`(organisation_id is null) <> (ars is null)`)
    .execute();

  await stamps(
    db.schema
      .createTable('reusable_result')
      .addColumn('id', 'varchar(20)', (col) => col.primaryKey().check(sql`id ~ ${RESULT_ID}`))
      .addColumn('project_id', 'varchar(16)', (col) => col.notNull().references('project.id'))
      .addColumn('title', 'text', (col) => col.notNull())
      .addColumn('description', 'text', (col) => col.notNull())
      .addColumn('licence', 'text', (col) => col.notNull())
      .addColumn('terms', 'text', (col) => col.notNull())
      .addColumn('contact_mailbox', 'text', (col) => col.notNull().check(sql`contact_mailbox ~ '^[^@\\s]+@[^@\\s]+$'`))
      .addColumn('available_since', 'date', (col) => col.notNull()),
  ).execute();
  await db.schema.createIndex('reusable_result_project_idx').on('reusable_result').column('project_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'reusable_result',
    'project_group_member',
    'project_group',
    'project_participant',
    'project_template_item',
    'project_template',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
