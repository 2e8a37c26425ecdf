import { join } from 'node:path';
import { readFileBounded } from './readFileBounded';
import type { SnapshotBuilder } from './snapshotBuilder';
import { walkDirectory, type FileIdentity } from './walkDirectory';

/** Files read at once. */
const PARALLEL_READS = 16;

/**
 * Reads the files the builder planned, from the tree at `root`. With
 * `identities`, a file must still be the one that was listed.
 */
export async function readPlannedFiles(
  root: string,
  builder: SnapshotBuilder,
  options: { signal?: AbortSignal; identities?: Map<string, FileIdentity> },
): Promise<void> {
  const wanted = builder.wanted();
  let next = 0;
  // A small pool of readers, each taking the next planned file.
  const worker = async () => {
    while (next < wanted.length) {
      options.signal?.throwIfAborted();
      const path = wanted[next++];
      const read = await readFileBounded(
        join(root, path),
        builder.limits.maxFileBytes,
        options.identities?.get(path),
      );
      if ('problem' in read) builder.skip(path, read.problem);
      else builder.addContent(path, read.bytes, read.size);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_READS }, worker));
}

/** Lists the tree at `root` into the builder, then reads the planned files. */
export async function readDirectory(
  root: string,
  builder: SnapshotBuilder,
  signal?: AbortSignal,
): Promise<void> {
  const identities = new Map<string, FileIdentity>();
  const walk = walkDirectory(root, {
    maxDirectories: builder.limits.maxFiles,
    signal,
  });
  for await (const entry of walk) {
    if (entry.type === 'incomplete') {
      builder.truncate(entry.reason);
    } else if (builder.addFile(entry.path, entry.size, entry.type)) {
      identities.set(entry.path, entry.identity);
    }
    if (builder.full) break;
  }
  await readPlannedFiles(root, builder, { signal, identities });
}
