import type { z } from 'zod';
import { arrayLengthBounds, compileGuard } from '../events/compileGuard.ts';

/** What a compiled parse returns where it cannot say what zod would: the caller runs zod. */
export const UNDECIDED: unique symbol = Symbol('undecided');

/**
 * A parse compiled once from a zod schema, for values that need no more of zod than their
 * defaults filled in: it returns what zod's `parse` would return (the same keys in the same order,
 * the defaults zod gives, a transform's output), or {@link UNDECIDED} for anything else — a value
 * zod would refuse, change (a string it trims, a key it strips) or that passes a schema type,
 * check or refinement this does not know. Then zod's result, or its error naming the field, is the
 * answer. Plain values are checked by the compiled guard (compileGuard.ts).
 */
export type CompiledParse<T> = (value: unknown) => T | typeof UNDECIDED;

/** A key zod leaves out of its output: an optional one that was absent. */
const ABSENT: unique symbol = Symbol('absent');

type Part = (value: unknown) => unknown;

/** The parts of zod's schema definitions read here (`schema._zod.def`, zod 4). */
interface Def {
  readonly type: string;
  readonly checks?: readonly {
    readonly _zod: { readonly def: { readonly check: string; readonly minimum?: number; readonly maximum?: number } };
  }[];
  readonly shape?: Readonly<Record<string, z.ZodType>>;
  readonly catchall?: z.ZodType;
  readonly innerType?: z.ZodType;
  readonly element?: z.ZodType;
  readonly in?: z.ZodType;
  readonly out?: z.ZodType;
  readonly defaultValue?: unknown;
  readonly transform?: (value: unknown, payload: unknown) => unknown;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const optinOf = (schema: z.ZodType): string | undefined =>
  (schema as unknown as { _zod: { optin?: string } })._zod.optin;

const undecided: Part = () => UNDECIDED;

/** Compiles the parse of `schema` (see {@link CompiledParse}). */
export function compileParse<S extends z.ZodType>(schema: S): CompiledParse<z.output<S>> {
  const parse = part(schema);
  return (value) => {
    const out = parse(value);
    return out === ABSENT ? UNDECIDED : (out as z.output<S> | typeof UNDECIDED);
  };
}

function part(schema: z.ZodType): Part {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'enum': {
      const guard = compileGuard(schema);
      return (v) => (guard(v) ? v : UNDECIDED);
    }
    case 'nullable': {
      const inner = part(def.innerType!);
      return (v) => (v === null ? null : inner(v));
    }
    case 'optional': {
      // An optional around a defaulted schema substitutes its default for absence: zod's business.
      if (optinOf(def.innerType!) === 'defaulted') return undecided;
      const inner = part(def.innerType!);
      return (v) => (v === undefined ? ABSENT : inner(v));
    }
    case 'default': {
      const inner = part(def.innerType!);
      // zod gives the default itself (a fresh copy from the definition's getter), unchecked.
      return (v) => (v === undefined ? def.defaultValue : inner(v));
    }
    case 'pipe':
      return pipePart(def);
    case 'array':
      return arrayPart(def);
    case 'object':
      return objectPart(def);
    default:
      return undecided;
  }
}

/**
 * What a transform is given as its context (zod's payload): an issue it reports is only noted, and
 * the value goes to zod. A class, not an object with a closure per call: the build names each
 * closure as it is made (esbuild's `keepNames`), at a cost on every request.
 */
class TransformPayload {
  readonly issues: unknown[] = [];
  issued = false;
  constructor(readonly value: unknown) {}
  addIssue(): void {
    this.issued = true;
  }
}

/**
 * A schema piped into a transform (`.transform(…)`): the transform runs on what the schema gave.
 * Where the result is undecided zod runs the transform again, so the schemas compiled here keep
 * their transforms pure.
 */
function pipePart(def: Def): Part {
  const out = defOf(def.out!);
  if (out.type !== 'transform') return undecided;
  const inner = part(def.in!);
  const transform = out.transform!;
  return (v) => {
    const given = inner(v);
    if (given === UNDECIDED) return UNDECIDED;
    // A transform that reports an issue, or answers asynchronously or with nothing, is left to zod.
    const payload = new TransformPayload(given === ABSENT ? undefined : given);
    const result = transform(payload.value, payload);
    if (payload.issued || payload.issues.length > 0 || result === undefined || result instanceof Promise)
      return UNDECIDED;
    return result;
  };
}

function arrayPart(def: Def): Part {
  const bounds = arrayLengthBounds(def);
  if (!bounds) return undecided;
  const element = part(def.element!);
  const { min, max } = bounds;
  return (v) => {
    if (!Array.isArray(v) || v.length < min || v.length > max) return UNDECIDED;
    const out: unknown[] = new Array(v.length);
    for (let i = 0; i < v.length; i++) {
      const item = element(v[i]);
      if (item === UNDECIDED || item === ABSENT) return UNDECIDED;
      out[i] = item;
    }
    return out;
  };
}

/**
 * A plain object whose every key is in the shape (a key zod would strip or refuse is zod's), each
 * value parsed by its field: the output in the shape's order, as zod builds it, an absent optional
 * key left out. An object with a refinement is zod's.
 */
function objectPart(def: Def): Part {
  if (def.catchall !== undefined && defOf(def.catchall).type !== 'never') return undecided;
  if ((def.checks ?? []).length > 0) return undecided;
  const fields = Object.keys(def.shape!).map((key) => ({ key, parse: part(def.shape![key]!) }));
  return (v) => {
    if (typeof v !== 'object' || v === null || Object.getPrototypeOf(v) !== Object.prototype) return UNDECIDED;
    const record = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    let present = 0;
    for (const { key, parse } of fields) {
      const given = record[key];
      if (given !== undefined) present += 1;
      else if (Object.hasOwn(record, key)) return UNDECIDED;
      const value = parse(given);
      if (value === UNDECIDED) return UNDECIDED;
      if (value !== ABSENT) out[key] = value;
      else if (given !== undefined) return UNDECIDED;
    }
    return present === Object.keys(record).length ? out : UNDECIDED;
  };
}
