import type { ScmIntegrationRegistry } from '@backstage/integration';
import {
  mirroredDirectory,
  repositoryLocation,
  type EvidenceRequest,
  type EvidenceResult,
  type MaturityEvidenceProvider,
  type RepositoryMirror,
  type RepositoryReader,
} from '@backstage-maturity/plugin-maturity-node';
import { HostCircuitBreaker } from './HostCircuitBreaker';

export interface RepositoryEvidenceProviderOptions {
  urlReader: RepositoryReader;
  localReader?: RepositoryReader;
  mirrors: RepositoryMirror[];
  circuitBreakerFailures: number;
  /**
   * The configured integrations, so that a project slug on a GitHub
   * Enterprise or self-hosted GitLab host resolves to that host.
   */
  integrations?: ScmIntegrationRegistry;
}

function hostOf(location: string): string | undefined {
  try {
    return new URL(location).host;
  } catch {
    return undefined;
  }
}

/**
 * A mirror's reason as users may read it: the server's folder, which tells
 * them nothing and should not be shown, is named by the repository URL.
 */
function withoutServerPath(
  reason: string,
  directory: string,
  location: string,
): string {
  return reason.split(directory).join(`the local copy of ${location}`);
}

/**
 * The built-in evidence provider: reads entities' repositories, from a local
 * mirror when one is configured, otherwise through Backstage's URL readers
 * with the previous etag as its token. Within a cycle, hosts that keep
 * failing are skipped.
 */
export class RepositoryEvidenceProvider implements MaturityEvidenceProvider {
  readonly id = 'repository';
  readonly #options: RepositoryEvidenceProviderOptions;
  readonly #breaker: HostCircuitBreaker;

  constructor(options: RepositoryEvidenceProviderOptions) {
    this.#options = options;
    this.#breaker = new HostCircuitBreaker(options.circuitBreakerFailures);
  }

  /** A provider whose circuit breakers start closed. */
  startCycle(): RepositoryEvidenceProvider {
    return new RepositoryEvidenceProvider(this.#options);
  }

  async collect(request: EvidenceRequest): Promise<EvidenceResult> {
    const { entity, contentGlobs } = request;
    const location = repositoryLocation(entity, this.#options.integrations);
    if (!location) {
      return {
        kind: 'evidence',
        evidence: {
          repository: {
            status: 'unavailable',
            reason:
              'no repository location: add the backstage.io/source-location annotation',
          },
        },
      };
    }

    const directory = mirroredDirectory(location, this.#options.mirrors);
    if (directory && this.#options.localReader) {
      const read = await this.#options.localReader.read({
        location: directory,
        contentGlobs,
      });
      return {
        kind: 'evidence',
        evidence: {
          repository:
            read.status === 'read'
              ? { status: 'read', snapshot: read.snapshot, location }
              : {
                  status: 'unavailable',
                  location,
                  reason:
                    read.status === 'unavailable'
                      ? withoutServerPath(read.reason, directory, location)
                      : 'mirror reported no change',
                },
        },
      };
    }

    const host = hostOf(location) ?? location;
    const open = this.#breaker.openReason(host);
    if (open) {
      return {
        kind: 'evidence',
        evidence: {
          repository: {
            status: 'unavailable',
            location,
            reason: `skipped: reads from ${host} failed earlier in this cycle (${open})`,
          },
        },
      };
    }

    // The token is the etag of the last read; it is only given when the
    // entity (and so its location) is unchanged.
    const read = await this.#options.urlReader.read({
      location,
      contentGlobs,
      etag: request.previousToken,
    });
    if (read.status === 'unavailable') {
      this.#breaker.recordFailure(
        read.host ?? host,
        read.reason,
        read.httpStatus,
      );
      return {
        kind: 'evidence',
        evidence: {
          repository: { status: 'unavailable', location, reason: read.reason },
        },
      };
    }
    this.#breaker.recordSuccess(host);
    if (read.status === 'not-modified') {
      return { kind: 'not-modified', token: read.etag };
    }
    return {
      kind: 'evidence',
      evidence: {
        repository: { status: 'read', snapshot: read.snapshot, location },
      },
      token: read.etag,
    };
  }
}
