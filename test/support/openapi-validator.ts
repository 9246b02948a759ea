/**
 * Checks requests against GitHub's published OpenAPI description of its REST API (`@octokit/openapi`),
 * so the fake GitHub server refuses what the real one would refuse: an unknown route, a body that does
 * not fit the operation's schema, an unknown or malformed query parameter.
 *
 * The description is 13 MB; it is read once per process on first use, and each operation's schema is
 * compiled on first use and cached, so a test file pays only for the operations it touches.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import formatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export interface OperationMatch {
  /** e.g. `POST /repos/{owner}/{repo}/check-runs`: the method and GitHub's own path template. */
  key: string;
  method: string;
  template: string;
  operationId: string;
  /** Path parameters by GitHub's names (`owner`, `repo`, `pull_number`, ...), URL-decoded. */
  params: Record<string, string>;
}

interface Route {
  method: string;
  template: string;
  segments: string[];
  /** Which segments are literal: the most literal template wins (`pulls/comments` beats `pulls/{pull_number}`). */
  literal: boolean[];
  operation: JsonObject;
}

interface Spec {
  doc: JsonObject;
  routes: Map<number, Route[]>; // by segment count
}

let spec: Spec | undefined;

/** The path of the api.github.com description (not the dereferenced one: ajv resolves the $refs itself, and it is 5x smaller). */
export function openApiDescriptionPath(): string {
  return createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
}

function loadSpec(): Spec {
  if (spec) return spec;
  const doc = JSON.parse(readFileSync(openApiDescriptionPath(), 'utf8')) as JsonObject;
  nullableToAnyOf(doc);
  const routes = new Map<number, Route[]>();
  for (const [template, item] of Object.entries(doc.paths as JsonObject)) {
    for (const [method, operation] of Object.entries(item as JsonObject)) {
      if (!['get', 'put', 'post', 'patch', 'delete', 'head', 'options'].includes(method)) continue;
      const segments = template.split('/').slice(1);
      const route: Route = {
        method: method.toUpperCase(),
        template,
        segments,
        literal: segments.map((s) => !/^\{.+\}$/.test(s)),
        operation: operation as JsonObject,
      };
      const list = routes.get(segments.length) ?? [];
      list.push(route);
      routes.set(segments.length, list);
    }
  }
  spec = { doc, routes };
  return spec;
}

/**
 * OpenAPI 3.0 writes "may be null" as `nullable: true`. ajv understands that only next to a `type`; GitHub's
 * description also puts it beside `allOf`/`oneOf`/`$ref` alone, so those become `anyOf: [schema, {type: null}]`.
 */
function nullableToAnyOf(node: Json): void {
  if (Array.isArray(node)) {
    for (const n of node) nullableToAnyOf(n);
    return;
  }
  if (!node || typeof node !== 'object') return;
  for (const v of Object.values(node)) nullableToAnyOf(v);
  if (node.nullable === true && node.type === undefined) {
    const inner: JsonObject = { ...node };
    delete inner.nullable;
    for (const k of Object.keys(node)) delete node[k];
    node.anyOf = [inner, { type: 'null' }];
  }
}

/** Compare two literal masks: the one with a literal segment earliest where they differ is more specific. */
function moreSpecific(a: boolean[], b: boolean[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] === true;
  return false;
}

/** Find the operation for a method and a concrete path (`/repos/o/r/pulls/1`); undefined when GitHub has none. */
export function matchOperation(method: string, pathname: string): OperationMatch | undefined {
  const { routes } = loadSpec();
  const parts = pathname.replace(/\/+$/, '').split('/').slice(1);
  let best: Route | undefined;
  for (const route of routes.get(parts.length) ?? []) {
    if (route.method !== method.toUpperCase()) continue;
    if (!route.segments.every((s, i) => !route.literal[i] || s === parts[i])) continue;
    if (!best || moreSpecific(route.literal, best.literal)) best = route;
  }
  if (!best) return undefined;
  const params: Record<string, string> = {};
  best.segments.forEach((s, i) => {
    if (!best.literal[i]) params[s.slice(1, -1)] = decodeURIComponent(parts[i] ?? '');
  });
  return {
    key: `${best.method} ${best.template}`,
    method: best.method,
    template: best.template,
    operationId: String(best.operation.operationId ?? ''),
    params,
  };
}

let ajv: Ajv | undefined;
let queryAjv: Ajv | undefined;

