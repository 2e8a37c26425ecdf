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
  listEntities(
    query: EntityListQuery,
  ): Promise<{ items: EntitySummary[]; totalCount: number }>;
  /** Count per phase (`null` = not started), aggregated in SQL. */
  getPhaseDistribution(
    filter: EntityFilter,
  ): Promise<Array<{ phase: string | null; count: number }>>;
  /** Count per owner and phase, aggregated in SQL. */
  getOwnerDistribution(
    filter: EntityFilter,
  ): Promise<Array<{ owner: string; phase: string | null; count: number }>>;
  /** The checks that keep most entities from their next phase. */
  getBlockers(
    filter: EntityFilter,
    limit: number,
  ): Promise<Array<{ checkId: string; count: number }>>;
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
