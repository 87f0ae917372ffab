import { expect } from 'chai';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { allRoutes } from '../../src/http/createApp.ts';
import { buildOpenApi } from '../../src/http/openapi.ts';

// CommonJS modules: under NodeNext the default import is `module.exports`; both set `.default` too.
const Ajv2020 = Ajv2020Module.default;
const addFormats = addFormatsModule.default;

const SCHEMAS = 'https://chronicle.test/openapi/components';

type Json = any;
export type Validate = ((data: unknown) => boolean) & { errors?: unknown };

/** Points `#/components/schemas/X` at the components registered in ajv under `SCHEMAS`. */
function retarget(node: Json, base: string): Json {
  if (Array.isArray(node)) return node.map((n) => retarget(n, base));
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => {
      if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/schemas/')) {
        return [key, `${base}#/$defs/${value.slice('#/components/schemas/'.length)}`];
      }
      return [key, retarget(value, base)];
    }),
  );
}

/** The media type of a Content-Type header, without parameters. */
export const mediaTypeOf = (contentType: string | null | undefined): string =>
  (contentType ?? '').split(';')[0]!.trim().toLowerCase();

const isJson = (mediaType: string) => mediaType === 'application/json' || mediaType.endsWith('+json');

/** What a response looked like on the wire, for `check`. */
export interface ObservedResponse {
  readonly method: string;
  /** The request path, with its query. */
  readonly path: string;
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
}

/**
 * Validates responses against the schemas an OpenAPI 3.1 document declares, with
 * `components.schemas` registered in ajv (JSON Schema 2020-12, strict) so every `$ref` resolves.
 */
export class ResponseValidator {
  private readonly ajv;
  private readonly compiled = new Map<string, Validate>();
  private readonly templates: { path: string; pattern: RegExp }[];

  constructor(private readonly doc: Json) {
    this.ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
    addFormats(this.ajv);
    for (const annotation of ['example', 'discriminator', 'xml', 'externalDocs']) this.ajv.addKeyword(annotation);
    this.ajv.addSchema({ $id: SCHEMAS, $defs: retarget(doc.components?.schemas ?? {}, '') });
    this.templates = Object.keys(doc.paths ?? {}).map((path) => ({
      path,
      pattern: new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '[^/]+')}$`),
    }));
  }

  /** The schema declared for `method path` answering `status` as `mediaType`; fails when none is. */
  schemaFor(method: string, path: string, status: number, mediaType: string): Json {
    const operation = this.doc.paths?.[path]?.[method];
    expect(operation, `the document has no ${method.toUpperCase()} ${path}`).to.be.an('object');
    const response = operation.responses?.[String(status)];
    expect(response, `${method.toUpperCase()} ${path} declares no ${status} response`).to.be.an('object');
    const media = response.content?.[mediaType];
    expect(media?.schema, `${method.toUpperCase()} ${path} ${status} declares no ${mediaType} schema`).to.be.an(
      'object',
    );
    return media.schema;
  }

  validator(method: string, path: string, status: number, mediaType: string): Validate {
    const key = `${method} ${path} ${status} ${mediaType}`;
    return this.compiled.get(key) ?? this.cached(key, this.schemaFor(method, path, status, mediaType));
  }

  private compile(schema: Json): Validate {
    return this.ajv.compile(retarget(schema, SCHEMAS)) as Validate;
  }

  /** `schema` compiled once under `key` (compiling costs milliseconds; a test run checks thousands of responses). */
  private cached(key: string, schema: Json): Validate {
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.compile(schema);
      this.compiled.set(key, validate);
    }
    return validate;
  }

  /** The documented path template a request path falls under, if any. */
  templateOf(requestPath: string): string | undefined {
    const path = requestPath.split('?')[0]!;
    return this.templates.find((t) => t.pattern.test(path))?.path;
  }

  /**
   * Asserts that a real response is one the document describes: a documented status of a
   * documented operation, its required headers present and every header and the body valid
   * against their schemas, in a documented media type. A path the document does not list must
   * have been answered 404, and a method its path does not answer 405 with `Allow` — both as
   * problem documents. Pages and assets outside the API are not the document's concern.
   */
  check(response: ObservedResponse): void {
    const { status, headers, text } = response;
    const path = response.path.split('?')[0]!;
    const what = `${response.method} ${response.path} → ${status} ${text.slice(0, 300)}`;
    if (!path.startsWith('/api/') && path !== '/api' && path !== '/health' && path !== '/openapi.json') return;
    const template = this.templateOf(path);
    if (!template) {
      expect(status, `an undocumented path is answered 404: ${what}`).to.equal(404);
      this.expectProblem(response, what);
      return;
    }
    const item = this.doc.paths[template];
    const method = response.method.toLowerCase() === 'head' ? 'get' : response.method.toLowerCase();
    if (!item[method]) {
      expect(status, `a method the path does not answer gets 405: ${what}`).to.equal(405);
      const methods = Object.keys(item).map((m) => m.toUpperCase());
      if (methods.includes('GET')) methods.push('HEAD');
      expect(headers.get('allow'), what).to.equal(methods.sort().join(', '));
      this.expectProblem(response, what);
      return;
    }
    const declared = item[method].responses?.[String(status)];
    expect(declared, `${method.toUpperCase()} ${template} declares no ${status} response: ${what}`).to.be.an('object');
    for (const [name, ref] of Object.entries(declared.headers ?? {})) {
      const header = this.resolveHeader(ref);
      const value = headers.get(name);
      if (value === null) {
        expect(
          header.required ?? false,
          `${method.toUpperCase()} ${template} ${status} lacks its ${name} header`,
        ).to.equal(false);
        continue;
      }
      const validate = this.cached(`header ${JSON.stringify(header.schema ?? {})}`, header.schema ?? {});
      expect(
        validate(value),
        `${name}: ${JSON.stringify(value)} (${JSON.stringify(validate.errors)}) in ${what}`,
      ).to.equal(true);
    }
    const bodyless = response.method.toUpperCase() === 'HEAD' || status === 304;
    if (bodyless || (text === '' && !declared.content)) return;
    const mediaType = mediaTypeOf(headers.get('content-type'));
    const validate = this.validator(method, template, status, mediaType);
    let body: unknown = text;
    if (isJson(mediaType)) {
      try {
        body = JSON.parse(text);
      } catch {
        expect.fail(`a ${mediaType} body that is not JSON: ${what}`);
      }
    }
    expect(validate(body), `${what}\n${JSON.stringify(validate.errors, null, 1)}`).to.equal(true);
  }

  private expectProblem(response: ObservedResponse, what: string): void {
    expect(mediaTypeOf(response.headers.get('content-type')), what).to.equal('application/problem+json');
    const validate = this.cached('problem', { $ref: '#/components/schemas/Problem' });
    expect(validate(JSON.parse(response.text)), `${what}\n${JSON.stringify(validate.errors)}`).to.equal(true);
  }

  private resolveHeader(ref: Json): Json {
    if (typeof ref?.$ref === 'string' && ref.$ref.startsWith('#/components/headers/'))
      return this.doc.components.headers[ref.$ref.slice('#/components/headers/'.length)];
    return ref;
  }
}

let shared: ResponseValidator | undefined;

/** A validator of the API's own document, built once per test run from the routes (as `/openapi.json` serves it). */
export function apiValidator(): ResponseValidator {
  shared ??= new ResponseValidator(buildOpenApi(allRoutes(), 'test'));
  return shared;
}
