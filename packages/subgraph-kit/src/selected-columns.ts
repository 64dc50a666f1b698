import { createRequire } from 'node:module';
import type {
  FieldNode,
  FragmentDefinitionNode,
  GraphQLField,
  GraphQLObjectType,
  GraphQLResolveInfo,
  SelectionSetNode,
} from 'graphql';

// The CommonJS build of graphql, whose types the schema is made of (see compiled-execution.ts).
const { getNamedType } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/**
 * The columns each field of an item type reads from its row, for the fields that compute something
 * (those that `t.expose…` a column need no entry: their column is the one they expose).
 */
export type ColumnsOfFields<Column extends string> = Readonly<Record<string, readonly Column[]>>;

/**
 * The columns the rows of a connection field (`…Connection`, being resolved: `info`) must carry for
 * what the request selects on its items, `nodes { … }` and `edges { node { … } }` (with fragments):
 * for a field the item type exposes (`t.exposeString('display_name')`) its column, for one in
 * `computed` the columns it names there, for `__typename` none; `key` always. Undefined, meaning every
 * column, when a selected field is neither (a field added later reads the whole row until it is named
 * in `computed`), so that a row never lacks what a resolver reads.
 *
 * For a list the client reads a few columns of (the Gemeinden reference list: 6 of 16), the database
 * sends, and the driver parses, only those. A row read this way is partial: it must not be cached as
 * a whole row (prime no by-key loader with it). `@skip`/`@include` are not evaluated: a field that
 * might be skipped counts, which can only add columns. Kept per field of a parsed document.
 */
export function connectionColumns<Column extends string>(
  info: GraphQLResolveInfo,
  computed: ColumnsOfFields<Column>,
  key: readonly Column[],
): Column[] | undefined {
  const node = info.fieldNodes.length === 1 ? info.fieldNodes[0] : undefined;
  const kept = node && byFieldNode.get(node);
  if (kept !== undefined) return (kept ?? undefined) as Column[] | undefined;
  const columns = findColumns(info, computed, key);
  if (node) byFieldNode.set(node, columns ?? null);
  return columns;
}

// What connectionColumns found for a field of a parsed document: the same for every request that
// runs that document (variables do not change which fields are selected).
const byFieldNode = new WeakMap<FieldNode, string[] | null>();

function findColumns<Column extends string>(
  info: GraphQLResolveInfo,
  computed: ColumnsOfFields<Column>,
  key: readonly Column[],
): Column[] | undefined {
  const connection = getNamedType(info.returnType) as GraphQLObjectType;
  const nodesField = connection.getFields().nodes;
  if (!nodesField) return undefined;
  const item = getNamedType(nodesField.type) as GraphQLObjectType;
  const itemFields = item.getFields();
  const columns = new Set<Column>(key);
  const itemSelections: SelectionSetNode[] = [];
  for (const field of fieldsOf(
    info.fieldNodes.map((node) => node.selectionSet),
    info.fragments,
  )) {
    if (field.name.value === 'nodes' && field.selectionSet) itemSelections.push(field.selectionSet);
    if (field.name.value === 'edges') {
      for (const edgeField of fieldsOf([field.selectionSet], info.fragments)) {
        if (edgeField.name.value === 'node' && edgeField.selectionSet) itemSelections.push(edgeField.selectionSet);
      }
    }
  }
  for (const field of fieldsOf(itemSelections, info.fragments)) {
    const name = field.name.value;
    if (name === '__typename') continue;
    const read = columnsOfField(itemFields[name], computed[name]);
    if (!read) return undefined;
    for (const column of read) columns.add(column as Column);
  }
  return [...columns];
}

/** The columns one field reads: its entry in `computed`, else the column it exposes; else unknown. */
function columnsOfField(
  field: GraphQLField<unknown, unknown> | undefined,
  computed: readonly string[] | undefined,
): readonly string[] | undefined {
  if (computed) return computed;
  const exposed = field?.extensions?.pothosExposedField;
  return typeof exposed === 'string' ? [exposed] : undefined;
}

/** The fields of these selection sets, into inline fragments and fragment spreads. */
function* fieldsOf(
  sets: readonly (SelectionSetNode | undefined)[],
  fragments: Record<string, FragmentDefinitionNode>,
): Generator<FieldNode> {
  for (const set of sets) {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === 'Field') yield selection;
      else if (selection.kind === 'InlineFragment') yield* fieldsOf([selection.selectionSet], fragments);
      else yield* fieldsOf([fragments[selection.name.value]?.selectionSet], fragments);
    }
  }
}
