import { MunicipalityRef, ResultTransferRef } from './refs.ts';

ResultTransferRef.implement({
  description:
    'Ergebnistransfer (Nachnutzung): a Kommune outside a project reuses its result, one of the tasks the Kaz has.',
  fields: (t) => ({
    municipality: t.field({
      type: MunicipalityRef,
      description: 'The Kommune that reuses the result.',
      resolve: (transfer) => ({ ars: transfer.ars }),
    }),
    since: t.exposeString('since', {
      nullable: true,
      description: 'Since when it reuses the result (YYYY-MM-DD); null when not known.',
    }),
  }),
});
