import { ARS_PATTERN, loadPage, municipalityKeyFields, pageArgs } from '@kaz/subgraph-kit';
import { MunicipalityRef } from './refs.ts';

import { SecurityIncidentConnection } from './security-incident.ts';
import { SecurityPostureRef } from './security-posture.ts';

MunicipalityRef.implement({
  fields: (t) => ({
    // `ars`, and the ARS again as a shareable `id` for client caches: the same in every subgraph.
    ...municipalityKeyFields(t),
    securityPosture: t.field({
      type: SecurityPostureRef,
      nullable: true,
      description:
        'The Kommune’s information security posture: IT-Sicherheitskonzept, CERT network membership, open incidents. ' +
        'Present for every Kommune (with null/false/0 where nothing is on record); null only for a malformed ARS.',
      resolve: (m) => (ARS_PATTERN.test(m.ars) ? { ars: m.ars } : null),
    }),
    incidents: t.field({
      type: SecurityIncidentConnection,
      description: 'The security incidents affecting this Kommune that the request may see, newest first.',
      args: pageArgs(t.arg),
      resolve: (m, args, ctx) =>
        loadPage(args, (page) => ctx.loaders.incidentsByMunicipality.load({ parent: m.ars, ...page })),
    }),
  }),
});
