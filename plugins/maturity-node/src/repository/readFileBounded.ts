import { constants, promises as fs } from 'node:fs';
import type { FileIdentity } from './walkDirectory';

// No following a link in the last path component, and no blocking on a FIFO
// put in place of a file after the walk.
const FLAGS =
  constants.O_RDONLY |
  (constants.O_NOFOLLOW ?? 0) |
  (constants.O_NONBLOCK ?? 0);

/** The bytes of a file and its size, or why it was not read. */
export type BoundedRead = { bytes: Buffer; size: number } | { problem: string };

function problemOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ELOOP') return 'symbolic link not followed';
  if (code === 'ENOENT') return 'file disappeared';
  return `could not be read (${code ?? String(error)})`;
}

/**
 * Reads a regular file of at most `maxBytes`; a larger one gives no bytes,
 * only its size. With `expected`, the opened file must still be the one that
 * was listed (no folder on its path swapped for a link meanwhile).
 */
export async function readFileBounded(
  file: string,
  maxBytes: number,
  expected?: FileIdentity,
): Promise<BoundedRead> {
  let handle;
  try {
    handle = await fs.open(file, FLAGS);
  } catch (error) {
    return { problem: problemOf(error) };
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return { problem: 'not a regular file' };
    if (expected && (stat.dev !== expected.dev || stat.ino !== expected.ino)) {
      return { problem: 'changed while being read' };
    }
    if (stat.size > maxBytes) {
      return { bytes: Buffer.alloc(0), size: stat.size };
    }
    // One byte more than the size tells a file that grew while being read.
    const buffer = Buffer.alloc(stat.size + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(
        buffer,
        length,
        buffer.length - length,
        null,
      );
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > stat.size) return { problem: 'changed while being read' };
    return { bytes: buffer.subarray(0, length), size: length };
  } catch (error) {
    return { problem: problemOf(error) };
  } finally {
    await handle.close().catch(() => undefined);
  }
}
