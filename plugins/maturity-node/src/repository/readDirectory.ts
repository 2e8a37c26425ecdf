import { readlinkSync } from 'node:fs';
import { join, posix } from 'node:path';
import { readFileBounded } from './readFileBounded';
import type { SnapshotBuilder } from './snapshotBuilder';
import { TimeSlices } from './timeSlices';
import { walkDirectory, type FileIdentity } from './walkDirectory';

/**
 * Reads the files the builder planned, from the tree at `root`. With
 * `identities`, a file must still be the one that was listed.
 */
export async function readPlannedFiles(
  root: string,
  builder: SnapshotBuilder,
  options: {
    signal?: AbortSignal;
    identities?: Map<string, FileIdentity>;
    slices?: TimeSlices;
  },
): Promise<void> {
  const slices = options.slices ?? new TimeSlices(options.signal);
  for (const path of builder.wanted()) {
    if (slices.due) await slices.pause();
    const read = readFileBounded(
      join(root, path),
      builder.limits.maxFileBytes,
      options.identities?.get(path),
    );
    if ('problem' in read) builder.skip(path, read.problem);
    else builder.addContent(path, read.bytes, read.size);
  }
}

/**
 * The repository path a symbolic link points at, when it stays inside the
 * repository; undefined for a link that leaves it (or cannot be read).
 */
function linkTarget(root: string, path: string): string | undefined {
  let target: string;
  try {
    target = readlinkSync(join(root, path), 'utf8');
  } catch {
    return undefined;
  }
  if (posix.isAbsolute(target) || target.includes('\\')) return undefined;
  const resolved = posix.normalize(posix.join(posix.dirname(path), target));
  if (resolved === '..' || resolved.startsWith('../')) return undefined;
  return resolved;
}

/** Lists the tree at `root` into the builder, then reads the planned files. */
export async function readDirectory(
  root: string,
  builder: SnapshotBuilder,
  signal?: AbortSignal,
): Promise<void> {
  const slices = new TimeSlices(signal);
  const identities = new Map<string, FileIdentity>();
  const walk = walkDirectory(root, { maxDirectories: builder.limits.maxFiles });
  for (const entry of walk) {
    if (entry.type === 'incomplete') {
      builder.truncate(entry.reason);
    } else if (builder.addFile(entry.path, entry.size, entry.type)) {
      identities.set(entry.path, entry.identity);
    } else if (entry.type === 'symlink') {
      const target = linkTarget(root, entry.path);
      if (target) builder.linkTo(entry.path, target);
    }
    if (builder.full) break;
    if (slices.due) await slices.pause();
  }
  await readPlannedFiles(root, builder, { signal, identities, slices });
}
