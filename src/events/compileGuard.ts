import type { z } from 'zod';

/**
 * A guard compiled once from a zod schema: true only when zod would accept `value` and give it back
 * unchanged — the same keys in the same order, every string already as its transforms leave it
 * (`.trim()`), nothing stripped. A stored event passes it (it was written from zod's output), and
 * replaying the log then skips zod's general machinery. A guard that says false proves nothing: the
 * caller runs zod, whose result (or error, naming the field) is the answer. Whatever the guard does
 * not know (a check, a schema type) it hands to zod for that value, or, where the value is not a
 * primitive, makes the whole guard say false.
 */
export type Guard = (value: unknown) => boolean;

/** The parts of zod's schema definitions the guard reads (`schema._zod.def`, zod 4). */
interface Def {
  readonly type: string;
  /** Set where the schema is itself a check: a string format such as `z.url()`. */
  readonly check?: string;
  readonly checks?: readonly { readonly _zod: { readonly def: CheckDef } }[];
  readonly shape?: Readonly<Record<string, z.ZodType>>;
  readonly catchall?: z.ZodType;
  readonly innerType?: z.ZodType;
  readonly element?: z.ZodType;
  readonly entries?: Readonly<Record<string, unknown>>;
}

interface CheckDef {
  readonly check: string;
  readonly format?: string;
  readonly pattern?: RegExp;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly value?: number;
  readonly inclusive?: boolean;
  readonly tx?: (value: unknown) => unknown;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

const never: Guard = () => false;

/** Compiles the guard of `schema` (see {@link Guard}). */
export function compileGuard(schema: z.ZodType): Guard {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return primitive(schema, def, (v) => typeof v === 'string');
    case 'number':
      return primitive(schema, def, (v) => typeof v === 'number' && Number.isFinite(v));
    case 'boolean':
      return primitive(schema, def, (v) => typeof v === 'boolean');
    case 'enum': {
      const values = new Set(Object.values(def.entries ?? {}));
      return primitive(schema, def, (v) => (typeof v === 'string' || typeof v === 'number') && values.has(v));
    }
    case 'nullable': {
      const inner = compileGuard(def.innerType!);
      return (v) => v === null || inner(v);
    }
    case 'optional': {
      // An absent key is the object's business; a present `undefined` is left to zod.
      const inner = compileGuard(def.innerType!);
      return (v) => v !== undefined && inner(v);
    }
    case 'array':
      return arrayGuard(def);
    case 'object':
      return objectGuard(schema, def);
    default:
      return never;
  }
}

/** A string, number, boolean or enum: its type, then each of its checks. */
function primitive(schema: z.ZodType, def: Def, isType: (v: unknown) => boolean): Guard {
  const checks = (def.checks ?? []).map((c) => c._zod.def);
  // A string format made by a schema of its own (`z.iso.datetime()`) is the schema's first check.
  const own = def.check === undefined ? [] : [def as CheckDef];
  // A check the guard does not know (a refinement, another format) is zod's: a primitive comes back
  // as given or not at all, so zod's success with the same value is the whole answer.
  const known = own.every(isKnownCheck) && checks.every(isKnownCheck);
  const tests = [...own, ...checks].filter(isKnownCheck).map(primitiveCheck);
  if (!known) return (v) => isType(v) && tests.every((t) => t(v)) && zodKeeps(schema, v);
  return (v) => {
    if (!isType(v)) return false;
    for (const t of tests) if (!t(v)) return false;
    return true;
  };
}

const KNOWN_CHECKS = new Set(['min_length', 'max_length', 'overwrite', 'greater_than', 'less_than']);

/**
 * String formats zod checks by their pattern alone (`z.regex()`, `z.iso.datetime()`, `z.iso.date()`):
 * the pattern's test is zod's whole check. Other formats (a URL, an email) do more, and stay zod's.
 */
const PATTERN_FORMATS = new Set(['regex', 'datetime', 'date']);

function isKnownCheck(c: CheckDef): boolean {
  if (KNOWN_CHECKS.has(c.check)) return true;
  if (c.check === 'string_format') return PATTERN_FORMATS.has(c.format ?? '') && c.pattern instanceof RegExp;
  return c.check === 'number_format' && c.format === 'safeint';
}

function primitiveCheck(c: CheckDef): Guard {
  switch (c.check) {
    case 'min_length':
      return (v) => (v as string).length >= c.minimum!;
    case 'max_length':
      return (v) => (v as string).length <= c.maximum!;
    // A transform that leaves the value as it is (a string already trimmed): zod's output is the input.
    case 'overwrite':
      return (v) => c.tx!(v) === v;
    case 'greater_than':
      return (v) => (c.inclusive ? (v as number) >= c.value! : (v as number) > c.value!);
    case 'less_than':
      return (v) => (c.inclusive ? (v as number) <= c.value! : (v as number) < c.value!);
    case 'number_format':
      return (v) => Number.isSafeInteger(v);
    default: {
      const pattern = c.pattern!;
      return (v) => {
        pattern.lastIndex = 0;
        return pattern.test(v as string);
      };
    }
  }
}

function zodKeeps(schema: z.ZodType, v: unknown): boolean {
  const parsed = schema.safeParse(v);
  return parsed.success && Object.is(parsed.data, v);
}

/**
 * An array schema's length bounds (`schema._zod.def` of a `z.array`), or null where it has a check
 * other than its minimum and maximum length.
 */
export function arrayLengthBounds(def: {
  readonly checks?: readonly { readonly _zod: { readonly def: Pick<CheckDef, 'check' | 'minimum' | 'maximum'> } }[];
}): { min: number; max: number } | null {
  const checks = (def.checks ?? []).map((c) => c._zod.def);
  if (!checks.every((c) => c.check === 'min_length' || c.check === 'max_length')) return null;
  return {
    min: checks.find((c) => c.check === 'min_length')?.minimum ?? 0,
    max: checks.find((c) => c.check === 'max_length')?.maximum ?? Infinity,
  };
}

function arrayGuard(def: Def): Guard {
  const bounds = arrayLengthBounds(def);
  if (!bounds) return never;
  const element = compileGuard(def.element!);
  const { min, max } = bounds;
  return (v) => {
    if (!Array.isArray(v) || v.length < min || v.length > max) return false;
    for (const item of v) if (!element(item)) return false;
    return true;
  };
}

/**
 * A plain object with no key outside the shape, its keys in the shape's order (zod builds its
 * output in that order), each present unless optional, each value passing its guard. An object
 * refinement is zod's: it runs on the object once the shape has passed.
 */
function objectGuard(schema: z.ZodType, def: Def): Guard {
  if (def.catchall !== undefined && defOf(def.catchall).type !== 'never') return never;
  const keys = Object.keys(def.shape!);
  const fields = keys.map((key) => {
    const field = def.shape![key]!;
    return { key, guard: compileGuard(field), optional: defOf(field).type === 'optional' };
  });
  const refined = (def.checks ?? []).length > 0;
  return (v) => {
    if (typeof v !== 'object' || v === null || Object.getPrototypeOf(v) !== Object.prototype) return false;
    const record = v as Record<string, unknown>;
    let next = 0;
    for (const key in record) {
      while (next < fields.length && fields[next]!.key !== key) {
        if (!fields[next]!.optional) return false;
        next += 1;
      }
      if (next === fields.length || !fields[next]!.guard(record[key])) return false;
      next += 1;
    }
    for (; next < fields.length; next++) if (!fields[next]!.optional) return false;
    return !refined || schema.safeParse(v).success;
  };
}
