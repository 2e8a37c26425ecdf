import { InputError } from '@backstage/errors';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

// In body text a line break or a tab is prose, not a control.
const PROSE = new Set(['\n', '\r', '\t']);

/** The first C0 control, DEL or C1 control of the value. */
function firstControl(value: string, allowProse: boolean): string | undefined {
  for (const char of value) {
    const code = char.charCodeAt(0);
    if (
      (code < 0x20 || (code >= 0x7f && code <= 0x9f)) &&
      !(allowProse && PROSE.has(char))
    ) {
      return char;
    }
  }
  return undefined;
}
// Minus allowed, so that the spec's minimum answers `-1` as it always did.
const DECIMAL_INTEGER = /^-?[0-9]+$/;

const codePoint = (char: string) =>
  `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

interface SpecParameter {
  name?: string;
  in?: string;
  schema?: { type?: unknown };
}

/** The names of the spec's integer and number query parameters. */
export function numericQueryParameters(spec: {
  paths: object;
  components?: { parameters?: object };
}): Set<string> {
  const shared = (spec.components?.parameters ?? {}) as Record<
    string,
    SpecParameter
  >;
  const resolve = (p: SpecParameter & { $ref?: string }) =>
    p.$ref ? shared[p.$ref.split('/').pop()!] ?? {} : p;
  const names = new Set<string>();
  for (const path of Object.values(spec.paths) as object[]) {
    for (const operation of Object.values(path) as Array<{
      parameters?: SpecParameter[];
    }>) {
      for (const parameter of operation.parameters?.map(resolve) ?? []) {
        const type = parameter.schema?.type;
        if (
          parameter.in === 'query' &&
          parameter.name &&
          (type === 'integer' || type === 'number')
        ) {
          names.add(parameter.name);
        }
      }
    }
  }
  return names;
}

/** The first string of a body, with its field path, that has a control character. */
function findBodyControl(
  value: unknown,
  field: string,
): { field: string; char: string } | undefined {
  if (typeof value === 'string') {
    const char = firstControl(value, true);
    return char ? { field, char } : undefined;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findBodyControl(value[i], `${field}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const found = findBodyControl(child, field ? `${field}.${key}` : key);
      if (found) return found;
    }
  }
  return undefined;
}

function checkQuery(query: Request['query'], numeric: Set<string>): void {
  for (const [name, raw] of Object.entries(query ?? {})) {
    const values = Array.isArray(raw) ? raw : [raw];
    for (const value of values) {
      // Nested objects (`limit[a]=1`) are left to the spec's validation.
      if (typeof value !== 'string') continue;
      const control = firstControl(value, false);
      if (control) {
        throw new InputError(
          `Invalid query parameter "${name}": control character ${codePoint(
            control,
          )} is not allowed`,
        );
      }
      if (numeric.has(name) && !DECIMAL_INTEGER.test(value)) {
        throw new InputError(
          `Invalid query parameter "${name}": ${JSON.stringify(
            value,
          )} is not a decimal integer such as 10`,
        );
      }
    }
  }
}

/**
 * Checks what the OpenAPI validation lets through, before it runs: the
 * validator reads numeric query parameters as JavaScript numbers, so that
 * `Infinity`, `0x10`, `1e1` and ` 2` pass as numbers, and it has no rule
 * against control characters. So numeric query parameters must be plain
 * decimal integers, and no string of the query or the JSON body may hold a
 * control character (but for line breaks and tabs in the body). Each
 * refusal is a 400 naming the parameter or body field.
 */
export function strictInput(spec: {
  paths: object;
  components?: { parameters?: object };
}): RequestHandler {
  const numeric = numericQueryParameters(spec);
  return (req: Request, _res: Response, next: NextFunction) => {
    checkQuery(req.query, numeric);
    const control = findBodyControl(req.body, '');
    if (control) {
      throw new InputError(
        `Invalid body field "${control.field}": control character ${codePoint(
          control.char,
        )} is not allowed`,
      );
    }
    next();
  };
}
