import type { CheckOutcome } from './scorecard';

/**
 * Catalog facts of an evaluated entity, kept beside its results so that
 * lists and aggregates filter and sort in the database.
 *
 * @public
 */
export interface EntityFacts {
  /** e.g. `component:default/payments-api` (lower case). */
  entityRef: string;
  kind: string;
  namespace: string;
  name: string;
  title?: string;
  type?: string;
  lifecycle?: string;
  /** Entity ref of the owner, e.g. `group:default/team-payments`. */
  owner?: string;
  /** Entity ref of the system, e.g. `system:default/payments`. */
  system?: string;
  /** Entity ref of the domain (of the system), when known. */
  domain?: string;
}

/**
 * An entity's catalog facts and where it stands, as lists show it.
 *
 * @public
 */
export interface EntitySummary extends EntityFacts {
  /** Highest phase reached; null when not started. */
  phase: string | null;
  /** Next phase to reach; null at the top. */
  nextPhase: string | null;
  /** Share (0..1) of the next phase's checks that are met. */
  progress: number;
  counts: Record<CheckOutcome, number>;
  /** Check ids that keep the entity from its next phase. */
  blocking: string[];
  evaluatedAt: string;
  /** Since when the entity has been at its current phase. */
  phaseSince: string;
}

/**
 * The filters of the entity list, the summary and the owner roll-up, as
 * query parameters (repeatable; any value matches).
 *
 * @public
 */
export interface EntityFilterParameters {
  /** Owner refs; a group includes its sub-groups. */
  owner?: string[];
  system?: string[];
  domain?: string[];
  type?: string[];
  lifecycle?: string[];
  kind?: string[];
  /** Phase ids or `not-started`. */
  phase?: string[];
  /** Substring of name or title, case-insensitive. */
  search?: string;
}

/**
 * The fields the entity list sorts by.
 *
 * @public
 */
export type EntitySortField =
  | 'name'
  | 'phase'
  | 'progress'
  | 'owner'
  | 'system'
  | 'type'
  | 'lifecycle'
  | 'evaluatedAt';
