import { auditMigrations } from '@kaz/db';
import type { Migration } from 'kysely';
import * as createProcurementProcedure from './2026_11_26_120000_create_procurement_procedure.ts';
import * as createFrameworkContract from './2026_11_26_120100_create_framework_contract.ts';
import * as createLicence from './2026_11_26_120200_create_licence.ts';
import * as createCertificate from './2026_11_26_120300_create_certificate.ts';
import * as cancelPlannedProcedures from './2026_11_26_170100_cancel_planned_procedures.ts';
import * as nationalProcedureTypes from './2026_12_02_130000_national_procedure_types.ts';
import * as inHouseAward from './2026_12_03_130000_in_house_award.ts';
import * as licenceDataProcessing from './2026_12_03_130100_licence_data_processing.ts';
import * as createProcurementTemplate from './2026_12_03_130200_create_procurement_template.ts';

/** The migrations of the contracts subgraph, by name; names sort in the order they run. */
export const migrations: Record<string, Migration> = {
  '2026_11_26_120000_create_procurement_procedure': createProcurementProcedure,
  '2026_11_26_120100_create_framework_contract': createFrameworkContract,
  '2026_11_26_120200_create_licence': createLicence,
  '2026_11_26_120300_create_certificate': createCertificate,
  ...auditMigrations,
  '2026_11_26_170100_cancel_planned_procedures': cancelPlannedProcedures,
  '2026_12_02_130000_national_procedure_types': nationalProcedureTypes,
  '2026_12_03_130000_in_house_award': inHouseAward,
  '2026_12_03_130100_licence_data_processing': licenceDataProcessing,
  '2026_12_03_130200_create_procurement_template': createProcurementTemplate,
};
