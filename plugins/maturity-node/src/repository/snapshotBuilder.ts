import type {
  RepositoryFile,
  RepositorySnapshot,
} from '@backstage-maturity/plugin-maturity-common';
import { isIgnoredPath } from '../evaluation/glob';
import { anyGlobMatcher } from '../util/globSet';
import { decodeText } from './decodeText';
import { formatBytes } from './formatBytes';
import { isInIgnoredFolder } from './ignoredFolders';
import type { RepositoryReadLimits } from './types';

function depthOf(path: string): number {
  let depth = 0;
  for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
    depth++;
  }
  return depth;
}

/**
 * Accumulates a repository listing and the text of the files that match the
 * content globs, within the read limits.
 *
 * Which texts to load is planned while listing, from the declared sizes:
 * when the total budget runs out, files nearer the root (manifests, root
 * documents) displace deeper ones, whatever the listing order. Evicted
 * reservations are capped at the budget again, so an archive reader that
 * extracts planned files while listing stores at most twice the budget.
 *
 * Readers share it; it is exported for readers of other sources.
 *
 * @public
 */
export class SnapshotBuilder {
  readonly #limits: RepositoryReadLimits;
  readonly #matches: (path: string) => boolean;
  readonly #files: RepositoryFile[] = [];
  readonly #contents: Record<string, string> = {};
  readonly #skipped: Record<string, string> = {};
  #truncated?: string;
  #overflowed = false;

  /** Bytes charged per planned file: declared size, then actual once read. */
  readonly #planned = new Map<string, number>();
  readonly #read = new Set<string>();
  /** Planned paths by depth in arrival order (may hold released paths). */
  readonly #byDepth = new Map<number, { paths: string[]; bytes: number }>();
  #plannedBytes = 0;
  #plannedEver = 0;

  /** Symbolic links inside the repository, to their targets. */
  readonly #links = new Map<string, string>();

  constructor(contentGlobs: string[], limits: RepositoryReadLimits) {
    this.#limits = limits;
    // What pathMatcher(contentGlobs) says, testing each path once for all
    // globs rather than once per glob.
    const anyGlob = anyGlobMatcher(contentGlobs);
    this.#matches = path => !isIgnoredPath(path) && anyGlob(path);
  }

  /** Whether a file was refused for the file-count cap: stop listing. */
  get full(): boolean {
    return this.#overflowed;
  }

  /** The limits this builder applies. */
  get limits(): RepositoryReadLimits {
    return this.#limits;
  }

  /** How many files are listed. */
  get fileCount(): number {
    return this.#files.length;
  }

