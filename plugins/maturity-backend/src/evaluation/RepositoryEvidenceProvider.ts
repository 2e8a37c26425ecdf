import type { Entity } from '@backstage/catalog-model';
import type { RepositoryEvidence } from '@backstage-maturity/plugin-maturity-common';
import type { RepositoryReader } from '@backstage-maturity/plugin-maturity-node';
import { HostCircuitBreaker } from './HostCircuitBreaker';
import {
  mirroredDirectory,
  repositoryLocation,
  type RepositoryMirror,
} from './repositoryLocation';

/** The outcome of reading one entity's repository. */
export type CollectedRepository =
  | { kind: 'evidence'; evidence: RepositoryEvidence; etag?: string }
  /** The repository is unchanged since the etag given. */
  | { kind: 'not-modified'; location: string; etag: string };

export interface RepositoryEvidenceCollectorOptions {
  urlReader: RepositoryReader;
  localReader?: RepositoryReader;
  mirrors: RepositoryMirror[];
  contentGlobs: string[];
  circuitBreakerFailures: number;
}

function hostOf(location: string): string | undefined {
  try {
    return new URL(location).host;
  } catch {
    return undefined;
  }
}

/**
 * Reads entities' repositories for one evaluation cycle: from a local mirror
 * when one is configured, otherwise through Backstage's URL readers with the
 * previous etag, skipping hosts that keep failing.
 */
export class RepositoryEvidenceCollector {
  readonly #options: RepositoryEvidenceCollectorOptions;
  readonly #breaker: HostCircuitBreaker;

  constructor(options: RepositoryEvidenceCollectorOptions) {
    this.#options = options;
    this.#breaker = new HostCircuitBreaker(options.circuitBreakerFailures);
  }

  async collect(
    entity: Entity,
    previous?: { location?: string; etag?: string },
  ): Promise<CollectedRepository> {
    const location = repositoryLocation(entity);
    if (!location) {
      return {
        kind: 'evidence',
        evidence: {
          status: 'unavailable',
          reason:
            'no repository location: add the backstage.io/source-location annotation',
        },
      };
    }

    const directory = mirroredDirectory(location, this.#options.mirrors);
    if (directory && this.#options.localReader) {
      const read = await this.#options.localReader.read({
        location: directory,
        contentGlobs: this.#options.contentGlobs,
      });
      return read.status === 'read'
        ? {
            kind: 'evidence',
            evidence: { status: 'read', snapshot: read.snapshot, location },
          }
        : {
            kind: 'evidence',
            evidence: {
              status: 'unavailable',
              location,
              reason:
                read.status === 'unavailable'
                  ? read.reason
                  : 'mirror reported no change',
            },
          };
    }

    const host = hostOf(location) ?? location;
    const open = this.#breaker.openReason(host);
    if (open) {
      return {
        kind: 'evidence',
        evidence: {
          status: 'unavailable',
          location,
          reason: `skipped: reads from ${host} failed earlier in this cycle (${open})`,
        },
      };
    }

    const etag = previous?.location === location ? previous.etag : undefined;
    const read = await this.#options.urlReader.read({
      location,
      contentGlobs: this.#options.contentGlobs,
      etag,
    });
    if (read.status === 'unavailable') {
      this.#breaker.recordFailure(
        read.host ?? host,
        read.reason,
        read.httpStatus,
      );
      return {
        kind: 'evidence',
        evidence: { status: 'unavailable', location, reason: read.reason },
      };
    }
    this.#breaker.recordSuccess(host);
    if (read.status === 'not-modified') {
      return { kind: 'not-modified', location, etag: read.etag };
    }
    return {
      kind: 'evidence',
      evidence: { status: 'read', snapshot: read.snapshot, location },
      etag: read.etag,
    };
  }
}
