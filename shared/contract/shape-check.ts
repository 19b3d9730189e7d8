import type { z } from 'zod';

/**
 * A check of a value's shape made from a zod schema: the types, the required keys, the enum and
 * literal values, but none of the refinements (uuid, lengths, integers) and no copying.
 *
 * Why: a few replies from main are large (the thread list of a note with 10,000 comments is about
 * 2,000 objects) and the renderer's CSP keeps zod jitless, where parsing them costs tens of
 * milliseconds on every open. Main already parsed the rows it read and parsed the reply against the
 * full schema before sending it (dispatch.ts), and main is the trusted side of the boundary; what
 * the renderer still has to catch is a reply in another shape (a build mismatch, a bug), and this
 * catches that at a fraction of the cost. Payloads from the renderer are always parsed in full.
 *
 * Made from the schema so it cannot drift from the contract; a schema kind it does not know
 * (defaults, transforms, pipes) throws when the check is made, not when it runs.
 */
export type ShapeCheck = (value: unknown) => boolean;

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  entries?: Record<string, string | number>;
  values?: readonly unknown[];
  options?: readonly z.ZodType[];
  catchall?: z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function shapeCheck(schema: z.ZodType): ShapeCheck {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return (value) => typeof value === 'string';
    case 'number':
      return (value) => typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'unknown':
    case 'any':
      return () => true;
    case 'enum': {
      const allowed = new Set(Object.values(def.entries ?? {}));
      return (value) => allowed.has(value as string | number);
    }
    case 'literal': {
      const allowed = new Set(def.values ?? []);
      return (value) => allowed.has(value);
    }
    case 'nullable': {
      const inner = shapeCheck(def.innerType!);
      return (value) => value === null || inner(value);
    }
    case 'optional': {
      const inner = shapeCheck(def.innerType!);
      return (value) => value === undefined || inner(value);
    }
    case 'array': {
      const element = shapeCheck(def.element!);
      return (value) => Array.isArray(value) && value.every(element);
    }
    case 'union': {
      const options = (def.options ?? []).map(shapeCheck);
      return (value) => options.some((option) => option(value));
    }
    case 'object': {
      if (def.catchall && defOf(def.catchall).type !== 'never' && defOf(def.catchall).type !== 'unknown') throw new Error('shapeCheck: an object with a catchall schema');
      const fields = Object.entries(def.shape ?? {}).map(([key, field]) => [key, shapeCheck(field)] as const);
      return (value) => {
        if (!isRecord(value)) return false;
        for (const [key, check] of fields) if (!check(value[key])) return false;
        return true;
      };
    }
    default:
      throw new Error(`shapeCheck: schema kind '${def.type}' is not supported`);
  }
}
