import type {
  CheckOutcome,
  CheckResult,
  EntityCheck,
  EntityFacts,
  EntitySortField,
  EntitySummary,
  PhaseProgress,
  TrackScore,
  WaiverResponse,
} from '@backstage-maturity/plugin-maturity-common';
import type { EntityEvaluation } from '@backstage-maturity/plugin-maturity-node';

export type {
  EntitySortField,
  EntitySummary,
} from '@backstage-maturity/plugin-maturity-common';

/** What is stored of an entity's catalog facts: the API's, and its tags. */
export type StoredEntityFacts = EntityFacts & {
  /** `metadata.tags`, lower case; campaign filters match them. */
  tags?: string[];
};

/** One entity's evaluation, as the scheduled task hands it to the store. */
export interface EvaluationRecord {
  facts: StoredEntityFacts;
  scorecard: EntityEvaluation;
  /** Where the repository was read from, and its etag for the next read. */
  repository?: { location?: string; etag?: string };
  /**
   * Digest of everything besides the repository that the evaluation read
   * (entity, catalog context, active waivers, checklist). With an unchanged
   * repository etag and digest, the next cycle can skip the entity.
   */
  inputsDigest?: string;
}

/** The progress per phase and per track that the engine decided. */
export interface ProgressDetail {
  phases: PhaseProgress[];
  tracks: TrackScore[];
}

/** An entity's stored evaluation, as the API reads it. */
export interface StoredEntity {
  summary: EntitySummary;
  progress: ProgressDetail;
  checks: StoredCheckResult[];
}

/** What the store remembers of an entity for its next evaluation. */
export interface PriorState {
  entityRef: string;
  phase: string | null;
  repository?: { location?: string; etag?: string };
  /** The `inputsDigest` of the last evaluation. */
  inputsDigest?: string;
  /** The last conclusive (not `error`) outcome of each check. */
  conclusive: Record<string, CheckOutcome>;
  /**
   * The last conclusive result of each check, reused when neither the
   * entity nor its evidence changed. Empty when not read (see
   * {@link PriorStateOptions}).
   */
  results: Record<string, CheckResult>;
}

/** What of the prior states to read. */
export interface PriorStateOptions {
  /**
   * Whose full results to read (what was seen, what was looked for): those
   * that may be reused. The others get their conclusive outcomes only,
   * which is all a re-evaluation needs. Default: every entity's.
   */
  resultsFor?: (state: PriorState) => boolean;
}

/** Counts written by one save, to prove that unchanged cycles write nothing. */
export interface SaveStats {
  checkRowsWritten: number;
  historyRowsWritten: number;
  phaseChanges: number;
}

/**
 * A stored check result, with the last conclusive outcome for errors: the
 * API's check without its definition, which the router joins.
 */
export type StoredCheckResult = Omit<
  EntityCheck,
  | 'title'
  | 'phase'
  | 'track'
  | 'required'
  | 'why'
  | 'howToPass'
  | 'guidanceUrl'
  | 'attestable'
>;

/** Filters shared by the list, summary and roll-up queries. */
export interface EntityFilter {
  /** Owner entity refs (the router expands groups to their sub-groups). */
  owners?: string[];
  systems?: string[];
  domains?: string[];
  types?: string[];
  lifecycles?: string[];
  kinds?: string[];
  /** `metadata.tags` values, lower case; an entity with any of them matches. */
  tags?: string[];
  /**
   * Phase ids; `null` for entities that have not started, `unknown` for
   * those whose standing cannot be told (which match nothing else).
   */
  phases?: Array<string | null>;
  /** Check ids: only entities that one of them keeps from their next phase. */
  blockers?: string[];
  /** Substring of name or title, case-insensitive. */
  search?: string;
  /**
   * Only these entity refs: the entities the caller may read in the catalog
   * when the permission framework restricts them. Undefined means all.
   */
  entityRefs?: string[];
}

export interface EntityListQuery {
  filter: EntityFilter;
  sort: EntitySortField;
  order: 'asc' | 'desc';
  limit: number;
  offset: number;
}

/** A waiver as stored: the API's waiver but for whether it is active now. */
export type StoredWaiver = Omit<WaiverResponse, 'active'>;

export type { EvaluationRun } from '@backstage-maturity/plugin-maturity-common';
