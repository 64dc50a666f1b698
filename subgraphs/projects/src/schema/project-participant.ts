import { listSize, loadPage, pageArgs, SAMPLE_RECORDS_NOTE, sampleFlagField, versionField } from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';
import type {
  GROUP_MEMBER_ROLES,
  PARTICIPANT_ROLES,
  ParticipantRole,
  ProjectGroupMemberRow,
  ProjectGroupRow,
  ProjectParticipantRow,
} from '../db/cooperation.ts';
import { MunicipalityRef, OrganisationRef, ProjectConnection, ProjectRef } from './refs.ts';

const SECTION = '(Umsetzungskonzept Kaz, §4)';

/** How an organisation takes part in a project. */
export const ParticipantRoleEnum = builder.enumType('ProjectParticipantRole', {
  description: `How a partner organisation takes part in a project ${SECTION}.`,
  values: {
    PARTICIPANT: { description: 'Beteiligt: takes part in the work (e.g. DIKOM for its member Gemeinden).' },
    OPERATOR: { description: 'Betreiber: runs the result in operation (e.g. the ZIT-BB or DIKOM).' },
    SPONSOR: { description: 'Förderer/Auftraggeber: funds or commissions the project, without leading it.' },
  } satisfies Record<(typeof PARTICIPANT_ROLES)[number], { description: string }>,
});

/** The role of a member of a project group. */
export const GroupMemberRoleEnum = builder.enumType('ProjectGroupMemberRole', {
  description: `The role of a member of a mixed project group ${SECTION}.`,
  values: {
    CHAIR: { description: 'Vorsitz: leads the group.' },
    MEMBER: { description: 'Mitglied: a member with a say (a Ressort, a Kommune’s practitioners).' },
    ADVISORY: { description: 'Beratend: advises without a vote (e.g. the LDA on data protection).' },
  } satisfies Record<(typeof GROUP_MEMBER_ROLES)[number], { description: string }>,
});

const ProjectParticipantRef = builder.objectRef<ProjectParticipantRow>('ProjectParticipant');
/** A mixed project group; implemented below. */
export const ProjectGroupRef = builder.objectRef<ProjectGroupRow>('ProjectGroup');
const ProjectGroupMemberRef = builder.objectRef<ProjectGroupMemberRow>('ProjectGroupMember');

ProjectParticipantRef.implement({
  description:
    `A partner organisation that takes part in a project beyond its coordinator and lead ministry ${SECTION}, ` +
    `with its role. Owned by the Kaz (projects subgraph). ${SAMPLE_RECORDS_NOTE}`,
  fields: (t) => ({
    organisation: t.field({
      type: OrganisationRef,
      description: 'The organisation (e.g. DIKOM, the ZIT-BB, a ministry).',
      resolve: (row) => ({ id: row.organisation_id }),
    }),
    role: t.field({ type: ParticipantRoleEnum, description: 'How it takes part.', resolve: (row) => row.role }),
    isSample: sampleFlagField(t),
  }),
});

ProjectGroupMemberRef.implement({
  description:
    `A member of a mixed project group ${SECTION}: a partner organisation (a Ressort, the LDA, DIKOM …) or a ` +
    'Kommune that sends its practitioners (kommunale Praktiker); exactly one of `organisation` and `municipality` is set.',
  fields: (t) => ({
    organisation: t.field({
      type: OrganisationRef,
      nullable: true,
      description: 'The member when it is a partner organisation; null for a Kommune.',
      resolve: (row) => (row.organisation_id ? { id: row.organisation_id } : null),
    }),
    municipality: t.field({
      type: MunicipalityRef,
      nullable: true,
      description: 'The member when it is a Kommune (kommunale Praktiker); null for an organisation.',
      resolve: (row) => (row.ars ? { ars: row.ars } : null),
    }),
    role: t.field({ type: GroupMemberRoleEnum, description: 'Its role in the group.', resolve: (row) => row.role }),
    isSample: sampleFlagField(t),
  }),
});

ProjectGroupRef.implement({
  description:
    `Gemischte Projektgruppe: a mixed project group of Ressorts, the LDA and kommunale Praktiker attached to a ` +
    `project ${SECTION}. Owned by the Kaz (projects subgraph). ${SAMPLE_RECORDS_NOTE}`,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Key of the group, "PG-XXXX-XXXX-XXXX"; it never changes.' }),
    name: t.exposeString('name', { description: 'Name of the group (German).' }),
    purpose: t.exposeString('purpose', { description: 'What the group works on (German).' }),
    project: t.field({
      type: ProjectRef,
      description: 'The project the group belongs to.',
      resolve: async (group, _args, ctx) => {
        const project = await ctx.loaders.projectById.load(group.project_id);
        if (!project) throw new Error(`project ${group.project_id} of group ${group.id} is missing`);
        return project;
      },
    }),
    members: t.field({
      directives: listSize(30),
      type: [ProjectGroupMemberRef],
      description: 'The members, in their order.',
      resolve: (group, _args, ctx) => ctx.loaders.membersOfProjectGroup.load(group.id),
    }),
    version: versionField(t, 'project group'),
    isSample: sampleFlagField(t),
  }),
});

builder.objectFields(ProjectRef, (t) => ({
  participants: t.field({
    directives: listSize(20),
    type: [ProjectParticipantRef],
    description:
      `The partner organisations that take part in the project beyond its coordinator and lead ministry, with ` +
      `their role (e.g. DIKOM as OPERATOR), ordered by role, then organisation ${SECTION}. Public.`,
    resolve: (project, _args, ctx) => ctx.loaders.participantsOfProject.load(project.id),
  }),
  groups: t.field({
    directives: listSize(10),
    type: [ProjectGroupRef],
    description: `The mixed project groups (Ressorts, LDA, kommunale Praktiker) of the project, by name ${SECTION}. Public.`,
    resolve: (project, _args, ctx) => ctx.loaders.groupsOfProject.load(project.id),
  }),
}));

builder.objectFields(OrganisationRef, (t) => ({
  projects: t.field({
    type: ProjectConnection,
    description:
      `The projects this organisation takes part in as a participant (ProjectParticipant), in the given role or in ` +
      `any role, ordered by id ${SECTION}. Public. Leading and coordinating are in ledProjects and coordinatedProjects.`,
    args: {
      ...pageArgs(t.arg),
      role: t.arg({
        type: ParticipantRoleEnum,
        required: false,
        description: 'Only projects it takes part in with this role; all roles when left out.',
      }),
    },
    resolve: (organisation, args, ctx) => {
      const loaders: Record<ParticipantRole, typeof ctx.loaders.projectsOfParticipant> = {
        PARTICIPANT: ctx.loaders.projectsOfParticipantAsParticipant,
        OPERATOR: ctx.loaders.projectsOfParticipantAsOperator,
        SPONSOR: ctx.loaders.projectsOfParticipantAsSponsor,
      };
      const loader = args.role ? loaders[args.role] : ctx.loaders.projectsOfParticipant;
      return loadPage(args, (page) => loader.load({ parent: organisation.id, ...page }));
    },
  }),
}));

builder.queryFields((t) => ({
  projectGroup: t.field({
    type: ProjectGroupRef,
    nullable: true,
    description: `One mixed project group by key ${SECTION}; null for an unknown key. Public.`,
    args: { id: t.arg.id({ required: true, description: 'Key of the group, "PG-XXXX-XXXX-XXXX".' }) },
    resolve: (_root, { id }, ctx) => ctx.loaders.projectGroupById.load(String(id)),
  }),
}));
