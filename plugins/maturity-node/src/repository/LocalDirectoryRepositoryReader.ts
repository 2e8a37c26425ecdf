import { constants, promises as fs } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Deadline } from './deadline';
import { readDirectory } from './readDirectory';
import { SnapshotBuilder } from './snapshotBuilder';
import { withoutFolder } from './withoutFolder';
import {
  DEFAULT_READ_LIMITS,
  type RepositoryReader,
  type RepositoryReadLimits,
  type RepositoryReadRequest,
  type RepositoryReadResult,
} from './types';

/**
 * @public
 */
export interface LocalDirectoryRepositoryReaderOptions {
  /** Folders that repositories may be read from; anything else is refused. */
  roots: string[];
  limits?: Partial<RepositoryReadLimits>;
  /** Time limit of one read; default 60 seconds. */
  timeoutMs?: number;
}

const MESSAGES: Record<string, string> = {
  ENOENT: 'no such directory',
  ENOTDIR: 'no such directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many symbolic links',
};

function unavailable(reason: string): RepositoryReadResult {
  return { status: 'unavailable', reason };
}

/** A directory path from a path, a `file://` URL or a `dir:` location. */
function toPath(location: string): string | undefined {
  if (/^file:/i.test(location)) {
    try {
      return fileURLToPath(location);
    } catch {
      return undefined;
    }
  }
  const path = location.replace(/^dir:/i, '');
  // Another scheme (https://, url:...) is not a local directory.
  if (/^[a-z][a-z0-9+.-]+:/i.test(path) && !/^[a-z]:[\\/]/i.test(path)) {
    return undefined;
  }
  return path ? resolve(path) : undefined;
}

/** Lexically, without resolving links (see `realRoots` for that). */
function inside(path: string, roots: string[]): boolean {
  return roots.some(root => {
    const rest = relative(root, path);
    return rest === '' || !(rest.startsWith('..') || isAbsolute(rest));
  });
}

async function realRoots(roots: string[]): Promise<string[]> {
  // A root that does not exist holds nothing to read.
  const real = await Promise.all(
    roots.map(root => fs.realpath(root).catch(() => undefined)),
  );
  return real.filter((root): root is string => root !== undefined);
}

/**
 * Reads repositories checked out below configured root folders. Refuses any
 * location outside them, also through symbolic links, and never follows a
 * link inside the tree.
 *
 * @public
 */
export class LocalDirectoryRepositoryReader implements RepositoryReader {
  readonly #roots: string[];
  readonly #limits: RepositoryReadLimits;
  readonly #timeoutMs: number;

  constructor(options: LocalDirectoryRepositoryReaderOptions) {
    this.#roots = options.roots.map(root => resolve(root));
    this.#limits = { ...DEFAULT_READ_LIMITS, ...options.limits };
    this.#timeoutMs = options.timeoutMs ?? 60_000;
  }

  async read(request: RepositoryReadRequest): Promise<RepositoryReadResult> {
    const path = toPath(request.location);
    if (!path) {
      return unavailable(`${request.location} is not a local directory`);
    }
    // Checked before touching the file system, so that nothing is revealed
    // about paths outside the roots, not even whether they exist.
    if (!inside(path, this.#roots)) {
      return unavailable(`path ${path} is outside the allowed roots`);
    }
    let real: string;
    try {
      real = await fs.realpath(path);
      if (!inside(real, await realRoots(this.#roots))) {
        return unavailable(`path ${path} leads outside the allowed roots`);
      }
      if (!(await fs.stat(real)).isDirectory()) {
        return unavailable(`no such directory: ${path} is a file`);
      }
      await fs.access(real, constants.R_OK | constants.X_OK);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const message = (code && MESSAGES[code]) ?? code ?? String(error);
      return unavailable(`${message}: ${path}`);
    }

    const deadline = new Deadline(request.signal, this.#timeoutMs);
    const builder = new SnapshotBuilder(request.contentGlobs, this.#limits);
    try {
      await readDirectory(real, builder, deadline.signal);
    } catch (error) {
      if (deadline.expired) return unavailable(deadline.reason());
      // Paths inside the tree as the repository names them.
      const message = withoutFolder(String(error), real, path);
      return unavailable(`could not read ${path}: ${message}`);
    }
    return { status: 'read', snapshot: builder.build() };
  }
}
