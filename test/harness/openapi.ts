/**
 * GitHub's REST contract, from the committed subset of the official OpenAPI description
 * (test/fixtures/openapi/github-subset.json, written by scripts/extract-openapi.mjs). The fake GitHub server
 * uses it to reject requests a real GitHub would not accept and to check its own answers.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction, type ErrorObject } from 'ajv';

const here = dirname(fileURLToPath(import.meta.url));
export const OPENAPI_SUBSET_PATH = join(here, '..', 'fixtures', 'openapi', 'github-subset.json');

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

export interface Operation {
  method: string;
  template: string;
  operationId: string;
  /** The operation object of the description. */
  spec: any;
  parameters: any[];
  regex: RegExp;
  pathParamNames: string[];
}

export interface RequestCheck {
  operation?: Operation;
  pathParams: Record<string, string>;
  errors: string[];
}

/** JSON pointer escaping (RFC 6901) for use inside an ajv `$ref`. */
function pointer(...parts: string[]): string {
  return parts.map((p) => encodeURIComponent(p.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/');
}

/**
 * OpenAPI 3.0 `nullable: true` next to `allOf`/`anyOf`/`$ref` (no `type`) is legal there but ajv refuses it;
 * rewrite it as `anyOf: [schema, {type: null}]`, which means the same.
 */
function normalizeNullable(node: any): any {
  if (Array.isArray(node)) return node.map(normalizeNullable);
  if (!node || typeof node !== 'object') return node;
  const out: any = {};
  for (const [k, v] of Object.entries(node)) out[k] = normalizeNullable(v);
  // "nullable: true" with an enum that omits null: GitHub returns null there (e.g. issue state_reason), and the
  // OpenAPI 3.0 wording is read that way by most tools; make it explicit for ajv.
  if (out.nullable === true && Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  if (out.nullable === true && out.type === undefined) {
    delete out.nullable;
    return { anyOf: [out, { type: 'null' }] };
  }
  return out;
}

function formatErrors(where: string, errors: ErrorObject[] | null | undefined): string[] {
  // anyOf/oneOf failures repeat every branch's error; keep them all but say where each one is.
  return (errors ?? []).map((e) => `${where}${e.instancePath || ''} ${e.message ?? 'is invalid'}${e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : ''}`);
}

export class OpenApiContract {
  readonly doc: any;
  readonly operations: Operation[];
  private readonly ajv: Ajv;
  private readonly paramAjv: Ajv;
  /** Responses: first error only (these check the fake itself; compiling big schemas with allErrors is slow). */
  private readonly responseAjv: Ajv;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(doc: any = JSON.parse(readFileSync(OPENAPI_SUBSET_PATH, 'utf8'))) {
    this.doc = normalizeNullable(doc);
    this.ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
    // Parameters arrive as strings; coerce them the way GitHub parses `?per_page=100`.
    this.paramAjv = new Ajv({ strict: false, allErrors: true, validateSchema: false, coerceTypes: true });
    this.responseAjv = new Ajv({ strict: false, allErrors: false, validateSchema: false });
    for (const a of [this.ajv, this.paramAjv, this.responseAjv]) {
      // Formats GitHub's description uses; checked loosely (ajv-formats is not a dependency).
      a.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i);
      a.addFormat('uri', /^[a-z][a-z0-9+.-]*:[^\s]*$/i);
      a.addFormat('uri-template', /^[^\s]*$/);
      a.addFormat('email', /^[^\s@]+@[^\s@]+$/);
      a.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
      a.addFormat('binary', true);
      a.addFormat('int32', true);
      a.addFormat('int64', true);
      a.addFormat('uuid', /^[0-9a-f-]{36}$/i);
      a.addFormat('hostname', true);
      a.addFormat('ipv4', true);
      a.addFormat('ipv6', true);
      a.addFormat('repo.nwo', /^[^/\s]+\/[^/\s]+$/);
      a.addSchema(this.doc, 'gh');
    }
    this.operations = [];
    for (const [template, item] of Object.entries<any>(this.doc.paths)) {
      for (const method of METHODS) {
        const spec = item[method];
        if (!spec) continue;
        const pathParamNames: string[] = [];
        const re = template
          .split(/(\{[^}]+\})/)
          .map((part) => {
            const m = /^\{([^}]+)\}$/.exec(part);
            if (!m) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
            pathParamNames.push(m[1]!);
            return '([^/]+)';
          })
          .join('');
        const parameters = [...(item.parameters ?? []), ...(spec.parameters ?? [])].map((p: any) => this.deref(p));
        this.operations.push({
          method: method.toUpperCase(), template, operationId: spec.operationId, spec, parameters, regex: new RegExp(`^${re}$`), pathParamNames,
        });
      }
    }
  }

  /** Follow a `$ref` (local to the description). */
  deref<T = any>(node: any): T {
    let n = node;
    for (let guard = 0; n && typeof n === 'object' && typeof n.$ref === 'string'; guard++) {
      if (guard > 20) throw new Error(`openapi: $ref loop at ${node.$ref}`);
      n = this.resolve(n.$ref);
    }
    return n;
  }

  resolve(ref: string): any {
    let node = this.doc;
    for (const raw of ref.replace(/^#\//, '').split('/')) {
      node = node?.[raw.replace(/~1/g, '/').replace(/~0/g, '~')];
    }
    if (node === undefined) throw new Error(`openapi: dangling $ref ${ref}`);
    return node;
  }

  find(operationId: string): Operation {
    const op = this.operations.find((o) => o.operationId === operationId);
    if (!op) throw new Error(`openapi: operation ${operationId} is not in the subset; add it to scripts/extract-openapi.mjs`);
    return op;
  }

  /** Match method + path (no query) against the path templates. A literal template wins over a parameterised one. */
  match(method: string, pathname: string): { operation: Operation; pathParams: Record<string, string> } | undefined {
    const hits = this.operations
      .filter((o) => o.method === method.toUpperCase())
      .map((o) => ({ o, m: o.regex.exec(pathname) }))
      .filter((h): h is { o: Operation; m: RegExpExecArray } => h.m !== null)
      .sort((a, b) => a.o.pathParamNames.length - b.o.pathParamNames.length);
    const hit = hits[0];
    if (!hit) return undefined;
    const pathParams: Record<string, string> = {};
    hit.o.pathParamNames.forEach((n, i) => {
      pathParams[n] = decodeURIComponent(hit.m[i + 1]!);
    });
    return { operation: hit.o, pathParams };
  }

  private compiled(key: string, ajv: Ajv, schema: object): ValidateFunction {
    let v = this.cache.get(key);
    if (!v) {
      v = ajv.compile(schema);
      this.cache.set(key, v);
    }
    return v;
  }

  /** Check method, path, path and query parameters and the JSON body of one request. */
  checkRequest(req: { method: string; pathname: string; query: URLSearchParams; body: unknown; rawBody: string; contentType?: string }): RequestCheck {
    const matched = this.match(req.method, req.pathname);
    if (!matched) {
      const samePath = this.operations.filter((o) => o.regex.test(req.pathname)).map((o) => `${o.method} ${o.template}`);
      return {
        pathParams: {},
        errors: [
          samePath.length
            ? `${req.method} is not allowed on ${req.pathname} (the description has: ${samePath.join(', ')})`
            : `no operation in the OpenAPI subset matches ${req.method} ${req.pathname}` +
              ' (a typo, or an endpoint to add to scripts/extract-openapi.mjs)',
        ],
      };
    }
    const { operation, pathParams } = matched;
    const errors: string[] = [];

    const checkParams = (where: 'path' | 'query', values: Record<string, string | string[]>) => {
      const specs = operation.parameters.filter((p) => p.in === where);
      const known = new Set(specs.map((p) => p.name));
      for (const name of Object.keys(values)) {
        if (!known.has(name) && !(where === 'query' && name.endsWith('[]') && known.has(name.slice(0, -2)))) {
          errors.push(`${where} parameter "${name}" is not defined for ${operation.operationId} (defined: ${[...known].join(', ') || 'none'})`);
        }
      }
      const properties: Record<string, unknown> = {};
      const required: string[] = [];
      for (const p of specs) {
        properties[p.name] = p.schema ?? {};
        if (p.required) required.push(p.name);
      }
      const schema = { type: 'object', properties, required };
      const v = this.compiled(`${operation.operationId}:${where}`, this.paramAjv, schema);
      const copy = structuredClone(values);
      if (!v(copy)) errors.push(...formatErrors(`${where} parameters`, v.errors));
    };
    checkParams('path', pathParams);
    const query: Record<string, string | string[]> = {};
    for (const [k, val] of req.query) {
      const prev = query[k];
      query[k] = prev === undefined ? val : Array.isArray(prev) ? [...prev, val] : [prev, val];
    }
    checkParams('query', query);

    const rb = operation.spec.requestBody ? this.deref(operation.spec.requestBody) : undefined;
    if (!rb) {
      if (req.rawBody.trim() !== '' && !['GET', 'HEAD', 'DELETE'].includes(operation.method)) {
        errors.push(`${operation.operationId} takes no request body, got ${req.rawBody.length} bytes`);
      }
    } else if (req.rawBody.trim() === '') {
      if (rb.required) errors.push(`${operation.operationId} requires a JSON request body`);
    } else if (!/application\/json/i.test(req.contentType ?? '')) {
      errors.push(`request body must be sent as application/json (content-type was ${req.contentType ?? 'missing'})`);
    } else if (req.body === undefined) {
      errors.push('request body is not valid JSON');
    } else {
      const ref = `gh#/${pointer('paths', operation.template, operation.method.toLowerCase(), 'requestBody', 'content', 'application/json', 'schema')}`;
      const v = this.compiled(ref, this.ajv, { $ref: ref });
      if (!v(req.body)) errors.push(...formatErrors('body', v.errors));
    }
    return { operation, pathParams, errors };
  }

  /** The response object for a status (or `default`), dereferenced. */
  responseSpec(operation: Operation, status: number): any {
    const responses = operation.spec.responses ?? {};
    const r = responses[String(status)] ?? responses.default;
    return r ? this.deref(r) : undefined;
  }

  /** Check a response body against the declared schema. Statuses the description does not list are reported. */
  checkResponse(operation: Operation, status: number, body: unknown): string[] {
    const r = this.responseSpec(operation, status);
    if (!r) return [`${operation.operationId} does not declare a ${status} response (declared: ${Object.keys(operation.spec.responses ?? {}).join(', ')})`];
    const content = r.content?.['application/json'];
    if (!content?.schema) return [];
    const key = String(operation.spec.responses[String(status)] ? status : 'default');
    const ref = operation.spec.responses[key].$ref
      ? `gh#/${operation.spec.responses[key].$ref.replace(/^#\//, '').split('/').map((s: string) => encodeURIComponent(s)).join('/')}/content/application~1json/schema`
      : `gh#/${pointer('paths', operation.template, operation.method.toLowerCase(), 'responses', key, 'content', 'application/json', 'schema')}`;
    const v = this.compiled(`response:${ref}`, this.responseAjv, { $ref: ref });
    return v(body) ? [] : formatErrors(`response ${status}`, v.errors);
  }

  /** A deep copy of the example the description gives for a response (first one), or undefined. */
  responseExample(operation: Operation, status: number): any {
    const content = this.responseSpec(operation, status)?.content?.['application/json'];
    if (!content) return undefined;
    if (content.example !== undefined) return structuredClone(content.example);
    const first = content.examples ? Object.values<any>(content.examples)[0] : undefined;
    return first ? structuredClone(this.deref(first).value) : undefined;
  }

  /** A deep copy of `#/components/examples/<name>`'s value. */
  example(name: string): any {
    const ex = this.doc.components?.examples?.[name];
    if (!ex) throw new Error(`openapi: no example ${name} in the subset`);
    return structuredClone(ex.value);
  }
}

let shared: OpenApiContract | undefined;
/** The subset, parsed and compiled once per process (ajv compilation is the slow part). */
export function githubContract(): OpenApiContract {
  return (shared ??= new OpenApiContract());
}
