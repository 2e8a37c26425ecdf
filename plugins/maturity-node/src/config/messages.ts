import type { z } from 'zod';
import type { ConfigPath } from './paths';

/** A configuration problem before its path is rendered. */
export interface RawIssue {
  path: ConfigPath;
  message: string;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

/**
 * Messages for the issues whose schema sets none, written for someone
 * editing YAML rather than TypeScript: "expected a list", not "expected array".
 */
export const friendlyErrors: z.core.$ZodErrorMap = issue => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'required';
      return `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string') return 'must not be empty';
      if (issue.origin === 'array') {
        return `expected at least ${issue.minimum} ${
          Number(issue.minimum) === 1 ? 'entry' : 'entries'
        }`;
      }
      return `expected at least ${issue.minimum}`;
    case 'invalid_value':
      return `expected ${issue.values.map(v => String(v)).join(' or ')}`;
    default:
      return undefined;
  }
};

/**
 * Zod issues as one message per offending value. An unknown-keys issue is
 * split into one issue per key, located at the key itself.
 */
export function flattenIssues(issues: readonly z.core.$ZodIssue[]): RawIssue[] {
  return issues.flatMap(issue =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map(key => ({
          path: [...issue.path, key],
          message: issue.message,
        }))
      : [{ path: issue.path, message: issue.message }],
  );
}

/** `a`, `a and b`, `a, b and c`. */
export function listing(words: readonly string[]): string {
  if (words.length < 2) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
