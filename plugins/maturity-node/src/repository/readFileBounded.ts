import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
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
 *
 * Synchronous, to make a file four system calls (open, fstat, read, close)
 * rather than four trips through the thread pool: callers read in time
 * slices (see `TimeSlices`). The size cap bounds how long one call takes.
 */
export function readFileBounded(
  file: string,
  maxBytes: number,
  expected?: FileIdentity,
): BoundedRead {
  let fd: number;
  try {
    fd = openSync(file, FLAGS);
  } catch (error) {
    return { problem: problemOf(error) };
  }
  try {
    // The opened file itself, whatever its path leads to by now.
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { problem: 'not a regular file' };
    if (expected && (stat.dev !== expected.dev || stat.ino !== expected.ino)) {
      return { problem: 'changed while being read' };
    }
    if (stat.size > maxBytes) {
      return { bytes: Buffer.alloc(0), size: stat.size };
    }
    // One byte more than the size tells a file that grew while being read.
    const buffer = Buffer.allocUnsafe(stat.size + 1);
    let length = 0;
    for (;;) {
      const bytesRead = readSync(
        fd,
        buffer,
        length,
        buffer.length - length,
        null,
      );
      length += bytesRead;
      // A regular file reads short only at its end: once its size is in,
      // no further call is needed to learn that nothing follows.
      if (bytesRead === 0 || length >= stat.size) break;
    }
    if (length > stat.size) return { problem: 'changed while being read' };
    return { bytes: buffer.subarray(0, length), size: length };
  } catch (error) {
    return { problem: problemOf(error) };
  } finally {
    try {
      closeSync(fd);
    } catch {
      // Nothing is lost: the bytes are read, or the problem is reported.
    }
  }
}
