import type { RepositorySnapshot } from '@backstage-maturity/plugin-maturity-common';

/**
 * Bounds on what one repository read may list and load.
 *
 * @public
 */
export interface RepositoryReadLimits {
  /** Most files listed; a larger tree gives a truncated listing. */
  maxFiles: number;
  /** Largest file whose text is loaded. */
  maxFileBytes: number;
  /** Most bytes of file text loaded per repository. */
  maxTotalBytes: number;
}

/**
 * @public
 */
export const DEFAULT_READ_LIMITS: RepositoryReadLimits = {
  maxFiles: 100_000,
  maxFileBytes: 1024 * 1024,
  maxTotalBytes: 32 * 1024 * 1024,
};

/**
 * What to read of one repository.
 *
 * @public
 */
export interface RepositoryReadRequest {
  /** Where the repository is, in the form the reader understands. */
  location: string;
  /** Globs of the files whose text is loaded, see `contentGlobs`. */
  contentGlobs: string[];
  /** The etag of the previous read, to skip unchanged repositories. */
  etag?: string;
  signal?: AbortSignal;
}

/**
 * The outcome of a repository read. Readers return `unavailable` for every
 * problem of the repository itself (missing, refused, too slow, corrupt) and
 * throw only for programming errors.
 *
 * @public
 */
export type RepositoryReadResult =
  | { status: 'read'; snapshot: RepositorySnapshot; etag?: string }
  | { status: 'not-modified'; etag: string }
  | {
      status: 'unavailable';
      reason: string;
      /** The HTTP status of the failed request, when known. */
      httpStatus?: number;
      /** The host that was read from, for per-host circuit breakers. */
      host?: string;
    };

/**
 * Reads the listing and the bounded text of a repository's files.
 *
 * @public
 */
export interface RepositoryReader {
  read(request: RepositoryReadRequest): Promise<RepositoryReadResult>;
}
