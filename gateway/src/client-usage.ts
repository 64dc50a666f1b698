import { createRequire } from 'node:module';
import type { ApolloServerPlugin, GraphQLRequest } from '@apollo/server';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { Counter, type Registry } from 'prom-client';

// graphql 16 has a CommonJS and an ESM build and no exports map: Apollo (loaded by Node) builds its
// schema with the CommonJS one, Vitest resolves our `import 'graphql'` to the ESM one, and graphql's
// instanceof checks fail across the two. Through require, the walk uses Apollo's build in every
// runner (as @kaz/limits does). This can go with graphql 17, whose exports map gives one build.
const { getNamedType, isEnumType, TypeInfo, visit, visitWithTypeInfo } = createRequire(import.meta.url)(
  'graphql',
) as typeof import('graphql');

/**
 * The registered clients (schema/registered-clients.json, written by `pnpm schema:manifest`): every
 * client's name, and for each registered document (sha256 of its text, as in the trusted-documents
 * manifest) the clients that registered it.
 */
export interface ClientRegistry {
  clients: readonly string[];
  documents: Readonly<Record<string, readonly string[]>>;
}

/** The header clients name themselves in (Apollo Client, Apollo's tools and others send it). */
export const CLIENT_NAME_HEADER = 'apollographql-client-name';

/** The label of a request whose header names a client that is not registered. */
export const OTHER_CLIENT = 'other';
/** The label of a request for an unregistered document without a client-name header. */
export const UNKNOWN_CLIENT = 'unknown';

/**
 * Which client a request is counted under (never more names than the registry has, plus `other` and
 * `unknown`, so that no request can add a label value):
 * - a registered document (by its hash): the client that registered it — the one the header names
 *   when several registered the same text, else the first;
 * - else the `apollographql-client-name` header when it names a registered client; `other` when it
 *   names anything else; `unknown` without the header.
 * The header is the client's own claim, not authentication: these counts show use, not identity.
 */
export function clientLabel(
  registry: ClientRegistry | undefined,
  queryHash: string | undefined,
  header: string | undefined,
) {
  const documentClients = queryHash && registry ? registry.documents[queryHash] : undefined;
  if (documentClients && documentClients.length > 0) {
    return header !== undefined && documentClients.includes(header) ? header : (documentClients[0] as string);
  }
  if (header === undefined || header === '') return UNKNOWN_CLIENT;
  return registry?.clients.includes(header) ? header : OTHER_CLIENT;
}

/**
 * The deprecated schema coordinates an operation document uses, sorted: fields (`Type.field`),
 * arguments (`Type.field.argument`) and enum values written in the document (`Enum.VALUE`).
 */
export function deprecatedCoordinates(schema: GraphQLSchema, document: DocumentNode): string[] {
  const found = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const field = typeInfo.getFieldDef();
        const parent = typeInfo.getParentType();
        if (field?.deprecationReason != null && parent) found.add(`${parent.name}.${field.name}`);
      },
      Argument() {
        const argument = typeInfo.getArgument();
        const field = typeInfo.getFieldDef();
        const parent = typeInfo.getParentType();
        if (argument?.deprecationReason != null && field && parent) {
          found.add(`${parent.name}.${field.name}.${argument.name}`);
        }
      },
      EnumValue() {
        const value = typeInfo.getEnumValue();
        const type = getNamedType(typeInfo.getInputType());
        if (value?.deprecationReason != null && isEnumType(type)) found.add(`${type.name}.${value.name}`);
      },
    }),
  );
  return [...found].sort();
}

/**
 * Counts the operations that ran (parsed, validated, operation resolved) by client, and each use of a
 * deprecated coordinate by client, so that an operator sees who still uses what is to be removed:
 * - `kaz_gateway_client_requests_total{client}`;
 * - `kaz_deprecated_field_usage_total{client,coordinate}` (coordinates of the schema only).
 * `client` as `clientLabel` finds it. A document's deprecated coordinates are worked out once.
 */
export function clientUsage(options: { registry: Registry; clients: ClientRegistry | undefined }) {
  const requests = new Counter({
    name: 'kaz_gateway_client_requests_total',
    help: `Operations run by client: the registered client of a registered document, else the ${CLIENT_NAME_HEADER} header when it names a registered client, "${OTHER_CLIENT}" for any other name, "${UNKNOWN_CLIENT}" without one`,
    labelNames: ['client'],
    registers: [options.registry],
  });
  const deprecatedUsage = new Counter({
    name: 'kaz_deprecated_field_usage_total',
    help: 'Operations that use a deprecated field, argument or enum value, by client and schema coordinate',
    labelNames: ['client', 'coordinate'],
    registers: [options.registry],
  });
  const coordinatesOf = new WeakMap<DocumentNode, string[]>();

  const plugin: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, queryHash, document, schema }) {
          const client = clientLabel(options.clients, queryHash, headerOf(request));
          requests.inc({ client });
          let coordinates = coordinatesOf.get(document);
          if (!coordinates) {
            coordinates = deprecatedCoordinates(schema, document);
            coordinatesOf.set(document, coordinates);
          }
          for (const coordinate of coordinates) deprecatedUsage.inc({ client, coordinate });
        },
      };
    },
  };
  return { plugin };
}

function headerOf(request: GraphQLRequest): string | undefined {
  return request.http?.headers.get(CLIENT_NAME_HEADER)?.trim();
}
