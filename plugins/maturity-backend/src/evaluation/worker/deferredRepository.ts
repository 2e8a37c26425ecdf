import type {
  EntityEvaluation,
  RepositoryReadResult,
} from '@backstage-maturity/plugin-maturity-node';
import type { RepositoryEvidence } from '@backstage-maturity/plugin-maturity-common';
import type { WorkerAnswer, WorkerEvaluation } from './RepositoryWorkerPool';

/**
 * A repository that a worker thread will read when the entity is evaluated:
 * with the other evidence at hand, it reads and evaluates in one task, and
 * only the scorecard comes back.
 */
export interface DeferredRepository {
  /** Reads, and evaluates when `evaluation` is given. */
  run(evaluation?: WorkerEvaluation): Promise<WorkerAnswer>;
  /** The repository evidence of a read, with reasons users may read. */
  evidence(read: RepositoryReadResult): RepositoryEvidence;
  /** The evidence when the thread failed. */
  failed(error: unknown): RepositoryEvidence;
}

const deferred = new WeakMap<RepositoryEvidence, DeferredRepository>();

/**
 * Evidence standing for a repository not read yet. Its snapshot is empty:
 * only `evaluateCatalogEntity`, which looks it up with `deferredRead`, may
 * use it.
 */
export function deferRepository(
  location: string,
  repository: DeferredRepository,
): RepositoryEvidence {
  const evidence: RepositoryEvidence = {
    status: 'read',
    location,
    snapshot: { files: [], contents: {}, skipped: {} },
  };
  deferred.set(evidence, repository);
  return evidence;
}

/** The deferred read behind repository evidence, if it is one. */
export function deferredRead(
  evidence: RepositoryEvidence | undefined,
): DeferredRepository | undefined {
  return evidence ? deferred.get(evidence) : undefined;
}

/**
 * The repository evidence and, when the thread evaluated, the scorecard of
 * a deferred read.
 */
export async function runDeferred(
  repository: DeferredRepository,
  evaluation: WorkerEvaluation | undefined,
): Promise<{ evidence: RepositoryEvidence; scorecard?: EntityEvaluation }> {
  let answer: WorkerAnswer;
  try {
    answer = await repository.run(evaluation);
  } catch (error) {
    return { evidence: repository.failed(error) };
  }
  if ('scorecard' in answer) {
    return {
      evidence: repository.evidence({
        status: 'read',
        snapshot: { files: [], contents: {}, skipped: {} },
      }),
      scorecard: answer.scorecard,
    };
  }
  return { evidence: repository.evidence(answer.read) };
}
