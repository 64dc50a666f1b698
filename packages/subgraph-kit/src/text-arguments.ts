import type { GraphQLField, GraphQLInputType, GraphQLNamedType, GraphQLSchema } from 'graphql';
import { badUserInput } from './errors.ts';

const NUL = '\u0000';

/**
 * Makes every field of `schema` that takes text (a String or ID argument, also inside lists and input
 * objects) refuse a value holding the NUL character (U+0000) with BAD_USER_INPUT naming the argument
 * (`id`, `filter.nameContains`, `input.title`), before its resolver runs. PostgreSQL cannot hold that
 * character in text, not even as a parameter of a lookup, so without this check a key or filter with it
 * failed as INTERNAL_SERVER_ERROR. Changes the resolvers of `schema` in place and returns it.
 */
export function refuseNulInTextArguments(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (kindOf(type) !== 'GraphQLObjectType' || type.name.startsWith('__')) continue;
    const fields = (type as unknown as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields();
    for (const field of Object.values(fields)) {
      const textArguments = field.args.filter((arg) => takesText(arg.type, new Set()));
      const resolve = field.resolve;
      if (textArguments.length === 0 || !resolve) continue;
      field.resolve = (source, args, context, info) => {
        for (const arg of textArguments) checkText(arg.name, args[arg.name], arg.type);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}

// Types are told apart by their tag, not with graphql's `isObjectType` and friends: those use
// `instanceof`, and Pothos may have built the schema with graphql's other build (CommonJS or ESM; see
// packages/limits/src/operation-cost.ts). This can go with graphql 17, whose exports map gives one build.
function kindOf(type: unknown): string {
  return (type as { [Symbol.toStringTag]?: string })[Symbol.toStringTag] ?? '';
}

function unwrap(type: GraphQLInputType): GraphQLNamedType {
  let inner: unknown = type;
  while (kindOf(inner) === 'GraphQLNonNull' || kindOf(inner) === 'GraphQLList')
    inner = (inner as { ofType: unknown }).ofType;
  return inner as GraphQLNamedType;
}

function inputFields(type: unknown): Record<string, { type: GraphQLInputType }> {
  return (type as { getFields(): Record<string, { type: GraphQLInputType }> }).getFields();
}

function takesText(type: GraphQLInputType, seen: Set<string>): boolean {
  const named = unwrap(type);
  if (named.name === 'String' || named.name === 'ID') return true;
  if (kindOf(named) !== 'GraphQLInputObjectType' || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(inputFields(named)).some((field) => takesText(field.type, seen));
}

function checkText(path: string, value: unknown, type: GraphQLInputType): void {
  if (value === null || value === undefined) return;
  const nullable = kindOf(type) === 'GraphQLNonNull' ? (type as { ofType: GraphQLInputType }).ofType : type;
  if (kindOf(nullable) === 'GraphQLList') {
    const item = (nullable as { ofType: GraphQLInputType }).ofType;
    for (const entry of Array.isArray(value) ? value : [value]) checkText(path, entry, item);
  } else if (kindOf(nullable) === 'GraphQLInputObjectType') {
    for (const [name, field] of Object.entries(inputFields(nullable))) {
      checkText(`${path}.${name}`, (value as Record<string, unknown>)[name], field.type);
    }
  } else if (typeof value === 'string' && value.includes(NUL)) {
    throw badUserInput(path, 'must not contain the NUL character (U+0000)');
  }
}
