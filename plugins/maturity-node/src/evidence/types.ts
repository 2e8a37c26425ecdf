import type { Entity } from '@backstage/catalog-model';
import type {
  EvidenceFacts,
  RepositoryEvidence,
  ScmFacts,
} from '@backstage-maturity/plugin-maturity-common';

/**
 * What a provider is asked for one entity in one evaluation.
 *
 * @public
 */
export interface EvidenceRequest {
  entity: Entity;
  /**
   * The freshness token this provider returned for the entity last time,
   * when the rest of the entity's inputs are unchanged. A provider that can
   * tell its data did not change since then answers `not-modified`.
   */
  previousToken?: string;
  /** Repository paths whose text the checklist's rules read (globs). */
  contentGlobs: string[];
}

/**
 * Evidence a provider supplies: the repository, hosting-provider facts, or
 * facts of its own (`<provider>.<fact>`, read by `fact` rules).
 *
 * @public
 */
export interface ProvidedEvidence {
  repository?: RepositoryEvidence;
  scm?: ScmFacts;
  facts?: EvidenceFacts;
}

/**
 * A provider's answer: its evidence with a freshness token for next time,
 * or that nothing changed since the token it was given.
 *
 * @public
 */
export type EvidenceResult =
  | { kind: 'evidence'; evidence: ProvidedEvidence; token?: string }
  | { kind: 'not-modified'; token: string };

/**
 * A source of evidence about entities: the repository reader, git history,
 * a code host's API, or an organisation's own tool (on-call, quality gate).
 * A provider never throws for a problem of one entity's data: it says what
 * it could not see (an unavailable repository, or no fact), and the checks
 * that needed it end `error` or attestable, never a wrong `fail`.
 *
 * @public
 */
export interface MaturityEvidenceProvider {
  /** Unique among providers, e.g. `repository`, `github`, `pagerduty`. */
  readonly id: string;
  /**
   * A new session per evaluation cycle, for state that lives as long as
   * one cycle (e.g. circuit breakers, request budgets). Optional.
   */
  startCycle?(): MaturityEvidenceProvider;
  collect(request: EvidenceRequest): Promise<EvidenceResult>;
}