function newAjv(coerce: boolean): Ajv {
  const a = new Ajv({
    // OpenAPI 3.0 schemas carry keywords that are not JSON Schema (example, x-github, discriminator...):
    // ignore them rather than refuse the schema. `nullable` is understood by ajv itself.
    strict: false,
    allErrors: true,
    coerceTypes: coerce ? 'array' : false,
    useDefaults: false,
    logger: false,
  });
  const addFormats = formatsModule.default;
  addFormats(a);
  // OpenAPI's own formats and GitHub's: not checked beyond the type, as GitHub's docs define no syntax for them.
  for (const f of ['int32', 'int64', 'double', 'float', 'binary', 'byte', 'repo.nwo', 'timestamp', 'password']) a.addFormat(f, true);
  return a;
}

function bodyAjv(): Ajv {
  if (!ajv) {
    ajv = newAjv(false);
    // The whole description is registered once under an id (ajv only indexes it, compiling nothing), so each
    // operation's schema is compiled on demand as a $ref into it and its own `#/components/...` refs resolve.
    const { doc } = loadSpec();
    ajv.addSchema({ $id: 'github', paths: doc.paths, components: doc.components } as object);
  }
  return ajv;
}

const pointer = (...parts: string[]): string => parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

const bodyValidators = new Map<string, ValidateFunction>();
const queryValidators = new Map<string, Map<string, ValidateFunction>>();

function operationOf(match: OperationMatch): JsonObject {
  const item = (loadSpec().doc.paths as JsonObject)[match.template] as JsonObject;
  return item[match.method.toLowerCase()] as JsonObject;
}

function resolveParameter(p: JsonObject): JsonObject {
  const ref = p.$ref;
  if (typeof ref !== 'string') return p;
  const name = ref.replace('#/components/parameters/', '');
  return ((loadSpec().doc.components as JsonObject).parameters as JsonObject)[name] as JsonObject;
}

function formatErrors(v: ValidateFunction, where: string): string[] {
  return (v.errors ?? []).map((e) => {
    const extra = e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : '';
    return `${where}${e.instancePath || ''} ${e.message ?? 'is invalid'}${extra}`;
  });
}

/**
 * Validate a JSON body against the operation's requestBody schema. Returns the problems found (empty when valid).
 * `body === undefined` means no body was sent.
 */
export function validateBody(match: OperationMatch, body: unknown): string[] {
  const op = operationOf(match);
  const requestBody = op.requestBody as JsonObject | undefined;
  const content = requestBody?.content as JsonObject | undefined;
  if (!requestBody || !content) {
    const empty = body === undefined || (typeof body === 'object' && body !== null && Object.keys(body).length === 0);
    return empty ? [] : [`${match.key} takes no request body, but one was sent`];
  }
  if (body === undefined) return requestBody.required ? [`${match.key} requires a JSON request body`] : [];
  if (!content['application/json']) return [];
  let validate = bodyValidators.get(match.key);
  if (validate === undefined) {
    const ref = `github#/${pointer('paths', match.template, match.method.toLowerCase(), 'requestBody', 'content', 'application/json', 'schema')}`;
    validate = bodyAjv().compile({ $ref: ref });
    bodyValidators.set(match.key, validate);
  }
  return validate(body) ? [] : formatErrors(validate, 'body');
}

/** Validate the query string: every parameter must be one the operation declares, with a value that fits its schema. */
export function validateQuery(match: OperationMatch, query: Record<string, string>): string[] {
  let perParam = queryValidators.get(match.key);
  if (!perParam) {
    perParam = new Map();
    queryAjv ??= newAjv(true);
    const params = ((operationOf(match).parameters as Json[] | undefined) ?? []).map((p) => resolveParameter(p as JsonObject));
    for (const p of params) {
      if (p.in !== 'query') continue;
      perParam.set(String(p.name), queryAjv.compile({ type: 'object', properties: { value: p.schema ?? {} } }));
    }
    queryValidators.set(match.key, perParam);
  }
  const problems: string[] = [];
  for (const [name, value] of Object.entries(query)) {
    const v = perParam.get(name);
    if (!v) {
      problems.push(`query parameter '${name}' is not one ${match.key} takes`);
      continue;
    }
    if (!v({ value })) problems.push(...formatErrors(v, `query '${name}'`));
  }
  return problems;
}
