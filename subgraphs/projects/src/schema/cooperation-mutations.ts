// Over 250 lines: the mutations of a project's participants, its groups and its reusable results
// (issue 13) share their member and participant checks.
import {
  badUserInput,
  clientError,
  expectVersion,
  newReference,
  notBefore,
  parseDate,
  parseDistinct,
  parseKommuneArs,
  parseOrganisationKey,
  parseText,
  parseVersion,
  runMutation,
  versionInputField,
} from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';
import type { GroupMemberRole, ParticipantRole } from '../db/cooperation.ts';
import {
  findGroupMembers,
  findParticipants,
  type GroupMemberInput,
  insertProjectGroup,
  insertReusableResult,
  lockProjectGroup,
  type ParticipantInput,
  projectGroupExists,
  replaceGroupMembers,
  replaceParticipants,
  reusableResultExists,
  touchProjectGroup,
} from '../db/cooperation-write.ts';
import { lockProject, updateProjectRow } from '../db/project-write.ts';
import { PROJECT_YEARS, parseProjectId } from '../validation.ts';
import { GroupMemberRoleEnum, ParticipantRoleEnum, ProjectGroupRef } from './project-participant.ts';
import { ProjectRef } from './refs.ts';
import { ReusableResultRef } from './reusable-result.ts';

const NAME_MAX = 200;
const TEXT_MAX = 2000;
/** A functional mailbox: one address, no display name. */
const MAILBOX_PATTERN = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;

/** The participants, each organisation known and named once; sorted by organisation. */
function parseParticipants(field: string, list: readonly { organisationId: string; role: ParticipantRole }[]) {
  for (const p of list) parseOrganisationKey(field, p.organisationId);
  parseDistinct(
    field,
    list.map((p) => p.organisationId),
  );
  return [...list]
    .map((p) => ({ organisationId: p.organisationId, role: p.role }))
    .sort((a, b) => a.organisationId.localeCompare(b.organisationId));
}

/**
 * The members of a group in their order: at least one, each exactly one of a known organisation or
 * a Kommune of Brandenburg, none twice, at most one CHAIR.
 */
function parseMembers(
  field: string,
  list: readonly { organisationId?: string | null; ars?: string | null; role: GroupMemberRole }[],
): GroupMemberInput[] {
  if (list.length === 0) throw badUserInput(field, 'must name at least one member');
  const members = list.map((m, index) => {
    const at = `${field}[${index}]`;
    if ((m.organisationId == null) === (m.ars == null)) {
      throw badUserInput(at, 'give exactly one of organisationId (a partner organisation) and ars (a Kommune)');
    }
    return {
      organisationId: m.organisationId == null ? null : parseOrganisationKey(`${at}.organisationId`, m.organisationId),
      ars: m.ars == null ? null : parseKommuneArs(`${at}.ars`, m.ars),
      role: m.role,
    };
  });
  parseDistinct(
    field,
    members.map((m) => m.organisationId ?? m.ars ?? ''),
  );
  if (members.filter((m) => m.role === 'CHAIR').length > 1) throw badUserInput(field, 'at most one member may CHAIR');
  return members;
}

const ParticipantInputType = builder.inputType('ProjectParticipantInput', {
  description: 'A partner organisation taking part in a project, with its role (Umsetzungskonzept Kaz, §4).',
  fields: (t) => ({
    organisationId: t.id({ required: true, description: 'Organisation key, e.g. "dikom".' }),
    role: t.field({ type: ParticipantRoleEnum, required: true, description: 'How it takes part.' }),
  }),
});

const GroupMemberInputType = builder.inputType('ProjectGroupMemberInput', {
  description:
    'A member of a mixed project group (Umsetzungskonzept Kaz, §4): give exactly one of organisationId and ars.',
  fields: (t) => ({
    organisationId: t.id({ required: false, description: 'Organisation key of a partner (a Ressort, "lda" …).' }),
    ars: t.id({ required: false, description: 'ARS (12 digits) of a Kommune that sends its practitioners.' }),
    role: t.field({ type: GroupMemberRoleEnum, required: true, description: 'Its role in the group.' }),
  }),
});

