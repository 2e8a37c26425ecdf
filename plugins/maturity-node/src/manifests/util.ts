/** Helpers shared by the manifest parsers. */

export { isRecord } from '../util/objects';

/** Parsed XML holds a single child as an object and repeated ones as an array. */
export function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) {
    return [];
  }
  return Array.isArray(value) ? value : [value];
}

/** A trimmed non-empty string, or undefined. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'number') {
    return String(value);
  }
  if (typeof value !== 'string') {
    return undefined;
  }
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

export function splitLines(source: string): string[] {
  return source.split(/\r\n|\r|\n/);
}

/** The 1-based line number of a character offset. */
export function lineOf(source: string, offset: number): number {
  let line = 1;
  let index = source.indexOf('\n');
  while (index !== -1 && index < offset) {
    line++;
    index = source.indexOf('\n', index + 1);
  }
  return line;
}

/**
 * Removes `#` comments (Ruby, Elixir), leaving `#` inside strings (and
 * `#{}`) alone.
 */
export function stripHashComments(source: string): string {
  const parts: string[] = [];
  let from = 0;
  let quote: string | undefined;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quote) {
      if (c === '\\') {
        i++;
      } else if (c === quote) {
        quote = undefined;
      }
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '#') {
      parts.push(source.slice(from, i));
      const end = source.indexOf('\n', i);
      i = end === -1 ? source.length : end - 1;
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  return parts.join('');
}
