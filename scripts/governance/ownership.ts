import { type DefinitionNode, type DirectiveNode, Kind, parse } from 'graphql';

/** A partner of the hub as schema/ownership.json names it. */
export interface Partner {
  /** Its full name, e.g. "CERT-Brandenburg". */
  name: string;
  /** Who approves a change of the partner's types and fields (roles or people, with a contact). */
  approvers: string[];
}

/** schema/ownership.json: the partners and which partner owns which subgraph. */
export interface Ownership {
  partners: Record<string, Partner>;
  /** Subgraph name → partner id (a key of `partners`). */
  subgraphs: Record<string, string>;
}

/**
 * Which subgraphs define each schema coordinate of a supergraph, read from its join directives:
 * - a type: the subgraphs whose `@join__type` is not an `extension` (an entity's origin; all of them
 *   for a value type that several subgraphs share);
 * - a field or input field: the subgraphs of its `@join__field`s that are not `external`; without
 *   any, the type's subgraphs as above (a key field belongs to the entity's origin);
 * - an enum value: its `@join__enumValue` subgraphs, else the enum's.
 * Arguments (`Type.field.arg`) belong to their field. Subgraph names are the `@join__graph` names.
 */
export class CoordinateOwners {
  readonly #owners = new Map<string, string[]>();

  constructor(supergraphSdl: string) {
    const document = parse(supergraphSdl, { noLocation: true });
    const graphNames = graphNamesOf(document.definitions);
    const graphsOf = (directives: readonly DirectiveNode[] | undefined, name: string, skip: string) =>
      (directives ?? [])
        .filter((directive) => directive.name.value === name && !booleanArgument(directive, skip))
        .map((directive) => graphNames.get(enumArgument(directive, 'graph') ?? '') ?? '')
        .filter((graph) => graph !== '');
    for (const definition of document.definitions) {
      if (!('name' in definition) || !definition.name || definition.kind === Kind.DIRECTIVE_DEFINITION) continue;
      const typeName = definition.name.value;
      if (typeName.startsWith('join__') || typeName.startsWith('link__')) continue;
      const typeOwners = graphsOf(definition.directives, 'join__type', 'extension');
      const allGraphs = graphsOf(definition.directives, 'join__type', '');
      const ownersOfType = typeOwners.length > 0 ? typeOwners : allGraphs;
      this.#owners.set(typeName, ownersOfType);
      if ('fields' in definition) {
        for (const field of definition.fields ?? []) {
          const fieldOwners = graphsOf(field.directives, 'join__field', 'external');
          this.#owners.set(`${typeName}.${field.name.value}`, fieldOwners.length > 0 ? fieldOwners : ownersOfType);
        }
      }
      if (definition.kind === Kind.ENUM_TYPE_DEFINITION) {
        for (const value of definition.values ?? []) {
          const valueOwners = graphsOf(value.directives, 'join__enumValue', '');
          this.#owners.set(`${typeName}.${value.name.value}`, valueOwners.length > 0 ? valueOwners : ownersOfType);
        }
      }
    }
  }

  /**
   * The subgraphs that define `coordinate` ("Type", "Type.field", "Type.field.arg", "Enum.VALUE"),
   * sorted; empty for a coordinate the supergraph does not have.
   */
  of(coordinate: string): string[] {
    const [type, field] = coordinate.split('.');
    const owners = this.#owners.get(field === undefined ? `${type}` : `${type}.${field}`) ?? [];
    return [...new Set(owners)].sort();
  }
}

/** join__Graph value (e.g. SECURITY) → subgraph name (e.g. "security"). */
function graphNamesOf(definitions: readonly DefinitionNode[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const definition of definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') continue;
    for (const value of definition.values ?? []) {
      const graph = value.directives?.find((directive) => directive.name.value === 'join__graph');
      const name = graph?.arguments?.find((argument) => argument.name.value === 'name')?.value;
      if (name?.kind === Kind.STRING) names.set(value.name.value, name.value);
    }
  }
  return names;
}

function enumArgument(directive: DirectiveNode, name: string): string | undefined {
  const value = directive.arguments?.find((argument) => argument.name.value === name)?.value;
  return value?.kind === Kind.ENUM ? value.value : undefined;
}

function booleanArgument(directive: DirectiveNode, name: string): boolean {
  const value = directive.arguments?.find((argument) => argument.name.value === name)?.value;
  return value?.kind === Kind.BOOLEAN && value.value;
}

/**
 * The problems of an ownership file for the subgraphs of a supergraph: a subgraph without an owner,
 * an owner that is not a partner, a partner without approvers. Empty when all is well.
 */
export function ownershipProblems(ownership: Ownership, subgraphNames: readonly string[]): string[] {
  const problems: string[] = [];
  for (const name of subgraphNames) {
    const partner = ownership.subgraphs[name];
    if (partner === undefined) problems.push(`the subgraph "${name}" has no owner in schema/ownership.json`);
    else if (!Object.hasOwn(ownership.partners, partner)) {
      problems.push(`the subgraph "${name}" is owned by "${partner}", which is not a partner in schema/ownership.json`);
    }
  }
  for (const [id, partner] of Object.entries(ownership.partners)) {
    if (!Array.isArray(partner.approvers) || partner.approvers.length === 0) {
      problems.push(`the partner "${id}" names no approvers in schema/ownership.json`);
    }
  }
  return problems;
}

/** The subgraph names of a supergraph (its `@join__graph` names), in its order. */
export function subgraphNamesOf(supergraphSdl: string): string[] {
  return [...graphNamesOf(parse(supergraphSdl, { noLocation: true }).definitions).values()];
}
