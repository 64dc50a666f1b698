import type { AuditDatabase } from '@kaz/db';
import type { Generated } from 'kysely';
import type { CertificateTable } from './certificate.ts';
import type { FrameworkContractEligibilityTable, FrameworkContractTable } from './framework-contract.ts';
import type { LicenceAllocationTable, LicenceTable } from './licence.ts';
import type { ProcurementParticipantTable, ProcurementProcedureTable } from './procurement-procedure.ts';
import type { ProcurementTemplateTable, ProcurementTemplateUseTable } from './procurement-template.ts';

/** The tables of the contracts subgraph's database, its append-only audit log included. */
export interface Database extends AuditDatabase {
  procurement_procedure: ProcurementProcedureTable;
  procurement_participant: ProcurementParticipantTable;
  framework_contract: FrameworkContractTable;
  framework_contract_eligibility: FrameworkContractEligibilityTable;
  licence: LicenceTable;
  licence_allocation: LicenceAllocationTable;
  certificate: CertificateTable;
  procurement_template: ProcurementTemplateTable;
  procurement_template_use: ProcurementTemplateUseTable;
}

/** The columns every mutable table has: an optimistic-locking version and when the row was made and changed. */
export interface Versioned {
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}
