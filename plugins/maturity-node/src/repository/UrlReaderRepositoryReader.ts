import type {
  UrlReaderService,
  UrlReaderServiceReadTreeResponse,
} from '@backstage/backend-plugin-api';
import { isError } from '@backstage/errors';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Deadline } from './deadline';
import { describeReadError } from './describeReadError';
import { withoutFolder } from './withoutFolder';
import { readDirectory, readPlannedFiles } from './readDirectory';
import { SnapshotBuilder } from './snapshotBuilder';
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
export interface UrlReaderRepositoryReaderOptions {
  urlReader: UrlReaderService;
  limits?: Partial<RepositoryReadLimits>;
  /** Time limit of one read, download included; default 120 seconds. */
  timeoutMs?: number;
  /** Where planned files are unpacked for a moment; default the OS tmpdir. */
  workingDirectory?: string;
}

const noop = () => undefined;

/**
 * Reads repositories through Backstage's `UrlReaderService.readTree`, so
 * every configured integration (GitHub, GitLab, Bitbucket, Azure, ...) works
 * with its credentials. The previous etag is passed on: an unchanged
 * repository gives `not-modified` without being downloaded.
 *
 * The archive is streamed once. Backstage's `filter` hook sees every file
 * with its size, which lists it; only the files whose text is planned are
 * unpacked (into a temporary folder, removed afterwards), so memory and disk
 * stay within the read budget whatever the repository's size. Backstage
 * unpacks no link that points out of the tree, and a link inside it is
 * reported, not followed.
 *
 * @public
 */
export class UrlReaderRepositoryReader implements RepositoryReader {
  readonly #urlReader: UrlReaderService;
  readonly #limits: RepositoryReadLimits;
  readonly #timeoutMs: number;
  readonly #workingDirectory: string;

  constructor(options: UrlReaderRepositoryReaderOptions) {
    this.#urlReader = options.urlReader;
    this.#limits = { ...DEFAULT_READ_LIMITS, ...options.limits };
    this.#timeoutMs = options.timeoutMs ?? 120_000;
    this.#workingDirectory = options.workingDirectory ?? tmpdir();
  }

  async read(request: RepositoryReadRequest): Promise<RepositoryReadResult> {
    const { location } = request;
    let host: string;
    try {
      host = new URL(location).host;
    } catch {
      return { status: 'unavailable', reason: `${location} is not a URL` };
    }
    const deadline = new Deadline(request.signal, this.#timeoutMs);
    const builder = new SnapshotBuilder(request.contentGlobs, this.#limits);
    let offered = 0;
    const filter = (path: string, info?: { size: number }) => {
      if (path === '' || path.endsWith('/')) return false; // a folder
      offered++;
      return builder.addFile(path, info?.size ?? 0);
    };

    let response: UrlReaderServiceReadTreeResponse;
    try {
      response = await deadline.race(
        this.#urlReader.readTree(location, {
          etag: request.etag,
          signal: deadline.signal,
          filter,
        }),
      );
    } catch (error) {
      if (deadline.expired) {
        return { status: 'unavailable', reason: deadline.reason(), host };
      }
      if (isError(error) && error.name === 'NotModifiedError' && request.etag) {
        return { status: 'not-modified', etag: request.etag };
      }
      const { reason, httpStatus } = describeReadError(error);
      return {
        status: 'unavailable',
        reason: `could not read ${location}: ${reason}`,
        host,
        ...(httpStatus !== undefined && { httpStatus }),
      };
    }

    let dir: string;
    try {
      dir = await fs.mkdtemp(join(this.#workingDirectory, 'maturity-'));
    } catch (error) {
      const reason = `could not create a working folder: ${withoutFolder(
        String(error),
        this.#workingDirectory,
        'the working folder',
      )}`;
      return { status: 'unavailable', reason, host };
    }
    const unpacked = Promise.resolve().then(() =>
      response.dir({ targetDir: dir }),
    );
    try {
      await deadline.race(unpacked);
      if (offered === 0) {
        // A reader that ignores the filter unpacked the whole tree.
        await readDirectory(dir, builder, deadline.signal);
      } else {
        await readPlannedFiles(dir, builder, { signal: deadline.signal });
      }
    } catch (error) {
      const reason = deadline.expired
        ? deadline.reason()
        : `could not unpack the archive of ${location}: ${withoutFolder(
            describeReadError(error).reason,
            dir,
            'the unpacked archive',
          )}`;
      return { status: 'unavailable', reason, host };
    } finally {
      // After a timeout the unpacking may still run: clean up once it ends.
      const removal = unpacked
        .then(noop, noop)
        .then(() => fs.rm(dir, { recursive: true, force: true }))
        .catch(noop);
      if (!deadline.expired) await removal;
    }

    if (builder.fileCount === 0 && !builder.full) {
      // An empty repository has no commit to read a tree of: no files means
      // an archive that unpacked to nothing, which is no evidence of absence.
      return {
        status: 'unavailable',
        reason: `the archive of ${location} holds no files (empty or not an archive)`,
        host,
      };
    }
    return {
      status: 'read',
      snapshot: builder.build(),
      ...(response.etag && { etag: response.etag }),
    };
  }
}
