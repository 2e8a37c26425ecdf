import type {
  AuditRecord,
  EntityFilter,
  EntityListQuery,
  EntitySummary,
  EvaluationRecord,
  EvaluationRun,
  PriorState,
  SaveStats,
  StoredEntity,
  StoredWaiver,
} from './types';

/**
 * Persistence of the maturity plugin: current results, history as changes,
 * daily snapshots, evaluation runs, waivers and their audit trail. The store
 * never evaluates; every method is batched (no query per entity or check).
 */
export interface MaturityStore {
  // ---- evaluation cycle -------------------------------------------------

  startRun(at: Date): Promise<number>;
  finishRun(
    runId: number,
    result: { at: Date; entities: number; errors: number; unreadable: number },
  ): Promise<void>;
  listRuns(limit: number): Promise<EvaluationRun[]>;

  /** What the next evaluation needs of these entities (missing = new). */
  getPriorStates(entityRefs: string[]): Promise<Map<string, PriorState>>;

  /**
   * Saves evaluations: upserts the summary rows, writes check rows only
   * where outcome, evidence, reason, waiver or blocking changed, and appends
   * history rows for outcome transitions and phase changes. An unchanged
   * evaluation writes no check or history rows.
   */
  saveEvaluations(
    records: EvaluationRecord[],
    options: { runId: number; at: Date },
  ): Promise<SaveStats>;

  /** Deletes everything of entities that the run did not see (removed from the catalog). */
  deleteEntitiesNotSeenIn(runId: number): Promise<number>;

  /** Deletes everything of these entities. */
  deleteEntities(entityRefs: string[]): Promise<number>;

  /** Records the count per owner and phase for a day (YYYY-MM-DD), in SQL. */
  recordDailySnapshot(day: string): Promise<void>;

  /** Deletes history, snapshots, runs and audit records older than `before`. */
  pruneHistory(before: Date): Promise<number>;

  /**
   * Deletes the lists of what checks looked for that no result refers to
   * and that no save used since `unusedSince`.
   */
  deleteUnusedLookedFor(unusedSince: Date): Promise<number>;

  // ---- reads for the API ------------------------------------------------

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
  getPhaseTimeline(
    entityRef: string,
  ): Promise<Array<{ at: string; from: string | null; to: string | null }>>;
  /** The entity's outcome transitions, newest first. */
  getCheckHistory(
    entityRef: string,
    limit: number,
  ): Promise<
    Array<{ at: string; checkId: string; from: string | null; to: string }>
  >;

  // ---- waivers ----------------------------------------------------------

  /** Active and past waivers of an entity, newest first. */
  listWaivers(entityRef: string): Promise<StoredWaiver[]>;
  /** Unrevoked, unexpired waivers of many entities, for evaluation. */
  getActiveWaivers(
    entityRefs: string[],
    now: Date,
  ): Promise<Map<string, StoredWaiver[]>>;
  getWaiver(id: string): Promise<StoredWaiver | undefined>;
  /** Creates a waiver and its audit record in one transaction. */
  createWaiver(
    waiver: Omit<StoredWaiver, 'id' | 'createdAt' | 'revokedAt' | 'revokedBy'>,
    actor: string,
    at: Date,
  ): Promise<StoredWaiver>;
  /** Revokes a waiver and records who and why, in one transaction. */
  revokeWaiver(
    id: string,
    actor: string,
    reason: string,
    at: Date,
  ): Promise<StoredWaiver | undefined>;

  // ---- audit ------------------------------------------------------------

  addAudit(record: Omit<AuditRecord, 'id'>): Promise<void>;
  listAudit(options: {
    entityRef?: string;
    limit: number;
  }): Promise<AuditRecord[]>;
}
