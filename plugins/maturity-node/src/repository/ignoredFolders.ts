/**
 * Folders that are never a repository's own evidence and are often huge:
 * version control, installed dependencies, and local tool caches (a working
 * copy used as a mirror has them even though the repository does not).
 */
export const IGNORED_FOLDERS: ReadonlySet<string> = new Set([
  '.git',
  'node_modules',
  '.cache',
]);

/** Whether a tree-relative POSIX path lies inside an ignored folder. */
export function isInIgnoredFolder(path: string): boolean {
  // The last segment is the file itself.
  for (
    let start = 0, end = path.indexOf('/');
    end >= 0;
    start = end + 1, end = path.indexOf('/', start)
  ) {
    if (IGNORED_FOLDERS.has(path.slice(start, end))) return true;
  }
  return false;
}
