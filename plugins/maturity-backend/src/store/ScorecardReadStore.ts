import type { EntityRead } from './EntityReadCache';
import type {
  CheckTransition,
  PhaseChange,
} from '@backstage-maturity/plugin-maturity-common';
import type {
  EntityFilter,
  EntityListQuery,
  EntitySummary,
  EvaluationRun,
  StoredEntity,
} from './types';

/**
 * What the API reads: stored scorecards, lists, roll-ups aggregated in SQL,
 * history and runs. Nothing here writes.
 */
export interface ScorecardReadStore {
  getEntity(entityRef: string): Promise<StoredEntity | undefined>;
  /**
   * A text made by `read` from one entity's stored evaluation (its
   * scorecard as sent, per `variant`), kept until this store writes the
   * entity or its waivers, a minute at most (other replicas' writes), or
   * until the `validUntil` that `read` gives.
   */
  cachedEntityText(
    entityRef: string,
    variant: string,
    read: () => Promise<EntityRead>,
  ): Promise<string>;
  listEntities(
    query: EntityListQuery,
  ): Promise<{ items: EntitySummary[]; totalCount: number }>;
  /**
   * Count per standing (a phase id, `null` = not started, `unknown`),
   * aggregated in SQL.
   */
  getPhaseDistribution(
    filter: EntityFilter,
  ): Promise<Array<{ phase: string | null; count: number }>>;
  /** Count per owner and standing, aggregated in SQL. */
  getOwnerDistribution(
    filter: EntityFilter,
  ): Promise<Array<{ owner: string; phase: string | null; count: number }>>;
  /**
   * A page of the checks that keep most entities from their next phase,
   * and how many checks block any entity.
   */
  getBlockers(
    filter: EntityFilter,
    page: { limit: number; offset?: number },
  ): Promise<{
    items: Array<{ checkId: string; count: number }>;
    totalCount: number;
  }>;
  /** Count per day and phase between two days (inclusive), for owners. */
  getTrend(options: {
    from: string;
    to: string;
    owners?: string[];
  }): Promise<Array<{ day: string; phase: string | null; count: number }>>;
  /** The entity's phase changes, oldest first. */
  getPhaseTimeline(entityRef: string): Promise<PhaseChange[]>;
  /** The entity's outcome transitions, newest first. */
  getCheckHistory(entityRef: string, limit: number): Promise<CheckTransition[]>;
  /** The last evaluation runs, newest first. */
  listRuns(limit: number): Promise<EvaluationRun[]>;
}
