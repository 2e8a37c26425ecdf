import picomatch from 'picomatch/posix';

/** Folders whose files never count as a repository's own evidence. */
const IGNORED = /(^|\/)(node_modules|vendor|\.git)\//;

const cache = new Map<string, (path: string) => boolean>();

/**
 * Compiles a checklist glob (see the `Rule` docs): a glob without a slash
 * matches the file name in any folder; a glob ending in `/` matches any file
 * below such a folder; other globs match from the repository root.
 * picomatch compiles globs to regular expressions, which keeps matching fast
 * on trees of 10,000+ files.
 */
function compile(
  glob: string,
  caseSensitive: boolean,
): (path: string) => boolean {
  const key = `${caseSensitive ? 's' : 'i'}:${glob}`;
  let matcher = cache.get(key);
  if (!matcher) {
    let pattern = glob.replace(/^\.\//, '');
    const nameOnly = !pattern.includes('/');
    if (pattern.endsWith('/')) {
      pattern = pattern.startsWith('**/') ? `${pattern}**` : `**/${pattern}**`;
    }
    const regex = picomatch.makeRe(pattern, {
      dot: true,
      nocase: !caseSensitive,
    });
    // A glob without a slash is tested against the file name alone: the
    // same as `**/glob`, and cheaper.
    matcher = nameOnly
      ? path => regex.test(path.slice(path.lastIndexOf('/') + 1))
      : path => regex.test(path);
    cache.set(key, matcher);
  }
  return matcher;
}

/** A predicate over repository paths for an include/exclude glob pair. */
export function pathMatcher(
  include: string[],
  exclude: string[] = [],
  caseSensitive = false,
): (path: string) => boolean {
  const inc = include.map(g => compile(g, caseSensitive));
  const exc = exclude.map(g => compile(g, caseSensitive));
  return path =>
    !IGNORED.test(path) &&
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
