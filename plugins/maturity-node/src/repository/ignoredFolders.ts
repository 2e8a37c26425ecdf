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
  const segments = path.split('/');
  // The last segment is the file itself.
  for (let i = 0; i < segments.length - 1; i++) {
    if (IGNORED_FOLDERS.has(segments[i])) return true;
  }
  return false;
}
