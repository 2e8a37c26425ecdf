import { lstatSync, opendirSync, type Dir } from 'node:fs';
import { join } from 'node:path';
import { IGNORED_FOLDERS } from './ignoredFolders';

/** Device and inode of a file, to notice it being swapped before reading. */
export interface FileIdentity {
  dev: number;
  ino: number;
}

/** An entry of a walked tree, or a reason why the walk is incomplete. */
export type WalkEntry =
  | {
      type: 'file' | 'symlink';
      /** Tree-relative POSIX path. */
      path: string;
      size: number;
      identity: FileIdentity;
    }
  | { type: 'incomplete'; reason: string };

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException)?.code ?? String(error);
}

/** The status of a listed name, or undefined if it vanished meanwhile. */
function lstatOrUndefined(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Walks a directory tree breadth first (so that shallow files come first)
 * without recursion and without following symbolic links: a link is an
 * entry of its own, never entered, so loops and escapes cannot happen.
 * Sockets, FIFOs and devices are left out. Stops after `maxDirectories`
 * folders; the consumer stops it early by leaving its loop.
 *
 * Synchronous: each step is one system call on an open folder, and the
 * consumer may pause between steps (see `TimeSlices`). Folders are read
 * entry by entry, never listed whole into memory.
 */
export function* walkDirectory(
  root: string,
  options: { maxDirectories: number },
): Generator<WalkEntry> {
  const queue = [''];
  for (let next = 0; next < queue.length; next++) {
    if (next >= options.maxDirectories) {
      yield {
        type: 'incomplete',
        reason: `more than ${options.maxDirectories} directories`,
      };
      return;
    }
    const folder = queue[next];
    const absolute = join(root, folder);
    let dir: Dir;
    try {
      dir = opendirSync(absolute, { bufferSize: 128 });
    } catch (error) {
      yield {
        type: 'incomplete',
        reason: `could not list ${folder || '.'} (${errorCode(error)})`,
      };
      continue;
    }
    try {
      for (;;) {
        let entry;
        try {
          entry = dir.readSync();
        } catch (error) {
          yield {
            type: 'incomplete',
            reason: `could not list ${folder || '.'} (${errorCode(error)})`,
          };
          break;
        }
        if (!entry) break;
        const { name } = entry;
        const path = folder ? `${folder}/${name}` : name;
        const stat = lstatOrUndefined(join(absolute, name));
        if (stat?.isDirectory()) {
          // One more than the cap is enough to tell that there are too many.
          if (
            !IGNORED_FOLDERS.has(name) &&
            queue.length <= options.maxDirectories
          ) {
            queue.push(path);
          }
        } else if (stat?.isFile() || stat?.isSymbolicLink()) {
          yield {
            type: stat.isFile() ? 'file' : 'symlink',
            path,
            size: stat.size,
            identity: { dev: stat.dev, ino: stat.ino },
          };
        }
      }
    } finally {
      try {
        dir.closeSync();
      } catch {
        // Already closed, or nothing left to release.
      }
    }
  }
}
