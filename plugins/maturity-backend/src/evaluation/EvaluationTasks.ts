import type {
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { ConflictError, isError } from '@backstage/errors';
import { durationToMilliseconds, type HumanDuration } from '@backstage/types';
import type { Knex } from 'knex';
import type { CycleStore, RunShard } from '../store/CycleStore';
import {
  DEFAULT_LIVENESS,
  type CatalogEvaluator,
  type RunLiveness,
} from './CatalogEvaluator';
import { EVALUATION_TASK_ID, shardTasks } from './shards';

/** Id of the local task that looks for dead runs on each replica. */
export const RECOVERY_TASK_ID = 'maturity-recover-runs';

/**
 * The scheduler's table of global tasks, in the plugin's database
 * (`@backstage/backend-defaults`): read only, to tell a lock just taken from
 * one held since before a run died.
 */
const SCHEDULER_TASKS = 'backstage_backend_tasks__tasks';

/**
 * How a run beats, from the task's timeout: every 15 seconds and dead after
 * a minute (4 beats), or every twentieth of a shorter timeout, so that a
 * dead run is always found well before the scheduler's lock expires.
 */
export function livenessFor(
  timeout: SchedulerServiceTaskScheduleDefinition['timeout'],
): RunLiveness {
  const timeoutMs =
    'toMillis' in timeout && typeof timeout.toMillis === 'function'
      ? timeout.toMillis()
      : durationToMilliseconds(timeout as HumanDuration);
  const heartbeatMs = Math.max(
    50,
    Math.min(DEFAULT_LIVENESS.heartbeatMs, Math.floor(timeoutMs / 20)),
  );
  return { heartbeatMs, deadAfterMs: 4 * heartbeatMs };
}

function isConflict(error: unknown): boolean {
  return isError(error) && error.name === 'ConflictError';
}

/** A time of the scheduler's table: a Date (PostgreSQL) or UTC text (SQLite). */
function schedulerTime(value: unknown): number | undefined {
  if (value instanceof Date) return value.getTime();
  if (typeof value !== 'string') return undefined;
  const iso = value.includes('T') ? value : `${value.replace(' ', 'T')}Z`;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : ms;
}

export interface EvaluationTasksOptions {
  scheduler: SchedulerService;
  /** The plugin's database, where the scheduler keeps its locks. */
  db: Knex;
  store: Pick<CycleStore, 'hasLiveRun' | 'recordHeartbeat'>;
  evaluator: Pick<CatalogEvaluator, 'runCycle' | 'markDeadRuns' | 'liveness'>;
  logger: LoggerService;
  schedule: SchedulerServiceTaskScheduleDefinition;
  /** Shards of a cycle (`maturity.shards`). */
  shards: number;
  /** What follows each shard's run (campaigns, notifications). */
  afterCycle: () => Promise<void>;
  now?: () => Date;
}

/**
 * The scheduled evaluation of the catalog, as one global task per shard,
 * and its recovery from runs that died.
 *
 * The scheduler's lock of a global task (`current_run_ticket` in its
 * table) has no heartbeat: it is taken with an expiry of now + timeout and
 * freed when the task ends or, after a crash, by a janitor once expired
 * (checked each minute). Each run therefore keeps a lease of its own: a
 * heartbeat in `maturity_runs`. A lock older than the dead bound whose
 * shard has no live run belongs to a dead process; it is released with
 * `cancelTask` and the shard triggered again, here on every replica (a
 * local task), rather than after the whole timeout.
 */
export class EvaluationTasks {
  readonly #options: EvaluationTasksOptions;
  readonly #tasks: Array<{ taskId: string; shard: RunShard }>;
  /** Shards this replica runs now: at most one. */
  #running = 0;

  constructor(options: EvaluationTasksOptions) {
    this.#options = options;
    this.#tasks = shardTasks(options.shards);
  }

  /** The task ids, one per shard. */
  get taskIds(): string[] {
    return this.#tasks.map(t => t.taskId);
  }

  #now(): number {
    return (this.#options.now?.() ?? new Date()).getTime();
  }

  /** Schedules every shard's task, and the search for dead runs. */
  async schedule(): Promise<void> {
    const { scheduler, evaluator, logger } = this.#options;
    // A run that a crash left `running` is marked at start-up.
    await evaluator.markDeadRuns();
    for (const { taskId, shard } of this.#tasks) {
      await scheduler.scheduleTask({
        id: taskId,
        scope: 'global',
        ...this.#options.schedule,
        fn: async signal => {
          if (this.#running > 0) {
            // Read while this function holds the lock: the ticket is ours.
            this.#handBack(taskId, await this.#readLock(taskId));
            return;
          }
          this.#running++;
          try {
            const stats = await evaluator.runCycle({ shard, signal });
            // Campaigns read what the cycle stored, notifications both. The
            // run's heartbeat goes on meanwhile: the lock is still this
            // task's.
            await this.#beating(stats.runId, () => this.#options.afterCycle());
          } finally {
            this.#running--;
          }
        },
      });
    }
    const { deadAfterMs } = evaluator.liveness;
    await scheduler.scheduleTask({
      id: RECOVERY_TASK_ID,
      scope: 'local',
      frequency: { milliseconds: Math.max(50, Math.floor(deadAfterMs / 2)) },
      timeout: { milliseconds: deadAfterMs * 4 },
      initialDelay: { milliseconds: 0 },
      fn: async () => {
        try {
          await this.recover();
        } catch (error) {
          logger.warn(`Looking for dead evaluation runs failed: ${error}`);
        }
      },
    });
  }

  /**
   * Gives a shard that this replica claimed while it runs another back to
   * the scheduler: once the lock is released (when the task function
   * returns), the shard is triggered again, for the next replica that polls,
   * usually an idle one. The scheduler gives every ready task to the first
   * replica that polls; without this, that replica would take all the
   * shards of a cycle, and they would not spread.
   */
  #handBack(taskId: string, held: { ticket: string | null } | undefined): void {
    const { scheduler, logger } = this.#options;
    logger.debug(`Busy with another shard: handing ${taskId} back`);
    if (!held?.ticket) return; // cannot tell its release: the next cadence
    (async () => {
      for (let attempt = 0; attempt < 100; attempt++) {
        await new Promise(resolve => setTimeout(resolve, 50));
        const lock = await this.#readLock(taskId);
        if (lock?.ticket === held.ticket) continue;
        // Released: started again, unless another replica took it already
        // (then it has another ticket, and this shard is under way).
        if (lock?.ticket === null) {
          try {
            await scheduler.triggerTask(taskId);
          } catch (error) {
            if (!isConflict(error)) throw error;
          }
        }
        return;
      }
    })().catch(error =>
      logger.warn(`Could not hand ${taskId} back to the scheduler: ${error}`),
    );
  }

  /** Heartbeats of a finished run while what follows it runs. */
  async #beating(runId: number, fn: () => Promise<void>): Promise<void> {
    const { store, evaluator, logger } = this.#options;
    const timer = setInterval(() => {
      store.recordHeartbeat(runId, new Date(this.#now())).catch(error => {
        logger.warn(`Heartbeat of evaluation run ${runId} failed: ${error}`);
      });
    }, evaluator.liveness.heartbeatMs);
    timer.unref?.();
    try {
      await fn();
    } finally {
      clearInterval(timer);
    }
  }

  /**
   * Marks dead runs interrupted, and releases the lock of every shard held
   * by a dead process (then triggers that shard). Returns the released task
   * ids.
   */
  async recover(): Promise<string[]> {
    await this.#options.evaluator.markDeadRuns();
    const released: string[] = [];
    for (const task of this.#tasks) {
      if (await this.#releaseIfDead(task)) {
        released.push(task.taskId);
      }
    }
    return released;
  }

  /**
   * Releases a shard's lock when its holder is dead: the lock was taken
   * before the dead bound (a live holder starts its run and beats within
   * it) and no run of the shard lived since.
   */
  async #releaseIfDead(task: {
    taskId: string;
    shard: RunShard;
  }): Promise<boolean> {
    const { scheduler, store, logger, evaluator } = this.#options;
    const deadBefore = this.#now() - evaluator.liveness.deadAfterMs;
    const lock = await this.#readLock(task.taskId);
    if (
      !lock?.ticket ||
      lock.startedAt === undefined ||
      lock.startedAt > deadBefore
    ) {
      return false;
    }
    if (await store.hasLiveRun(task.shard, new Date(deadBefore))) {
      return false;
    }
    try {
      await scheduler.cancelTask(task.taskId);
    } catch (error) {
      if (isConflict(error)) return false; // released meanwhile
      throw error;
    }
    logger.warn(
      `Released the lock of ${
        task.taskId
      }: its run showed no life since ${new Date(
        deadBefore,
      ).toISOString()}; starting it again`,
    );
    try {
      await scheduler.triggerTask(task.taskId);
    } catch (error) {
      if (!isConflict(error)) throw error; // another replica took it
    }
    return true;
  }

  /**
   * The scheduler's lock of a task: its ticket (null when free) and since
   * when it is held; undefined if the table cannot be read.
   */
  async #readLock(
    taskId: string,
  ): Promise<
    { ticket: string | null; startedAt: number | undefined } | undefined
  > {
    try {
      const row = await this.#options
        .db(SCHEDULER_TASKS)
        .where({ id: taskId })
        .select('current_run_ticket', 'current_run_started_at')
        .first();
      return {
        ticket: row?.current_run_ticket ?? null,
        startedAt: schedulerTime(row?.current_run_started_at),
      };
    } catch (error) {
      // Another scheduler implementation: its locks are its own.
      this.#options.logger.debug(
        `Cannot read the scheduler's lock of ${taskId}: ${error}`,
      );
      return undefined;
    }
  }

  /**
   * Starts every shard now. A shard whose lock a dead run holds is
   * released and started; a ConflictError only when every shard is
   * running, alive.
   */
  async trigger(): Promise<void> {
    const { scheduler } = this.#options;
    let started = 0;
    for (const task of this.#tasks) {
      try {
        await scheduler.triggerTask(task.taskId);
        started++;
      } catch (error) {
        if (!isConflict(error)) throw error;
        await this.#options.evaluator.markDeadRuns();
        if (await this.#releaseIfDead(task)) started++;
      }
    }
    if (started === 0) {
      throw new ConflictError(
        `The evaluation of the catalog is running (${this.taskIds.join(', ')})`,
      );
    }
  }

  /**
   * The scheduler as the router sees it: triggering the evaluation task
   * triggers every shard (see {@link EvaluationTasks.trigger}).
   */
  schedulerForRouter(): SchedulerService {
    const { scheduler } = this.#options;
    return {
      triggerTask: id =>
        id === EVALUATION_TASK_ID ? this.trigger() : scheduler.triggerTask(id),
      cancelTask: id => scheduler.cancelTask(id),
      scheduleTask: task => scheduler.scheduleTask(task),
      createScheduledTaskRunner: schedule =>
        scheduler.createScheduledTaskRunner(schedule),
      getScheduledTasks: () => scheduler.getScheduledTasks(),
    };
  }
}