const SetProjectParticipantsInput = builder.inputType('SetProjectParticipantsInput', {
  description: 'All partner organisations taking part in a project from now on (replaces the list).',
  fields: (t) => ({
    projectId: t.id({ required: true, description: 'Key of the project, e.g. "KAZ-2021-01".' }),
    version: versionInputField(t, 'project'),
    participants: t.field({
      type: [ParticipantInputType],
      required: true,
      description: 'The participants, each organisation once; may be empty.',
    }),
  }),
});

const CreateProjectGroupInput = builder.inputType('CreateProjectGroupInput', {
  description:
    'A new mixed project group (Ressorts, LDA, kommunale Praktiker) of a project (Umsetzungskonzept Kaz, §4).',
  fields: (t) => ({
    projectId: t.id({ required: true, description: 'Key of the project, e.g. "KAZ-2021-01".' }),
    name: t.string({ required: true, description: `Name (German), 1 to ${NAME_MAX} characters.` }),
    purpose: t.string({ required: true, description: `What the group works on, 1 to ${TEXT_MAX} characters.` }),
    members: t.field({
      type: [GroupMemberInputType],
      required: true,
      description: 'The members in order: at least one, each once, at most one CHAIR.',
    }),
  }),
});

const SetProjectGroupMembersInput = builder.inputType('SetProjectGroupMembersInput', {
  description: 'All members of a project group from now on (replaces the list).',
  fields: (t) => ({
    groupId: t.id({ required: true, description: 'Key of the group, "PG-XXXX-XXXX-XXXX".' }),
    version: versionInputField(t, 'project group'),
    members: t.field({
      type: [GroupMemberInputType],
      required: true,
      description: 'The members in order: at least one, each once, at most one CHAIR.',
    }),
  }),
});

const RecordReusableResultInput = builder.inputType('RecordReusableResultInput', {
  description: 'A result of a project offered for reuse (Nachnutzung, Umsetzungskonzept Kaz, §3).',
  fields: (t) => ({
    projectId: t.id({ required: true, description: 'Key of the project that produced it.' }),
    title: t.string({ required: true, description: `What the result is (German), 1 to ${NAME_MAX} characters.` }),
    description: t.string({ required: true, description: `What it does, 1 to ${TEXT_MAX} characters.` }),
    licence: t.string({
      required: true,
      description: 'Licence or basis of reuse, e.g. "EUPL-1.2" or "Nachnutzungsvereinbarung"; 1 to 100 characters.',
    }),
    terms: t.string({ required: true, description: `Terms of reuse (German), 1 to ${TEXT_MAX} characters.` }),
    contactMailbox: t.string({
      required: true,
      description:
        'A functional mailbox (Funktionspostfach) to contact, e.g. "nachnutzung@kaz.example"; no personal address.',
    }),
    availableSince: t.string({
      required: true,
      description: 'Since when it can be reused (YYYY-MM-DD), not before the project’s start.',
    }),
  }),
});

