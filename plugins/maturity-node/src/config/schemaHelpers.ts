import { z } from 'zod';

/** An error map that says "required" for a missing value, else `expected <what>`. */
export function expected(what: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined ? 'required' : `expected ${what}`;
}

/** A strict object: an unknown key is an error that names the known ones. */
export function strictObject<T extends z.core.$ZodLooseShape>(shape: T) {
  const keys = Object.keys(shape);
  const known =
    keys.length === 1 ? `only ${keys[0]}` : `one of ${keys.join(', ')}`;
  return z.strictObject(shape, {
    error: issue =>
      issue.code === 'unrecognized_keys'
        ? `unknown key; expected ${known}`
        : undefined,
  });
}

/** A non-empty string, described as `what` in messages. */
export function text(what: string) {
  return z.string({ error: expected(what) }).min(1, `expected ${what}`);
}
