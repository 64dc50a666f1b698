import type { Generated, Kysely, Selectable } from 'kysely';
import type { Database } from './database.ts';
import type { ProjectKind } from './project.ts';

/** The sections of a project template (Muster-Projektstruktur), in the order they are shown. */
export const TEMPLATE_SECTIONS = ['PHASE', 'MILESTONE', 'ROLE', 'DELIVERABLE'] as const;
export type TemplateSection = (typeof TEMPLATE_SECTIONS)[number];

export interface ProjectTemplateTable {
  /** Key, lower-case words joined by "-", e.g. "ozg-umsetzung". */
  id: string;
  name: string;
  kind: ProjectKind;
  description: string;
  typical_duration_days: number;
  is_sample: boolean;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ProjectTemplateItemTable {
  template_id: string;
  section: TemplateSection;
  /** 1-based order within its template and section. */
  position: number;
  title: string;
  description: string | null;
  /** For a MILESTONE: the share of the project's duration (0–100 %) at which it is due; null otherwise. */
  at_percent: number | null;
  is_sample: boolean;
}

export type ProjectTemplateRow = Selectable<ProjectTemplateTable>;
export type ProjectTemplateItemRow = Selectable<ProjectTemplateItemTable>;

/** All project templates, ordered by id. */
export function findProjectTemplates(db: Kysely<Database>) {
  return db.selectFrom('project_template').selectAll().orderBy('id').execute();
}

/** Project templates by id; missing keys are simply absent. */
export function findProjectTemplatesByIds(db: Kysely<Database>, ids: readonly string[]) {
  return db.selectFrom('project_template').selectAll().where('id', 'in', ids).execute();
}

/** The items of each template in `ids`, ordered by template, section and position. */
export function findItemsOfTemplates(db: Kysely<Database>, ids: readonly string[]) {
  return db
    .selectFrom('project_template_item')
    .selectAll()
    .where('template_id', 'in', ids)
    .orderBy('template_id')
    .orderBy('section')
    .orderBy('position')
    .execute();
}
