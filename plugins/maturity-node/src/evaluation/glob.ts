import picomatch from 'picomatch/posix';

/** Folders whose files never count as a repository's own evidence. */
const IGNORED = /(^|\/)(node_modules|vendor|\.git)\//;

/** A compiled glob: what it is tested against, and the test. */
export interface CompiledGlob {
  /** Whether the glob is tested against the file name instead of the path. */
  nameOnly: boolean;
  test: (subject: string) => boolean;
}

const cache = new Map<string, CompiledGlob>();

/**
 * Compiles a checklist glob (see the `Rule` docs): a glob without a slash
 * matches the file name in any folder; a glob ending in `/` matches any file
 * below such a folder; other globs match from the repository root.
 * picomatch compiles globs to regular expressions, which keeps matching fast
 * on trees of 10,000+ files.
 */
export function compileGlob(glob: string, caseSensitive = false): CompiledGlob {
  const key = `${caseSensitive ? 's' : 'i'}:${glob}`;
  let compiled = cache.get(key);
  if (!compiled) {
    let pattern = glob.replace(/^\.\//, '');
    // A glob without a slash is tested against the file name alone: the
    // same as `**/glob`, and cheaper.
    const nameOnly = !pattern.includes('/');
    if (pattern.endsWith('/')) {
      pattern = pattern.startsWith('**/') ? `${pattern}**` : `**/${pattern}**`;
    }
    const regex = picomatch.makeRe(pattern, {
      dot: true,
      nocase: !caseSensitive,
    });
    compiled = { nameOnly, test: subject => regex.test(subject) };
    cache.set(key, compiled);
  }
  return compiled;
}

/** The file name of a repository path. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Whether a path lies in a folder that never counts as evidence. */
export function isIgnoredPath(path: string): boolean {
  return IGNORED.test(path);
}

function matcherOf(glob: string, caseSensitive: boolean) {
  const { nameOnly, test } = compileGlob(glob, caseSensitive);
  return nameOnly
    ? (path: string) => test(baseName(path))
    : (path: string) => test(path);
}

/**
 * A predicate over repository paths for an include/exclude glob pair.
 *
 * @public
 */
export function pathMatcher(
  include: string[],
  exclude: string[] = [],
  caseSensitive = false,
): (path: string) => boolean {
  const inc = include.map(g => matcherOf(g, caseSensitive));
  const exc = exclude.map(g => matcherOf(g, caseSensitive));
  return path =>
    !isIgnoredPath(path) &&
    inc.some(match => match(path)) &&
    !exc.some(match => match(path));
}

const nameCache = new Map<string, RegExp>();

/**
 * Whether a dependency name matches a wildcard such as `@opentelemetry/*` or
 * `Serilog*`. Names are not paths, so `*` crosses `/` (npm scopes, Go module
 * paths).
 */
export function nameMatches(
  name: string,
  glob: string,
  caseSensitive = false,
): boolean {
  const key = `${caseSensitive ? 's' : 'i'}:${glob}`;
  let regex = nameCache.get(key);
  if (!regex) {
    const source = glob
      .split('*')
      .map(part => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*');
    regex = new RegExp(`^${source}$`, caseSensitive ? '' : 'i');
    nameCache.set(key, regex);
  }
  return regex.test(name);
}
