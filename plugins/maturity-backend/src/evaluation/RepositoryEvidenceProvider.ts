import { resolve } from 'node:path';
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
import type { RepositoryEvidence } from '@backstage-maturity/plugin-maturity-common';
import { HostCircuitBreaker } from './HostCircuitBreaker';
import { deferRepository } from './worker/deferredRepository';
import {
  RepositoryWorkerPool,
  type RepositoryWorkerSettings,
} from './worker/RepositoryWorkerPool';

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
  /**
   * Worker threads that read mirrors and evaluate what they read, off the
   * event loop that serves the API (`threads: 0` or none: in the main
   * thread, through `localReader`). Their reader is configured as
   * `localReader` should be: `roots`, `limits`, `timeoutMs`.
   */
  workers?: RepositoryWorkerSettings;
  /** A pool to share, instead of one made from `workers` (for tests). */
  workerPool?: RepositoryWorkerPool;
}

function hostOf(location: string): string | undefined {
  try {
    return new URL(location).host;
  } catch {
    return undefined;
  }
}

/**
 * A mirror's reason as users may read it: the server's folders, which tell
 * them nothing and should not be shown, are named by the repository URL;
 * a path inside the repository's folder becomes relative to it.
 */
export function withoutServerPath(
  reason: string,
  directory: string,
  location: string,
  roots: string[] = [],
): string {
  const copy = `the local copy of ${location}`;
  let text = reason.split(`${directory}/`).join('');
  text = text.split(directory).join(copy);
  for (const root of roots) {
    text = text.split(root).join('the mirror folder');
  }
  return text;
}

/** The evidence of a mirror's read, with reasons users may read. */
function mirrorEvidence(
  read: Awaited<ReturnType<RepositoryReader['read']>>,
  directory: string,
  location: string,
  roots: string[],
): RepositoryEvidence {
  if (read.status === 'read') {
    return { status: 'read', snapshot: read.snapshot, location };
  }
  return {
    status: 'unavailable',
    location,
    reason:
      read.status === 'unavailable'
        ? withoutServerPath(read.reason, directory, location, roots)
        : 'mirror reported no change',
  };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
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
  readonly #pool?: RepositoryWorkerPool;

  constructor(options: RepositoryEvidenceProviderOptions) {
    this.#pool =
      options.workerPool ??
      (options.workers && options.workers.threads > 0
        ? new RepositoryWorkerPool(options.workers)
        : undefined);
    this.#options = { ...options, workerPool: this.#pool };
    this.#breaker = new HostCircuitBreaker(options.circuitBreakerFailures);
  }

  /** A provider whose circuit breakers start closed (threads are kept). */
  startCycle(): RepositoryEvidenceProvider {
    return new RepositoryEvidenceProvider(this.#options);
  }

  /** Ends the worker threads, if any. */
  async close(): Promise<void> {
    await this.#pool?.close();
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
    const roots = this.#options.mirrors.map(m => resolve(m.directory));
    const pool = this.#pool;
    if (directory && pool) {
      // Read (and evaluated) in a worker thread when the entity is.
      return {
        kind: 'evidence',
        evidence: {
          repository: deferRepository(location, {
            run: evaluation =>
              pool.run({ directory, location, contentGlobs, evaluation }),
            evidence: read => mirrorEvidence(read, directory, location, roots),
            failed: error => ({
              status: 'unavailable',
              location,
              reason: `the local copy of ${location} could not be read: its worker thread failed (${withoutServerPath(
                errorMessage(error),
                directory,
                location,
                roots,
              )})`,
            }),
          }),
        },
      };
    }
    if (directory && this.#options.localReader) {
      const read = await this.#options.localReader.read({
        location: directory,
        contentGlobs,
      });
      return {
        kind: 'evidence',
        evidence: {
          repository: mirrorEvidence(read, directory, location, roots),
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
    const { snapshot } = read;
    const evidence: RepositoryEvidence = { status: 'read', snapshot, location };
    return {
      kind: 'evidence',
      evidence: {
        // With threads, the rules run over the snapshot in one of them too.
        repository: pool
          ? deferRepository(location, {
              run: evaluation =>
                evaluation
                  ? pool.run({ snapshot, location, contentGlobs, evaluation })
                  : Promise.resolve({ read }),
              evidence: () => evidence,
              failed: error => ({
                status: 'unavailable',
                location,
                reason: `${location} could not be evaluated: its worker thread failed (${errorMessage(
                  error,
                )})`,
              }),
            })
          : evidence,
      },
      token: read.etag,
    };
  }
}