builder.mutationFields((t) => ({
  setProjectParticipants: t.field({
    type: ProjectRef,
    description:
      'Replaces the partner organisations taking part in a project and their roles (Umsetzungskonzept Kaz, §4); ' +
      'counts the project’s version up by one. Needs projects:write. NOT_FOUND for an unknown project, CONFLICT ' +
      'when `version` is not the stored one.',
    args: {
      input: t.arg({ type: SetProjectParticipantsInput, required: true, description: 'Project and participants.' }),
    },
    resolve: (_root, { input }, ctx, info) =>
      runMutation(ctx, info, 'projects:write', async () => {
        const id = parseProjectId('input.projectId', input.projectId);
        const version = parseVersion('input.version', input.version);
        const participants: ParticipantInput[] = parseParticipants('input.participants', input.participants);
        return {
          entityType: 'Project',
          entityId: id,
          work: async (trx) => {
            const row = expectVersion(await lockProject(trx, id), version, `project ${id}`);
            const before = await findParticipants(trx, id);
            await replaceParticipants(trx, row, participants);
            const updated = await updateProjectRow(trx, id, {});
            return {
              before: { id, version: row.version, participants: before },
              after: { id, version: updated.version, participants },
              result: updated,
            };
          },
        };
      }),
  }),
  createProjectGroup: t.field({
    type: ProjectGroupRef,
    description:
      'Creates a mixed project group (Ressorts, LDA, kommunale Praktiker) of a project (Umsetzungskonzept Kaz, §4) ' +
      'with version 1. Needs projects:write. NOT_FOUND for an unknown project.',
    args: { input: t.arg({ type: CreateProjectGroupInput, required: true, description: 'The new group.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runMutation(ctx, info, 'projects:write', async () => {
        const projectId = parseProjectId('input.projectId', input.projectId);
        const name = parseText('input.name', input.name, NAME_MAX);
        const purpose = parseText('input.purpose', input.purpose, TEXT_MAX);
        const members = parseMembers('input.members', input.members);
        return {
          entityType: 'ProjectGroup',
          entityId: '',
          work: async (trx) => {
            const project = await lockProject(trx, projectId);
            if (!project) throw clientError('NOT_FOUND', `no project ${projectId}`);
            const id = await newReference('PG-', (candidate) => projectGroupExists(trx, candidate));
            const group = await insertProjectGroup(trx, { id, project_id: projectId, name, purpose, is_sample: false });
            await replaceGroupMembers(trx, group, members);
            return {
              entityId: id,
              before: null,
              after: { id, projectId, name, purpose, members, version: group.version },
              result: group,
            };
          },
        };
      }),
  }),
  setProjectGroupMembers: t.field({
    type: ProjectGroupRef,
    description:
      'Replaces the members of a project group and counts its version up by one. Needs projects:write. ' +
      'NOT_FOUND for an unknown group, CONFLICT when `version` is not the stored one.',
    args: { input: t.arg({ type: SetProjectGroupMembersInput, required: true, description: 'Group and members.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runMutation(ctx, info, 'projects:write', async () => {
        const id = String(input.groupId);
        const version = parseVersion('input.version', input.version);
        const members = parseMembers('input.members', input.members);
        return {
          entityType: 'ProjectGroup',
          entityId: id,
          work: async (trx) => {
            const row = expectVersion(await lockProjectGroup(trx, id), version, `project group ${id}`);
            const before = await findGroupMembers(trx, id);
            await replaceGroupMembers(trx, row, members);
            const updated = await touchProjectGroup(trx, id);
            return {
              before: { id, version: row.version, members: before },
              after: { id, version: updated.version, members },
              result: updated,
            };
          },
        };
      }),
  }),
  recordReusableResult: t.field({
    type: ReusableResultRef,
    description:
      'Records a result of a project that other Kommunen may reuse (Nachnutzung, Umsetzungskonzept Kaz, §3), with ' +
      'its licence, terms and functional contact mailbox; version 1. Needs projects:write. NOT_FOUND for an ' +
      'unknown project.',
    args: { input: t.arg({ type: RecordReusableResultInput, required: true, description: 'The result.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runMutation(ctx, info, 'projects:write', async () => {
        const projectId = parseProjectId('input.projectId', input.projectId);
        const title = parseText('input.title', input.title, NAME_MAX);
        const description = parseText('input.description', input.description, TEXT_MAX);
        const licence = parseText('input.licence', input.licence, 100);
        const terms = parseText('input.terms', input.terms, TEXT_MAX);
        const mailbox = parseText('input.contactMailbox', input.contactMailbox, 254);
        if (!MAILBOX_PATTERN.test(mailbox)) {
          throw badUserInput(
            'input.contactMailbox',
            'must be one e-mail address, a functional mailbox like "nachnutzung@kaz.example"',
          );
        }
        const availableSince = parseDate('input.availableSince', input.availableSince, PROJECT_YEARS);
        return {
          entityType: 'ReusableResult',
          entityId: '',
          work: async (trx) => {
            const project = await lockProject(trx, projectId);
            if (!project) throw clientError('NOT_FOUND', `no project ${projectId}`);
            notBefore('input.availableSince', availableSince, project.start_date, 'the project’s start');
            const id = await newReference('NE-', (candidate) => reusableResultExists(trx, candidate));
            const row = await insertReusableResult(trx, {
              id,
              project_id: projectId,
              title,
              description,
              licence,
              terms,
              contact_mailbox: mailbox,
              available_since: availableSince,
              is_sample: false,
            });
            return {
              entityId: id,
              before: null,
              after: { id, projectId, title, description, licence, terms, contactMailbox: mailbox, availableSince },
              result: row,
            };
          },
        };
      }),
  }),
}));
