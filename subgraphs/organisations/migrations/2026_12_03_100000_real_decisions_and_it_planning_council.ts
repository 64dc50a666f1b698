import { type Kysely, sql } from 'kysely';

/**
 * The decisions the Umsetzungskonzept Kaz cites become real records (issue 13):
 * - `decision.decided_on_precision` (DAY, MONTH or YEAR): how much of `decided_on` is known; a decision
 *   known only by its year is stored on 1 January with YEAR, so that no client shows a made-up day;
 * - `decision.source`: where a real record comes from, e.g. "Umsetzungskonzept Kaz, IT-Rat Brandenburg,
 *   10.03.2021"; null for decisions recorded in the hub;
 * - the committee kind IT_PLANNING_COUNCIL for the IT-Planungsrat of Bund and Länder;
 * - the sample rows that pretended to be the concept's decisions are replaced: "Entscheidung 2020/3"
 *   (key itrat-2020-3, which work orders of the projects subgraph cite, so it is changed in place, not
 *   deleted) becomes the real decision to build the Kaz, and the two sample decisions whose made-up
 *   titles claimed the founding of the Kaz and the adoption of its concept get other sample subjects.
 *   The seed writes the same values and adds the real adoption of the concept (itrat-2021-4).
 * Frozen in time: the values are literals, not the seed's.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('decision')
    .addColumn('decided_on_precision', 'text', (col) =>
      col.notNull().defaultTo('DAY').check(sql`decided_on_precision in ('DAY','MONTH','YEAR')`),
    )
    .addColumn('source', 'text')
    .execute();
  // A date known only to the month or year is stored on its first day.
  await sql`alter table decision add constraint decision_precision_first_day check (
    decided_on_precision = 'DAY'
    or (decided_on_precision = 'MONTH' and extract(day from decided_on) = 1)
    or (decided_on_precision = 'YEAR' and extract(day from decided_on) = 1 and extract(month from decided_on) = 1)
  )`.execute(db);

  await sql`alter table committee drop constraint if exists committee_kind_check`.execute(db);
  await sql`alter table committee add constraint committee_kind_check
    check (kind in ('IT_COUNCIL','IT_PLANNING_COUNCIL','STEERING_GROUP','PROJECT_GROUP'))`.execute(db);

  await sql`
    update decision set
      decided_on = '2020-01-01',
      decided_on_precision = 'YEAR',
      title = 'Aufbau des Kommunalen Anwendungszentrums (Kaz)',
      text = ${ITRAT_2020_3_TEXT},
      source = 'Umsetzungskonzept Kaz, IT-Rat Brandenburg, 10.03.2021',
      is_sample = false,
      version = version + 1,
      updated_at = now()
    where id = 'itrat-2020-3' and is_sample`.execute(db);
  for (const [id, title, text] of RENAMED_SAMPLES) {
    await sql`
      update decision set title = ${title}, text = ${text}, version = version + 1, updated_at = now()
      where id = ${id} and is_sample`.execute(db);
  }
}

const ITRAT_2020_3_TEXT =
  'Der IT-Rat Brandenburg beschließt den Aufbau eines Kommunalen Anwendungszentrums (Kaz). Der Wortlaut des ' +
  'Beschlusses liegt dem Hub nicht vor; das Umsetzungskonzept Kaz nennt die Entscheidung 2020/3 als Grundlage, ' +
  'der Tag ist nicht belegt (nur das Jahr).';

const RENAMED_SAMPLES: [id: string, title: string, text: string][] = [
  [
    'itrat-2020-2',
    'Gemeinsame Nutzung des Landesverwaltungsnetzes durch kommunale Rechenzentren',
    'Der IT-Rat beschließt: Kommunale Rechenzentren dürfen das Landesverwaltungsnetz für den Datenaustausch nutzen. ' +
      'BEISPIELDATEN.',
  ],
  [
    'itrat-2021-1',
    'Gemeinsame Beschaffung von Signaturkarten für kommunale Bedienstete',
    'Der IT-Rat beschließt: Land und Kommunen beschaffen qualifizierte Signaturkarten gemeinsam. BEISPIELDATEN.',
  ],
];

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table committee drop constraint if exists committee_kind_check`.execute(db);
  await sql`alter table committee add constraint committee_kind_check
    check (kind in ('IT_COUNCIL','STEERING_GROUP','PROJECT_GROUP'))`.execute(db);
  await sql`alter table decision drop constraint decision_precision_first_day`.execute(db);
  await db.schema.alterTable('decision').dropColumn('source').dropColumn('decided_on_precision').execute();
}
