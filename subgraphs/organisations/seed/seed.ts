import type { SeedOptions } from '@kaz/subgraph-kit';
import type { Kysely } from 'kysely';
import type { Database } from '../src/db/database.ts';
import { committeeMembershipRows, committeeRows } from './committees.ts';
import { decisionRows } from './decisions.ts';
import { dikomMembershipRows } from './dikom.ts';
import { externalBodyRows } from './external-bodies.ts';
import { organisationRows, responsibilityRows } from './organisations.ts';
import { seedUmsetzungskonzept } from './umsetzungskonzept.ts';

/**
 * Writes the reference data (18 organisations, their responsibilities, the IT-Rat and the
 * IT-Planungsrat, the decisions the Umsetzungskonzept Kaz cites) and the sample data (the other
 * committees, memberships, the other decisions, 120 DIKOM memberships, three external bodies) in one
 * transaction. A second run updates rows in place with the same values and adds nothing; DIKOM
 * memberships that exist are left alone (they change through mutations). With `options.sampleData`
 * false only the reference rows (`is_sample` false) are written.
 */
export async function seed(db: Kysely<Database>, options: SeedOptions = {}): Promise<void> {
  const sampleData = options.sampleData ?? true;
  const keep = <Row extends { is_sample?: boolean | undefined }>(rows: Row[]): Row[] =>
    sampleData ? rows : rows.filter((row) => row.is_sample === false);
  const responsibilities = keep(responsibilityRows());
  const committees = keep(committeeRows());
  const memberships = keep(committeeMembershipRows());
  const decisions = keep(decisionRows());
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('organisation')
      .values(organisationRows())
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          short_name: eb.ref('excluded.short_name'),
          kind: eb.ref('excluded.kind'),
          parent_id: eb.ref('excluded.parent_id'),
          website: eb.ref('excluded.website'),
          note: eb.ref('excluded.note'),
        })),
      )
      .execute();
    if (responsibilities.length === 0 || committees.length === 0) throw new Error('no reference rows to seed');
    await trx
      .insertInto('responsibility')
      .values(responsibilities)
      .onConflict((oc) =>
        oc.columns(['area', 'valid_from']).doUpdateSet((eb) => ({
          organisation_id: eb.ref('excluded.organisation_id'),
          valid_to: eb.ref('excluded.valid_to'),
          note: eb.ref('excluded.note'),
          is_sample: eb.ref('excluded.is_sample'),
        })),
      )
      .execute();
    await trx
      .insertInto('committee')
      .values(committees)
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          short_name: eb.ref('excluded.short_name'),
          kind: eb.ref('excluded.kind'),
          description: eb.ref('excluded.description'),
          organisation_id: eb.ref('excluded.organisation_id'),
          decision_prefix: eb.ref('excluded.decision_prefix'),
          is_sample: eb.ref('excluded.is_sample'),
        })),
      )
      .execute();
    if (memberships.length > 0) {
      await trx
        .insertInto('committee_membership')
        .values(memberships)
        .onConflict((oc) =>
          oc.columns(['committee_id', 'organisation_id', 'valid_from']).doUpdateSet((eb) => ({
            role: eb.ref('excluded.role'),
            valid_to: eb.ref('excluded.valid_to'),
            note: eb.ref('excluded.note'),
            is_sample: eb.ref('excluded.is_sample'),
          })),
        )
        .execute();
    }
    if (decisions.length > 0) {
      await trx
        .insertInto('decision')
        .values(decisions)
        .onConflict((oc) =>
          oc.column('id').doUpdateSet((eb) => ({
            committee_id: eb.ref('excluded.committee_id'),
            reference: eb.ref('excluded.reference'),
            decided_on: eb.ref('excluded.decided_on'),
            decided_on_precision: eb.ref('excluded.decided_on_precision'),
            title: eb.ref('excluded.title'),
            text: eb.ref('excluded.text'),
            source: eb.ref('excluded.source'),
            is_sample: eb.ref('excluded.is_sample'),
          })),
        )
        .execute();
    }
    if (!sampleData) return;
    // External bodies change through recordExternalBody: a sample body that exists is left as it is.
    await trx
      .insertInto('external_body')
      .values(externalBodyRows())
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    // Memberships change through the audited mutations (a sample member may have left and joined
    // again since): a sample period that exists is left as it is, so that a restart neither undoes
    // a change the audit log records nor opens a second period of a Kommune.
    // A Kommune with any period (recorded or sample) gets no sample period: it could overlap one.
    const withPeriods = new Set(
      (await trx.selectFrom('dikom_membership').select('ars').distinct().execute()).map((row) => row.ars),
    );
    const dikomSample = dikomMembershipRows().filter((row) => !withPeriods.has(row.ars));
    if (dikomSample.length > 0) {
      await trx
        .insertInto('dikom_membership')
        .values(dikomSample)
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    // Arbeitsprogramm, standardisation recommendations and contacts by role: SAMPLE DATA (issue 13).
    await seedUmsetzungskonzept(trx);
  });
}
