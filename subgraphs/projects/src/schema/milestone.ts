import { SAMPLE_RECORDS_NOTE, sampleFlagField } from '@kaz/subgraph-kit';
import { MilestoneRef } from './refs.ts';

MilestoneRef.implement({
  description: `A Meilenstein (milestone) of a project: what is due when, and when it was reached. ${SAMPLE_RECORDS_NOTE}`,
  fields: (t) => ({
    position: t.exposeInt('position', { description: 'Order of the milestone within its project, from 1.' }),
    title: t.exposeString('title', {
      description: 'What the milestone marks (German), e.g. "Pilotbetrieb gestartet".',
    }),
    dueOn: t.exposeString('due_on', { description: 'Planned date (YYYY-MM-DD).' }),
    reachedOn: t.exposeString('reached_on', {
      nullable: true,
      description: 'Date it was reached (YYYY-MM-DD); null while it is open.',
    }),
    isSample: sampleFlagField(t),
  }),
});
