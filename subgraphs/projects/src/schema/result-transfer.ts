import { SAMPLE_RECORDS_NOTE, sampleFlagField } from '@kaz/subgraph-kit';
import { MunicipalityRef, ResultTransferRef } from './refs.ts';

ResultTransferRef.implement({
  description:
    'Ergebnistransfer (Nachnutzung): a Kommune outside a project reuses its result, one of the tasks the Kaz has. ' +
    SAMPLE_RECORDS_NOTE,
  fields: (t) => ({
    id: t.id({
      description:
        'Project id and ARS of the Kommune, joined by "/": "<project id>/<ARS>", e.g. "KAZ-2024-01/120650136136". ' +
        'A Kommune reuses the result of a project at most once, so the id is unique; it never changes.',
      resolve: (transfer) => `${transfer.project_id}/${transfer.ars}`,
    }),
    municipality: t.field({
      type: MunicipalityRef,
      description: 'The Kommune that reuses the result.',
      resolve: (transfer) => ({ ars: transfer.ars }),
    }),
    since: t.exposeString('since', {
      nullable: true,
      description: 'Since when it reuses the result (YYYY-MM-DD); null when not known.',
    }),
    isSample: sampleFlagField(t),
  }),
});
