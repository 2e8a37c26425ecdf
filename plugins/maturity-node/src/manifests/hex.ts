import type { DeclaredDependency } from './types';
import { ManifestParseError } from './errors';
import { stripHashComments } from './util';

/** The top-level `{...}` tuples of the list that opens at `open`. */
function listTuples(path: string, source: string, open: number): string[] {
  const tuples: string[] = [];
  let depth = 0;
  let tupleStart = -1;
  let quote: string | undefined;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (quote) {
      if (c === '\\') {
        i++;
      } else if (c === quote) {
        quote = undefined;
      }
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if ('[{('.includes(c)) {
      if (depth === 1 && c === '{') {
        tupleStart = i;
      }
      depth++;
    } else if (']})'.includes(c)) {
      depth--;
      if (depth === 1 && c === '}' && tupleStart !== -1) {
        tuples.push(source.slice(tupleStart, i + 1));
        tupleStart = -1;
      } else if (depth === 0) {
        return tuples;
      }
    }
  }
  throw new ManifestParseError(path, 'unterminated deps list');
}

function atoms(value: string): string[] {
  return [...value.matchAll(/:(\w+)/g)].map(m => m[1]);
}

/**
 * Reads the `{:name, "~> 1.0", only: [:dev, :test]}` tuples of the list in
 * mix.exs's `deps` function. The scope is the `only:` environments joined by
 * commas; a `hex: :package` option names the package.
 */
export function parseMixExs(
  path: string,
  source: string,
): DeclaredDependency[] {
  const code = stripHashComments(source);
  const deps = /\bdefp?\s+deps(?:\s*\(\s*\))?\s*(?:do\b|,\s*do:)/.exec(code);
  const open = deps ? code.indexOf('[', deps.index + deps[0].length) : -1;
  if (open === -1) {
    return [];
  }
  return listTuples(path, code, open).flatMap(tuple => {
    const head = /^\{\s*:(\w+)\s*(?:,\s*"([^"]*)")?/.exec(tuple);
    if (!head) {
      return [];
    }
    const only = /\bonly:\s*(\[[^\]]*\]|:\w+)/.exec(tuple);
    const hex = /\bhex:\s*(?::(\w+)|"([^"]+)")/.exec(tuple);
    return [
      {
        name: hex ? hex[1] ?? hex[2] : head[1],
        version: head[2],
        ecosystem: 'hex',
        manifest: path,
        scope: only ? atoms(only[1]).join(',') : undefined,
      },
    ];
  });
}
