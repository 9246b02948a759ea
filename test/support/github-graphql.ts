/**
 * The GraphQL half of the fake GitHub: every query is parsed and validated against GitHub's published schema
 * (`@octokit/graphql-schema`) with graphql-js, the same way REST requests are checked against the OpenAPI
 * description, and then executed by graphql-js over the fake's state. Only the fields the action uses have
 * resolvers; a query GitHub would refuse is answered as GitHub answers it (200 with `errors`) and recorded.
 */
import { schema as published } from '@octokit/graphql-schema';
import { buildClientSchema, execute, GraphQLError, parse, validate, type DocumentNode, type GraphQLSchema, type IntrospectionQuery } from 'graphql';

let cached: GraphQLSchema | undefined;

/** GitHub's schema from its published introspection result (its IDL repeats a few fields), built once per process. */
export function githubSchema(): GraphQLSchema {
  return (cached ??= buildClientSchema(published.json as unknown as IntrospectionQuery));
}

export interface GraphqlAnswer {
  body: { data?: unknown; errors?: { message: string; type?: string; path?: readonly (string | number)[] }[] };
  /** Why the request is not one GitHub would accept: empty when it is. */
  problems: string[];
}

/** GitHub's error for a token that may not do this (what a read-only token gets for a mutation). */
export function forbidden(message = 'Resource not accessible by integration'): GraphQLError {
  return new GraphQLError(message, { extensions: { type: 'FORBIDDEN' } });
}

/** Parses, validates against GitHub's schema, and executes `request` with `root` as the Query and Mutation root. */
export async function answerGraphql(request: unknown, root: Record<string, unknown>): Promise<GraphqlAnswer> {
  const { query, variables } = (request ?? {}) as { query?: unknown; variables?: unknown };
  if (typeof query !== 'string') return { body: { errors: [{ message: 'A query attribute must be specified and must be a string.' }] }, problems: ['no query string'] };
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch (err) {
    return { body: { errors: [{ message: (err as Error).message, type: 'PARSE' }] }, problems: [`parse: ${(err as Error).message}`] };
  }
  const invalid = validate(githubSchema(), document);
  if (invalid.length) return { body: { errors: invalid.map((e) => ({ message: e.message })) }, problems: invalid.map((e) => `schema: ${e.message}`) };
  const result = await execute({
    schema: githubSchema(),
    document,
    rootValue: root,
    variableValues: (variables ?? {}) as Record<string, unknown>,
  });
  const problems: string[] = [];
  const errors = result.errors?.map((e) => {
    const type = e.extensions?.type as string | undefined;
    // A FORBIDDEN is GitHub's answer, not a mistake in the request; anything else is (a variable of the wrong type).
    if (type !== 'FORBIDDEN' && type !== 'NOT_FOUND') problems.push(`execute: ${e.message}`);
    return { message: e.message, ...(type ? { type } : {}), ...(e.path ? { path: e.path } : {}) };
  });
  return { body: { data: result.data ?? null, ...(errors?.length ? { errors } : {}) }, problems };
}

/** A connection page (`first`/`after`) over `items`, with opaque cursors, as GitHub's connections answer. */
export function connection<T>(items: readonly T[], args: { first?: number | null; after?: string | null }): { nodes: T[]; totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null } } {
  const start = args.after ? Number(Buffer.from(args.after, 'base64').toString('utf8').replace(/^cursor:/, '')) : 0;
  const first = Math.min(100, args.first ?? 100);
  const nodes = items.slice(start, start + first);
  const end = start + nodes.length;
  return {
    nodes,
    totalCount: items.length,
    pageInfo: { hasNextPage: end < items.length, endCursor: nodes.length ? Buffer.from(`cursor:${end}`).toString('base64') : null },
  };
}
