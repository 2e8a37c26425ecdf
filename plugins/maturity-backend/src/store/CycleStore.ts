import type { EvaluationRecord, PriorState, SaveStats } from './types';

/**
 * What the scheduled evaluation cycle (and a re-evaluation on request)
 * writes: runs, the evaluations of entities, and the clean-ups at the end of
 * a cycle. Every method is batched (no query per entity or check).
 */
export interface CycleStore {
  startRun(at: Date): Promise<number>;
  finishRun(
    runId: number,
    result: { at: Date; entities: number; errors: number; unreadable: number },
  ): Promise<void>;

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

  /**
   * Deletes everything of entities last seen by a run before this one
   * (removed from the catalog). An entity that a later run saw stays.
   */
  deleteEntitiesNotSeenIn(runId: number): Promise<number>;

  /** Deletes everything of these entities. */
  deleteEntities(entityRefs: string[]): Promise<number>;

  /** Records the count per owner and phase for a day (YYYY-MM-DD), in SQL. */
  recordDailySnapshot(day: string): Promise<void>;

  /** Deletes history, snapshots and runs older than `before`. */
  pruneHistory(before: Date): Promise<number>;

  /**
   * Deletes the lists of what checks looked for that no result refers to
   * and that no save used since `unusedSince`.
   */
  deleteUnusedLookedFor(unusedSince: Date): Promise<number>;
}
