import { join } from 'node:path';
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
    }
    if (builder.full) break;
    if (slices.due) await slices.pause();
  }
  await readPlannedFiles(root, builder, { signal, identities, slices });
}
