import type {
  EvaluationRecord,
  PriorState,
  PriorStateOptions,
  SaveStats,
} from './types';

/** Which shard of a cycle a run evaluates: `shard` of `shards` (from 1). */
export interface RunShard {
  shard: number;
  shards: number;
}

/** What a run did. */
export interface RunResult {
  at: Date;
  entities: number;
  errors: number;
  unreadable: number;
}

/**
 * What the scheduled evaluation cycle (and a re-evaluation on request)
 * writes: runs, the evaluations of entities, and the clean-ups at the end of
 * a cycle. Every method is batched (no query per entity or check).
 */
export interface CycleStore {
  /**
   * Starts a run, `running` with a heartbeat at `at`; a shard of a cycle
   * says which (1..shards), an evaluation on request gives none.
   */
  startRun(at: Date, shard?: RunShard): Promise<number>;
  /** Closes a run as `finished`, with its counts. */
  finishRun(runId: number, result: RunResult): Promise<void>;

  /**
   * A heartbeat of a run under way, with its counts so far (the entities
   * saved are counted by `saveEvaluations`). False when the run is no longer
   * `running`: another replica judged it dead and marked it interrupted, so
   * that its shard may run elsewhere; it should stop.
   */
  recordRunProgress(
    runId: number,
    progress: { at: Date; errors: number; unreadable: number },
  ): Promise<boolean>;

  /**
   * Closes a run that stopped before it finished as `interrupted`, keeping
   * the count of the entities it saved.
   */
  interruptRun(
    runId: number,
    progress: { at: Date; errors: number; unreadable: number },
  ): Promise<void>;

  /**
   * Marks `interrupted` every `running` run whose last heartbeat is older
   * than `deadBefore` (its process died: it will never finish). Returns
   * their ids.
   */
  markDeadRunsInterrupted(deadBefore: Date): Promise<number[]>;

  /**
   * A heartbeat alone, of a run that is not interrupted: a finished cycle's
   * task beats on while its follow-up work (campaigns, notifications) runs.
   */
  recordHeartbeat(runId: number, at: Date): Promise<void>;

  /**
   * Whether a run of this shard, not interrupted, had a heartbeat since
   * `aliveSince`: the process holding the shard's lock lives.
   */
  hasLiveRun(shard: RunShard, aliveSince: Date): Promise<boolean>;

  /** What the next evaluation needs of these entities (missing = new). */
  getPriorStates(
    entityRefs: string[],
    options?: PriorStateOptions,
  ): Promise<Map<string, PriorState>>;

  /**
   * Saves evaluations: upserts the summary rows, writes check rows only
   * where outcome, evidence, reason, waiver or blocking changed, and appends
   * history rows for outcome transitions and phase changes. An unchanged
   * evaluation writes no check or history rows. The run's count of saved
   * entities grows in the same transaction.
   */
  saveEvaluations(
    records: EvaluationRecord[],
    options: { runId: number; at: Date },
  ): Promise<SaveStats>;

  /**
   * Deletes everything of entities last seen by a run before this one
   * (removed from the catalog). An entity that a later run saw stays.
   */
  deleteEntitiesNotSeenIn(
    runId: number,
    options?: {
      /**
       * Only these entities are considered (a shard's own: the other
       * shards' runs see the others). Default: all.
       */
      inShard?: (entityRef: string) => boolean;
    },
  ): Promise<number>;

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
