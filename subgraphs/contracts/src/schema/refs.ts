import { builder } from '../builder.ts';
import type { CertificateRow } from '../db/certificate.ts';
import type { FrameworkContractRow } from '../db/framework-contract.ts';
import type { LicenceAllocationRow, LicenceRow } from '../db/licence.ts';
import type { ProcurementProcedureRow } from '../db/procurement-procedure.ts';

// The refs live in one file so that the type files can point at each other without import cycles;
// each type is implemented in its own file.

export const ProcurementProcedureRef = builder.objectRef<ProcurementProcedureRow>('ProcurementProcedure');
export const FrameworkContractRef = builder.objectRef<FrameworkContractRow>('FrameworkContract');
export const LicenceRef = builder.objectRef<LicenceRow>('Licence');
export const LicenceAllocationRef = builder.objectRef<LicenceAllocationRow>('LicenceAllocation');
export const CertificateRef = builder.objectRef<CertificateRow>('Certificate');

/** A Kommune, owned by the municipalities subgraph; here only its key. */
export const MunicipalityRef = builder.externalRef('Municipality', builder.selection<{ ars: string }>('ars'));

/** A digitalisation project, owned by the projects subgraph; here only its key. */
export const ProjectRef = builder.externalRef('Project', builder.selection<{ id: string }>('id'));
