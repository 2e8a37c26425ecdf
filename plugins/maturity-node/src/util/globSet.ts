import picomatch from 'picomatch/posix';

/**
 * The regular expression of a checklist glob, and whether it is tested
 * against the file name rather than the path. The same rules as
 * `compileGlob` in evaluation/glob.ts (the tests hold the two together): a
 * glob without a slash matches the file name in any folder; a glob ending
 * in `/` matches any file below such a folder; other globs match from the
 * repository root.
 */
function globRegExp(
  glob: string,
  caseSensitive: boolean,
): { nameOnly: boolean; regex: RegExp } {
  let pattern = glob.replace(/^\.\//, '');
  const nameOnly = !pattern.includes('/');
  if (pattern.endsWith('/')) {
    pattern = pattern.startsWith('**/') ? `${pattern}**` : `**/${pattern}**`;
  }
  const regex = picomatch.makeRe(pattern, {
    dot: true,
    nocase: !caseSensitive,
  });
  return { nameOnly, regex };
}

/** One expression that matches what any of `regexes` matches. */
function union(regexes: RegExp[]): (subject: string) => boolean {
  if (regexes.length === 0) return () => false;
  const flags = new Set(regexes.map(r => r.flags));
  if (flags.size === 1) {
    try {
      // Each glob's expression is anchored on its own (^...$) and has no
      // back-references, so an alternation of them means "any of them".
      const combined = new RegExp(
        regexes.map(r => `(?:${r.source})`).join('|'),
        regexes[0].flags,
      );
      return subject => combined.test(subject);
    } catch {
      // Too large or not combinable: test them one by one below.
    }
  }
  return subject => regexes.some(r => r.test(subject));
}

const cache = new Map<string, (path: string) => boolean>();
/** Distinct glob lists kept compiled (a checklist gives one or a few). */
const CACHE_SIZE = 16;

/**
 * A predicate: whether a repository path matches any of `globs` (checklist
 * globs, see `compileGlob`). For many globs over many paths: the file name
 * is taken once per path and tested with one expression for all name globs,
 * the path with one for all path globs, instead of once per glob. Ignored
 * folders are the caller's business.
 */
export function anyGlobMatcher(
  globs: readonly string[],
  caseSensitive = false,
): (path: string) => boolean {
  const key = JSON.stringify([globs, caseSensitive]);
  let matcher = cache.get(key);
  if (!matcher) {
    const names: RegExp[] = [];
    const paths: RegExp[] = [];
    for (const glob of globs) {
      const { nameOnly, regex } = globRegExp(glob, caseSensitive);
      (nameOnly ? names : paths).push(regex);
    }
    const name = union(names);
    const path = union(paths);
    matcher = (subject: string) =>
      name(subject.slice(subject.lastIndexOf('/') + 1)) || path(subject);
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(key, matcher);
  }
  return matcher;
}
