/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query CockpitOzgRollout {\n  ozgRolloutCoverage(by: LANDKREIS) {\n    landkreis {\n      ars\n      name\n    }\n    kommunen\n    planned\n    inProgress\n    online\n    onlineShare\n  }\n}": typeof types.CockpitOzgRolloutDocument,
    "query CockpitOverview($fromYear: Int!, $toYear: Int!, $incidentsFrom: String!, $incidentsTo: String!) {\n  projects(first: 0) {\n    totalCount\n  }\n  projectStatistics {\n    byPhase {\n      phase\n      projectCount\n    }\n    byThemenfeld {\n      themenfeld\n      projectCount\n    }\n    byDistrict {\n      district {\n        ars\n        name\n      }\n      projectCount\n      participatingKommunen\n    }\n    ozgCoverage {\n      district {\n        ars\n        name\n      }\n      ozgServiceCount\n      kommunenCount\n    }\n  }\n  programmeFunding(fromYear: $fromYear, toYear: $toYear) {\n    year\n    targetEur\n    landPlannedEur\n    landSpentEur\n    plannedMeetsTarget\n    spentMeetsTarget\n    landProjectCount\n    bySource {\n      source\n      plannedEur\n      spentEur\n    }\n  }\n  licenceTotals {\n    seats\n    allocatedSeats\n    annualCostEur\n  }\n  licenceStatistics {\n    district {\n      ars\n      name\n    }\n    allocatedSeats\n    licenceCount\n    annualCostEur\n  }\n  incidentStatistics(from: $incidentsFrom, to: $incidentsTo) {\n    month\n    severity\n    count\n  }\n  incidentTotals {\n    open\n    resolved\n    overdueLdaNotifications\n  }\n  deadlines(withinDays: 60) {\n    id\n    asOf\n    until\n    withinDays\n    workOrders(first: 100) {\n      id\n      recordKey\n      title\n      dueOn\n      overdue\n    }\n    certificates(first: 100) {\n      id\n      recordKey\n      title\n      dueOn\n      overdue\n    }\n  }\n}": typeof types.CockpitOverviewDocument,
};
const documents: Documents = {
    "query CockpitOzgRollout {\n  ozgRolloutCoverage(by: LANDKREIS) {\n    landkreis {\n      ars\n      name\n    }\n    kommunen\n    planned\n    inProgress\n    online\n    onlineShare\n  }\n}": types.CockpitOzgRolloutDocument,
    "query CockpitOverview($fromYear: Int!, $toYear: Int!, $incidentsFrom: String!, $incidentsTo: String!) {\n  projects(first: 0) {\n    totalCount\n  }\n  projectStatistics {\n    byPhase {\n      phase\n      projectCount\n    }\n    byThemenfeld {\n      themenfeld\n      projectCount\n    }\n    byDistrict {\n      district {\n        ars\n        name\n      }\n      projectCount\n      participatingKommunen\n    }\n    ozgCoverage {\n      district {\n        ars\n        name\n      }\n      ozgServiceCount\n      kommunenCount\n    }\n  }\n  programmeFunding(fromYear: $fromYear, toYear: $toYear) {\n    year\n    targetEur\n    landPlannedEur\n    landSpentEur\n    plannedMeetsTarget\n    spentMeetsTarget\n    landProjectCount\n    bySource {\n      source\n      plannedEur\n      spentEur\n    }\n  }\n  licenceTotals {\n    seats\n    allocatedSeats\n    annualCostEur\n  }\n  licenceStatistics {\n    district {\n      ars\n      name\n    }\n    allocatedSeats\n    licenceCount\n    annualCostEur\n  }\n  incidentStatistics(from: $incidentsFrom, to: $incidentsTo) {\n    month\n    severity\n    count\n  }\n  incidentTotals {\n    open\n    resolved\n    overdueLdaNotifications\n  }\n  deadlines(withinDays: 60) {\n    id\n    asOf\n    until\n    withinDays\n    workOrders(first: 100) {\n      id\n      recordKey\n      title\n      dueOn\n      overdue\n    }\n    certificates(first: 100) {\n      id\n      recordKey\n      title\n      dueOn\n      overdue\n    }\n  }\n}": types.CockpitOverviewDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CockpitOzgRollout {\n  ozgRolloutCoverage(by: LANDKREIS) {\n    landkreis {\n      ars\n      name\n    }\n    kommunen\n    planned\n    inProgress\n    online\n    onlineShare\n  }\n}"): typeof import('./graphql').CockpitOzgRolloutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CockpitOverview($fromYear: Int!, $toYear: Int!, $incidentsFrom: String!, $incidentsTo: String!) {\n  projects(first: 0) {\n    totalCount\n  }\n  projectStatistics {\n    byPhase {\n      phase\n      projectCount\n    }\n    byThemenfeld {\n      themenfeld\n      projectCount\n    }\n    byDistrict {\n      district {\n        ars\n        name\n      }\n      projectCount\n      participatingKommunen\n    }\n    ozgCoverage {\n      district {\n        ars\n        name\n      }\n      ozgServiceCount\n      kommunenCount\n    }\n  }\n  programmeFunding(fromYear: $fromYear, toYear: $toYear) {\n    year\n    targetEur\n    landPlannedEur\n    landSpentEur\n    plannedMeetsTarget\n    spentMeetsTarget\n    landProjectCount\n    bySource {\n      source\n      plannedEur\n      spentEur\n    }\n  }\n  licenceTotals {\n    seats\n    allocatedSeats\n    annualCostEur\n  }\n  licenceStatistics {\n    district {\n      ars\n      name\n    }\n    allocatedSeats\n    licenceCount\n    annualCostEur\n  }\n  incidentStatistics(from: $incidentsFrom, to: $incidentsTo) {\n    month\n    severity\n    count\n  }\n  incidentTotals {\n    open\n    resolved\n    overdueLdaNotifications\n  }\n  deadlines(withinDays: 60) {\n    id\n    asOf\n    until\n    withinDays\n    workOrders(first: 100) {\n      id\n      recordKey\n      title\n      dueOn\n      overdue\n    }\n    certificates(first: 100) {\n      id\n      recordKey\n      title\n      dueOn\n      overdue\n    }\n  }\n}"): typeof import('./graphql').CockpitOverviewDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
