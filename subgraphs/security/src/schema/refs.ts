import { builder } from '../builder.ts';

/**
 * The Kommune, owned by the municipalities subgraph; this subgraph knows only its key (the 12-digit
 * ARS) and adds fields to it in `municipality.ts`.
 */
export const MunicipalityRef = builder.externalRef('Municipality', builder.selection<{ ars: string }>('ars'));

/**
 * The partner organisation, owned by the organisations subgraph; this subgraph knows only its key
 * (e.g. `zit_bb`) and adds fields to it in `organisation.ts`.
 */
export const OrganisationRef = builder.externalRef('Organisation', builder.selection<{ id: string }>('id'));
