import { listSize, loadPage, municipalityKeyFields, pageArgs } from '@kaz/subgraph-kit';
import { requireCertificateReach, requireLicenceReach, requireOwnKommune, visibleProcedures } from '../access.ts';

import { CertificateConnection } from './certificate.ts';
import { FrameworkContractConnection } from './framework-contract.ts';
import { LicenceConnection } from './licence.ts';
import { MunicipalityRef, ProcurementProcedureRef } from './refs.ts';

// No type description here: the municipalities subgraph owns Municipality and its description wins.
MunicipalityRef.implement({
  fields: (t) => ({
    // `ars`, and the ARS again as a shareable `id` for client caches: the same in every subgraph.
    ...municipalityKeyFields(t),
    // The protected lists are nullable, so that a denied one fails on its own path only.
    licences: t.field({
      type: LicenceConnection,
      nullable: true,
      description:
        'Licences with seats allocated to this Kommune, ordered by licence number. Needs the scope contracts:write, ' +
        "the Kommune's own token, or the token of the Amt, Verbandsgemeinde or Mitverwaltung that administers it " +
        '(ARS 12KKKVVVV000 administers 12KKKVVVV…, not a Landkreis); null with FORBIDDEN otherwise.',
      args: pageArgs(t.arg),
      resolve: async (m, args, ctx) => {
        // Decided from the token alone, so that the licences of 413 Kommunen still take one statement.
        requireOwnKommune(ctx.principal, requireLicenceReach(ctx.principal), m.ars, 'licences');
        return loadPage(args, (page) => ctx.loaders.licencesOfMunicipality.load({ parent: m.ars, ...page }));
      },
    }),
    contracts: t.field({
      type: FrameworkContractConnection,
      description: 'Rahmenverträge this Kommune may call off from (abrufberechtigt), ordered by contract number.',
      args: pageArgs(t.arg),
      resolve: (m, args, ctx) =>
        loadPage(args, (page) => ctx.loaders.contractsOfMunicipality.load({ parent: m.ars, ...page })),
    }),
    certificates: t.field({
      type: CertificateConnection,
      nullable: true,
      description:
        'Certificates this Kommune holds, soonest expiry first (then by number). Needs the scope contracts:write or ' +
        "security:read, the Kommune's own token, or the token of the Amt, Verbandsgemeinde or Mitverwaltung that " +
        'administers it (not a Landkreis); null with FORBIDDEN otherwise.',
      args: pageArgs(t.arg),
      resolve: async (m, args, ctx) => {
        requireOwnKommune(ctx.principal, requireCertificateReach(ctx.principal), m.ars, 'certificates');
        return loadPage(args, (page) => ctx.loaders.certificatesOfHolder.load({ parent: m.ars, ...page }));
      },
    }),
    procurementProcedures: t.field({
      directives: listSize(100),
      type: [ProcurementProcedureRef],
      description:
        'Vergabeverfahren (joint procurement procedures) this Kommune takes part in, ordered by number (PLANNED ' +
        'ones only for the scope contracts:write).',
      resolve: async (m, _args, ctx) =>
        visibleProcedures(ctx.principal, await ctx.loaders.proceduresByParticipant.load(m.ars)),
    }),
  }),
});
