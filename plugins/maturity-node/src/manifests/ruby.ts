import type { DeclaredDependency } from './types';
import { splitLines, stripHashComments } from './util';

/** Group names from `:test, :development`, `[:dev, "test"]` or `'test'`. */
function groupNames(args: string): string[] {
  return [...args.matchAll(/:(\w+)|["'](\w+)["']/g)].map(m => m[1] ?? m[2]);
}

/**
 * Reads a Gemfile's `gem 'name', '~> 1.0'` lines. The scope is the gem's
 * groups, from `group :x do ... end` blocks or a `group:` option, joined by
 * commas (e.g. `development,test`).
 */
export function parseGemfile(
  path: string,
  source: string,
): DeclaredDependency[] {
  const dependencies: DeclaredDependency[] = [];
  // Open `do`/`if`/... blocks; group blocks carry their group names.
  const blocks: (string[] | undefined)[] = [];
  let inBlockComment = false;

  for (const raw of splitLines(source)) {
    if (inBlockComment || raw.startsWith('=begin')) {
      inBlockComment = !raw.startsWith('=end');
      continue;
    }
    const line = stripHashComments(raw).trim();
    const gem = /^gem\s*(?:\(\s*)?(["'])([^"']+)\1(.*)$/.exec(line);
    if (gem) {
      const [, , name, rest] = gem;
      // Leading string arguments are version requirements.
      const versions: string[] = [];
      let args = rest;
      for (
        let v = /^\s*,\s*(["'])([^"']*)\1/.exec(args);
        v;
        v = /^\s*,\s*(["'])([^"']*)\1/.exec(args)
      ) {
        versions.push(v[2]);
        args = args.slice(v[0].length);
      }
      const option =
        /\bgroups?\s*(?::|=>)\s*(\[[^\]]*\]|:\w+|["'][^"']*["'])/.exec(args);
      const groups = option
        ? groupNames(option[1])
        : blocks.findLast(block => block !== undefined);
      dependencies.push({
        name,
        version: versions.length ? versions.join(', ') : undefined,
        ecosystem: 'rubygems',
        manifest: path,
        scope: groups?.length ? groups.join(',') : undefined,
      });
    } else if (/^end\b/.test(line)) {
      blocks.pop();
    } else if (/^group\b/.test(line) && /\bdo\s*$/.test(line)) {
      blocks.push(groupNames(line.replace(/^group\b|\bdo\s*$/g, '')));
    } else if (
      /\bdo(?:\s*\|[^|]*\|)?\s*$/.test(line) ||
      /^(?:if|unless|case|begin|while|until)\b/.test(line)
    ) {
      blocks.push(undefined);
    }
  }
  return dependencies;
}
