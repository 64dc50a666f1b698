import { pageFromArgs, toConnection } from '@kaz/subgraph-kit';
import { CertificateConnection } from './certificate.ts';
import { FrameworkContractConnection } from './framework-contract.ts';
import { LicenceConnection } from './licence.ts';
import { MunicipalityRef, ProcurementProcedureRef, pageArgs } from './refs.ts';

// No type description here: the municipalities subgraph owns Municipality and its description wins.
MunicipalityRef.implement({
  fields: (t) => ({
    // The owner's description word for word, so that composition finds nothing to reconcile.
    ars: t.exposeID('ars', {
      description:
        'Amtlicher Regionalschlüssel (ARS), 12 digits: Land, Regierungsbezirk, Kreis, Gemeindeverband, Gemeinde. ' +
        'A Landkreis pads its 5-digit key with zeros, an Amt its 9-digit key. The stable key of a Kommune.',
    }),
    licences: t.field({
      type: LicenceConnection,
      description: 'Licences with seats allocated to this Kommune, ordered by licence number.',
      args: pageArgs,
      resolve: async (m, args, ctx) => {
        const page = pageFromArgs(args);
        const { rows, totalCount } = await ctx.loaders.licencesOfMunicipality.load({ parent: m.ars, ...page });
        return toConnection(rows, page, totalCount);
      },
    }),
    contracts: t.field({
      type: FrameworkContractConnection,
      description: 'Rahmenverträge this Kommune may call off from (abrufberechtigt), ordered by contract number.',
      args: pageArgs,
      resolve: async (m, args, ctx) => {
        const page = pageFromArgs(args);
        const { rows, totalCount } = await ctx.loaders.contractsOfMunicipality.load({ parent: m.ars, ...page });
        return toConnection(rows, page, totalCount);
      },
    }),
    certificates: t.field({
      type: CertificateConnection,
      description: 'Certificates this Kommune holds, soonest expiry first (then by number).',
      args: pageArgs,
      resolve: async (m, args, ctx) => {
        const page = pageFromArgs(args);
        const { rows, totalCount } = await ctx.loaders.certificatesOfHolder.load({ parent: m.ars, ...page });
        return toConnection(rows, page, totalCount);
      },
    }),
    procurementProcedures: t.field({
      type: [ProcurementProcedureRef],
      description: 'Vergabeverfahren (joint procurement procedures) this Kommune takes part in, ordered by number.',
      resolve: (m, _args, ctx) => ctx.loaders.proceduresByParticipant.load(m.ars),
    }),
  }),
});
