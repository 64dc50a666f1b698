import { fixedClock } from '@kaz/subgraph-kit';
import { auditEntries, expectRefused, lastAuditId } from '@kaz/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import { setUpSubgraph } from './support.ts';

// publishAdvisory follows the kit's mutation recipe: rule write.advisory (security:write only), the
// inputs checked before anything is written, the advisory and its audit entry in one transaction.

const NOW = '2026-12-02T09:30:00.000Z';
// The municipality column is Potsdam (120540000000), the kit's default.
const { subgraph, as } = setUpSubgraph({ clock: fixedClock(NOW) });

const PUBLISH = `mutation ($input: PublishAdvisoryInput!) {
  publishAdvisory(input: $input) { id title publishedAt severity cveIds affectedProducts { vendor product } tlp isSample }
}`;

function input(overrides: Record<string, unknown> = {}) {
  return {
    title: 'GIS Web-Auskunft: Auslesen fremder Flurstücksdaten',
    severity: 'HIGH',
    cveIds: ['cve-2026-91001'],
    affectedProducts: [{ vendor: 'Prignitzer Geodaten GmbH', product: 'GIS Web-Auskunft' }],
    ...overrides,
  };
}

describe('publishAdvisory', () => {
  it('publishes as the security team under the next reference of the year, with one audit entry', async () => {
    const audit = await lastAuditId(subgraph.db);
    const team = as['security-team'];
    const first = await subgraph.query(PUBLISH, { input: input() }, team);
    expect(first.errors).toBeUndefined();
    expect(first.data?.publishAdvisory).toEqual({
      // The seed's advisories of 2026 end with 0043.
      id: 'CERT-BB-ADV-2026-0044',
      title: 'GIS Web-Auskunft: Auslesen fremder Flurstücksdaten',
      publishedAt: NOW,
      severity: 'HIGH',
      cveIds: ['CVE-2026-91001'],
      affectedProducts: [{ vendor: 'Prignitzer Geodaten GmbH', product: 'GIS Web-Auskunft' }],
      tlp: 'CLEAR',
      isSample: false,
    });
    const second = await subgraph.query(PUBLISH, { input: input({ cveIds: [] }) }, team);
    expect(second.data?.publishAdvisory.id).toBe('CERT-BB-ADV-2026-0045');
    const entries = await auditEntries(subgraph.db, { after: audit });
    expect(entries.map((e) => [e.operation, e.entity_type, e.entity_id, e.actor_org])).toEqual([
      ['publishAdvisory', 'Advisory', 'CERT-BB-ADV-2026-0044', 'zit_bb'],
      ['publishAdvisory', 'Advisory', 'CERT-BB-ADV-2026-0045', 'zit_bb'],
    ]);
    // Public from then on: read back without a token.
    const read = await subgraph.query(`{ advisory(id: "CERT-BB-ADV-2026-0044") { id isSample } }`);
    expect(read.data?.advisory).toEqual({ id: 'CERT-BB-ADV-2026-0044', isSample: false });
  });

  it('is refused to every other role, and writes nothing', async () => {
    await expectRefused(subgraph, async () => subgraph.query(PUBLISH, { input: input() }), 'UNAUTHENTICATED');
    for (const column of ['kaz-editor', 'ministry', 'auditor'] as const) {
      const headers = as[column];
      await expectRefused(subgraph, async () => subgraph.query(PUBLISH, { input: input() }, headers), 'FORBIDDEN');
    }
    const kommune = as.municipality;
    await expectRefused(subgraph, async () => subgraph.query(PUBLISH, { input: input() }, kommune), 'FORBIDDEN');
  });

  it('answers BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const team = as['security-team'];
    const cases: [Record<string, unknown>, string][] = [
      [{ title: '   ' }, 'input.title'],
      [{ title: 'x'.repeat(201) }, 'input.title'],
      [{ cveIds: ['CVE-26-1'] }, 'input.cveIds'],
      [{ cveIds: ['CVE-2026-91001', 'cve-2026-91001'] }, 'input.cveIds'],
      [{ affectedProducts: [] }, 'input.affectedProducts'],
      [{ affectedProducts: [{ vendor: '', product: 'GIS Web-Auskunft' }] }, 'input.affectedProducts.0.vendor'],
      [
        {
          affectedProducts: Array.from({ length: 21 }, (_, i) => ({
            vendor: 'Beispiel GmbH',
            product: `Produkt ${i}`,
          })),
        },
        'input.affectedProducts',
      ],
      [
        {
          affectedProducts: [
            { vendor: 'Beispiel GmbH', product: 'Produkt' },
            { vendor: 'Beispiel GmbH', product: 'Produkt' },
          ],
        },
        'input.affectedProducts',
      ],
    ];
    for (const [overrides, field] of cases) {
      await expectRefused(
        subgraph,
        async () => subgraph.query(PUBLISH, { input: input(overrides) }, team),
        'BAD_USER_INPUT',
        field,
      );
    }
  });
});
