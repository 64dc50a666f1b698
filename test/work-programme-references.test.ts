import { headersAs } from '@kaz/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from './support/hub.ts';

// An item of the Kaz's Arbeitsprogramm (organisations subgraph, Umsetzungskonzept §4.1) names the
// project that carries it out by its key; the project belongs to the projects subgraph, which is asked
// through federation whether it exists, and the gateway answers the project's own fields on the item.

let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub();
});

afterAll(async () => {
  await hub?.stop();
});

const UPDATE = `mutation ($input: UpdateWorkProgrammeItemInput!) { updateWorkProgrammeItem(input: $input) {
  id version project { id title isSample } } }`;

async function itemVersion(id: string): Promise<number> {
  const result = await hub.query(`{ workProgramme(year: 2026) { items { id version } } }`);
  return (result.data as any).workProgramme.items.find((item: any) => item.id === id).version;
}

describe('the project of an Arbeitsprogramm item', () => {
  it('is checked against the projects subgraph: an unknown key is refused naming the owner, a real one resolves', async () => {
    const kaz = await headersAs(hub.issuer, 'kaz-editor');
    const unknown = await hub.query(
      UPDATE,
      { input: { id: 'ap-2026-5', version: await itemVersion('ap-2026-5'), projectId: 'KAZ-2099-01' } },
      kaz,
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.projectId' });
    expect(unknown.errors?.[0]?.message).toContain('projects');
    expect(await itemVersion('ap-2026-5')).toBe(1);

    const linked = await hub.query(UPDATE, { input: { id: 'ap-2026-5', version: 1, projectId: 'KAZ-2025-04' } }, kaz);
    expect(linked.errors).toBeUndefined();
    expect((linked.data as any).updateWorkProgrammeItem).toMatchObject({
      id: 'ap-2026-5',
      version: 2,
      project: { id: 'KAZ-2025-04', title: expect.any(String), isSample: true },
    });
  });
});