  /**
   * Lists a file (a symbolic link is listed as a file, as git stores it) and
   * answers whether its text should be loaded.
   */
  addFile(
    path: string,
    size: number,
    kind: 'file' | 'symlink' = 'file',
  ): boolean {
    if (isInIgnoredFolder(path)) return false;
    if (this.#files.length >= this.#limits.maxFiles) {
      this.#overflowed = true;
      this.truncate(`more than ${this.#limits.maxFiles} files`);
      return false;
    }
    this.#files.push({ path, size });
    if (!this.#matches(path)) return false;
    if (kind === 'symlink') {
      this.skip(path, 'symbolic link not followed');
      return false;
    }
    if (size > this.#limits.maxFileBytes) {
      this.skip(path, this.#tooLarge(size));
      return false;
    }
    return this.#plan(path, size);
  }

  /** Marks the listing as incomplete; the first reason given is kept. */
  truncate(reason: string): void {
    this.#truncated ??= reason;
  }

  /** Records why a listed file's text is not loaded. */
  skip(path: string, reason: string): void {
    this.#release(path);
    delete this.#contents[path];
    this.#skipped[path] = reason;
  }

  /** The planned files not read yet, nearest the root first. */
  wanted(): string[] {
    return [...this.#planned.keys()]
      .filter(path => !this.#read.has(path))
      .map(path => ({ path, depth: depthOf(path) }))
      .sort((a, b) => a.depth - b.depth || (a.path < b.path ? -1 : 1))
      .map(({ path }) => path);
  }

  /**
   * Records the bytes read for a planned file; `size` is the file's full
   * size when only its first bytes were read.
   */
  addContent(path: string, bytes: Uint8Array, size = bytes.length): void {
    const charged = this.#planned.get(path);
    if (charged === undefined) {
      throw new Error(`${path} was not planned for reading`);
    }
    if (size > this.#limits.maxFileBytes) {
      this.skip(path, this.#tooLarge(size));
      return;
    }
    // The file may differ from its declared size (it changed, or the size
    // was unknown): take the difference from the budget's slack.
    const extra = bytes.length - charged;
    if (this.#plannedBytes + extra > this.#limits.maxTotalBytes) {
      this.skip(path, this.#budgetUsedUp());
      return;
    }
    const text = decodeText(bytes);
    if (text === undefined) {
      this.skip(path, 'binary file');
      return;
    }
    this.#charge(path, extra);
    this.#read.add(path);
    this.#contents[path] = text;
  }

  /**
   * Records that a listed symbolic link points at `target`, a path inside
   * the repository: the link reads as its target (`CLAUDE.md` linked to
   * `AGENTS.md`) when the target's text is loaded. Links are never opened.
   */
  linkTo(path: string, target: string): void {
    this.#links.set(path, target);
  }

  build(): RepositorySnapshot {
    const files = [...this.#files].sort((a, b) =>
      a.path < b.path ? -1 : Number(a.path > b.path),
    );
    const contents = { ...this.#contents };
    const skipped = { ...this.#skipped };
    for (const [link, target] of this.#links) {
      if (link in skipped && contents[target] !== undefined) {
        contents[link] = contents[target];
        delete skipped[link];
      }
    }
    return {
      files,
      contents,
      skipped,
      ...(this.#truncated !== undefined && { truncated: this.#truncated }),
    };
  }

  #plan(path: string, size: number): boolean {
    const budget = this.#limits.maxTotalBytes;
    const depth = depthOf(path);
    const needed = this.#plannedBytes + size - budget;
    if (
      this.#plannedEver + size > 2 * budget ||
      (needed > 0 && this.#deeperBytes(depth) < needed)
    ) {
      this.skip(path, this.#budgetUsedUp());
      return false;
    }
    if (needed > 0) this.#evictDeeperThan(depth, needed);

    this.#planned.set(path, size);
    this.#plannedBytes += size;
    this.#plannedEver += size;
    let bucket = this.#byDepth.get(depth);
    if (!bucket) {
      bucket = { paths: [], bytes: 0 };
      this.#byDepth.set(depth, bucket);
    }
    bucket.paths.push(path);
    bucket.bytes += size;
    return true;
  }

  #deeperBytes(depth: number): number {
    let bytes = 0;
    for (const [d, bucket] of this.#byDepth) {
      if (d > depth) bytes += bucket.bytes;
    }
    return bytes;
  }

  /** Drops the deepest, latest plans until `needed` bytes are free. */
  #evictDeeperThan(depth: number, needed: number): void {
    const depths = [...this.#byDepth.keys()]
      .filter(d => d > depth)
      .sort((a, b) => b - a);
    let freed = 0;
    for (const d of depths) {
      const { paths } = this.#byDepth.get(d)!;
      while (freed < needed && paths.length > 0) {
        const path = paths.pop()!;
        const charged = this.#planned.get(path);
        if (charged !== undefined) {
          freed += charged;
          this.skip(path, this.#budgetUsedUp());
        }
      }
      if (freed >= needed) return;
    }
  }

  #charge(path: string, bytes: number): void {
    this.#planned.set(path, this.#planned.get(path)! + bytes);
    this.#plannedBytes += bytes;
    this.#byDepth.get(depthOf(path))!.bytes += bytes;
  }

  #release(path: string): void {
    const charged = this.#planned.get(path);
    if (charged === undefined) return;
    this.#charge(path, -charged);
    this.#planned.delete(path);
    this.#read.delete(path);
  }

  #tooLarge(size: number): string {
    return `larger than ${formatBytes(
      this.#limits.maxFileBytes,
    )} (${size} bytes)`;
  }

  #budgetUsedUp(): string {
    return `read budget of ${formatBytes(this.#limits.maxTotalBytes)} used up`;
  }
}
