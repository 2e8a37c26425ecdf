import type { RepositorySnapshot } from '@backstage-maturity/plugin-maturity-common';
import type {
  RepositoryReadRequest,
  RepositoryReadResult,
  RepositoryReader,
} from '@backstage-maturity/plugin-maturity-node';

/** A repository kept in memory: its files and their text. */
export interface InMemoryRepository {
  files: Record<string, string>;
  /**
   * Changes whenever the files change. Absent: the repository has no
   * version to compare, and is read in full every time.
   */
  etag?: string;
}

/**
 * Serves repositories from memory, by location, with etags, and with
 * failures on demand: for tests and benchmarks of the evaluation cycle.
 */
export class InMemoryRepositoryReader implements RepositoryReader {
  /** By location; benchmarks may give a map that makes them on demand. */
  readonly repositories: Map<string, InMemoryRepository>;
  /** Locations whose reads fail, with the failure. */
  readonly failures = new Map<
    string,
    { reason: string; httpStatus?: number; host?: string }
  >();
  /** Every read, in order: location and whether an etag was sent. */
  readonly reads: Array<{ location: string; etag?: string }> = [];

  constructor(repositories = new Map<string, InMemoryRepository>()) {
    this.repositories = repositories;
  }

  async read(request: RepositoryReadRequest): Promise<RepositoryReadResult> {
    this.reads.push({ location: request.location, etag: request.etag });
    const failure = this.failures.get(request.location);
    if (failure) {
      return { status: 'unavailable', ...failure };
    }
    const repository = this.repositories.get(request.location);
    if (!repository) {
      return {
        status: 'unavailable',
        reason: `HTTP 404 Not Found for ${request.location}`,
        httpStatus: 404,
      };
    }
    if (request.etag && request.etag === repository.etag) {
      return { status: 'not-modified', etag: repository.etag };
    }
    const snapshot: RepositorySnapshot = {
      files: Object.entries(repository.files).map(([path, text]) => ({
        path,
        size: text.length,
      })),
      contents: { ...repository.files },
      skipped: {},
    };
    return { status: 'read', snapshot, etag: repository.etag };
  }
}
