import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../support/hub.ts';

// Issue 9, class 4: the refused-request limit was keyed on address plus Authorization header, so a
// client that sent a new garbage header with every request was a new client each time and never
// stopped. Limits now count against what a client cannot forge for free: the verified principal, or
// else the address (an unverifiable token counts against its address). Every request of this file
// comes from the same loopback address.

const MAX_REFUSED = 5;
const MAX_MUTATIONS = 3;

let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub({
    gateway: { maxRefusedPerMinute: MAX_REFUSED, maxMutationsPerMinute: MAX_MUTATIONS },
  });
});

afterAll(async () => {
  await hub?.stop();
});

async function bearer(org: string, scopes: string[], subject: string) {
  return { authorization: `Bearer ${await hub.issuer.sign({ org, scopes, subject })}` };
}

const ISSUE = `mutation ($input: IssueWorkOrderInput!) { issueWorkOrder(input: $input) { id issuingMinistry { id } } }`;
const order = (title: string) => ({ input: { title, dueDate: '2099-12-31', decisionId: null, projectId: null } });

/** Work orders stored in the projects subgraph with this title, counted in its database. */
async function ordersTitled(title: string): Promise<number> {
  const db = hub.subgraphs.projects?.db;
  if (!db) throw new Error('the hub has no projects subgraph');
  const row = await db
    .selectFrom('work_order')
    .select((eb: any) => eb.fn.countAll().as('n'))
    .where('title', '=', title)
    .executeTakeFirstOrThrow();
  return Number((row as { n: unknown }).n);
}

describe('two verified principals behind one address', () => {
  it('keep separate write quotas', async () => {
    const mdjd = await bearer('mdjd', ['workorders:write'], 'referent@mdjd');
    const mil = await bearer('mil', ['workorders:write'], 'referent@mil');
    for (let i = 0; i < MAX_MUTATIONS; i++) {
      const allowed = await hub.query(ISSUE, order('Auftrag MdJD'), mdjd);
      expect(allowed.errors).toBeUndefined();
      expect(allowed.data?.issueWorkOrder.issuingMinistry).toEqual({ id: 'mdjd' });
    }
    const refused = await fetch(hub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...mdjd },
      body: JSON.stringify({ query: ISSUE, variables: order('Auftrag MdJD zu viel') }),
    });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await refused.json()).errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(await ordersTitled('Auftrag MdJD zu viel')).toBe(0);
    // The other ministry, same address, still has its whole quota.
    for (let i = 0; i < MAX_MUTATIONS; i++) {
      const other = await hub.query(ISSUE, order('Auftrag MIL'), mil);
      expect(other.errors).toBeUndefined();
      expect(other.data?.issueWorkOrder.issuingMinistry).toEqual({ id: 'mil' });
    }
    expect(await ordersTitled('Auftrag MIL')).toBe(MAX_MUTATIONS);
  });
});

describe('rotating garbage Authorization headers from one address', () => {
  it('is limited like one client; a verified principal behind the address is not', async () => {
    const garbage = (i: number) =>
      fetch(hub.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer garbage.${i}.${Date.now()}` },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
    for (let i = 0; i < MAX_REFUSED; i++) expect((await garbage(i)).status).toBe(401);
    const stopped = await garbage(MAX_REFUSED);
    expect(stopped.status).toBe(429);
    expect((await stopped.json()).errors[0].extensions.code).toBe('RATE_LIMITED');
    // A new header changes nothing, nor does leaving it out: the address is stopped.
    expect((await garbage(MAX_REFUSED + 1)).status).toBe(429);
    expect((await hub.query('{ __typename }')).status).toBe(429);
    // A principal whose token verifies is its own client.
    const kaz = await bearer('kaz', ['projects:write'], 'analyst@kaz');
    const verified = await hub.query('{ organisation(id: "kaz") { id } }', {}, kaz);
    expect(verified.status).toBe(200);
    expect(verified.data?.organisation).toEqual({ id: 'kaz' });
  });
});
