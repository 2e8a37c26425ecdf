import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { IGNORED_FOLDERS } from './ignoredFolders';

/** Entries stat'ed at once. */
const BATCH = 64;

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

/**
 * Stats a batch of names of one folder: files and links become entries,
 * folders join the queue. An entry that vanished meanwhile is left out.
 */
async function* statBatch(
  root: string,
  folder: string,
  names: string[],
  enqueue: (folder: string) => void,
): AsyncGenerator<WalkEntry> {
  const stats = await Promise.all(
    names.map(name =>
      fs.lstat(join(root, folder, name)).catch(() => undefined),
    ),
  );
  for (let i = 0; i < names.length; i++) {
    const stat = stats[i];
    const path = folder ? `${folder}/${names[i]}` : names[i];
    if (stat?.isDirectory()) {
      if (!IGNORED_FOLDERS.has(names[i])) enqueue(path);
    } else if (stat?.isFile() || stat?.isSymbolicLink()) {
      yield {
        type: stat.isFile() ? 'file' : 'symlink',
        path,
        size: stat.size,
        identity: { dev: stat.dev, ino: stat.ino },
      };
    }
  }
}

/**
 * Walks a directory tree breadth first (so that shallow files come first)
 * without recursion and without following symbolic links: a link is an
 * entry of its own, never entered, so loops and escapes cannot happen.
 * Sockets, FIFOs and devices are left out. Stops after `maxDirectories`
 * folders; the consumer stops it early by leaving its loop.
 */
export async function* walkDirectory(
  root: string,
  options: { maxDirectories: number; signal?: AbortSignal },
): AsyncGenerator<WalkEntry> {
  const queue = [''];
  // One more than the cap is enough to tell that there are too many.
  const enqueue = (folder: string) => {
    if (queue.length <= options.maxDirectories) queue.push(folder);
  };
  for (let next = 0; next < queue.length; next++) {
    if (next >= options.maxDirectories) {
      yield {
        type: 'incomplete',
        reason: `more than ${options.maxDirectories} directories`,
      };
      return;
    }
    const folder = queue[next];
    const unreadable = (error: unknown): WalkEntry => ({
      type: 'incomplete',
      reason: `could not list ${folder || '.'} (${errorCode(error)})`,
    });
    let dir;
    try {
      dir = await fs.opendir(join(root, folder));
    } catch (error) {
      yield unreadable(error);
      continue;
    }
    try {
      let names: string[] = [];
      for await (const entry of dir) {
        names.push(entry.name);
        if (names.length >= BATCH) {
          options.signal?.throwIfAborted();
          yield* statBatch(root, folder, names, enqueue);
          names = [];
        }
      }
      options.signal?.throwIfAborted();
      yield* statBatch(root, folder, names, enqueue);
    } catch (error) {
      if (options.signal?.aborted) throw error;
      yield unreadable(error);
    }
  }
}
