import * as timers from 'node:timers/promises';
import pLimit from 'p-limit';
import type { Entity } from '@backstage/catalog-model';
import type {
  AuthService,
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type {
  CatalogContext,
  Checklist,
  Waiver,
} from '@backstage-maturity/plugin-maturity-common';
import {
  contentGlobs,
  failedEvaluation,
  type MaturityEvidenceProvider,
  type MaturityRuleKind,
} from '@backstage-maturity/plugin-maturity-node';
import type { RunShard } from '../store/CycleStore';
import type { MaturityStore } from '../store/MaturityStore';
import type { EvaluationRecord, PriorState } from '../store/types';
import { CycleCatalog, entityPages, ownerRef, refOf } from './CycleCatalog';
import { entityFacts } from './entityFacts';
import { evaluateCatalogEntity } from './evaluateCatalogEntity';
import { decodeTokens } from './evidenceTokens';
import { EvidenceCollector } from './EvidenceCollector';
import { digest, stableEntity } from './inputsDigest';
import { inShard, WHOLE_CATALOG } from './shards';
import { SharedLists } from './SharedLists';

export interface CatalogEvaluatorOptions {
  catalog: CatalogService;
  auth: AuthService;
  store: MaturityStore;
  logger: LoggerService;
  checklist: Checklist;
  entityFilter: Array<Record<string, string | string[]>>;
  batchSize: number;
  /**
   * Fewest entities that a cycle evaluates and saves together: catalog
   * pages are gathered up to it. Default: 1,000.
   */
  cycleBatchSize?: number;
  concurrency: number;
  retentionMs: number;
  /**
   * Sources of evidence, asked in order about every entity: the repository
   * reader first, then those that modules registered.
   */
  providers: MaturityEvidenceProvider[];
  /** Rule kinds that modules registered, for `custom` rules. */
  ruleKinds?: ReadonlyMap<string, MaturityRuleKind>;
  /**
   * How a run shows that it lives: a heartbeat every `heartbeatMs` (and at
   * each saved batch); a run without one for `deadAfterMs` is dead. Default:
   * {@link DEFAULT_LIVENESS}.
   */
  liveness?: RunLiveness;
  now?: () => Date;
}

/** How often a run beats, and after how long without a beat it is dead. */
export interface RunLiveness {
  heartbeatMs: number;
  deadAfterMs: number;
}

/**
 * A heartbeat every 15 seconds; dead after a minute without one (four
 * missed beats: a slow database or a long pause is not death).
 */
export const DEFAULT_LIVENESS: RunLiveness = {
  heartbeatMs: 15_000,
  deadAfterMs: 60_000,
};

/** What a scheduled cycle evaluates, and when it must stop. */
export interface CycleOptions {
  /** This shard of the catalog only. Default: the whole catalog. */
  shard?: RunShard;
  /**
   * Aborted by the scheduler when the task times out or its lock is taken
   * from it: the cycle stops at the next batch, its run `interrupted`.
   */
  signal?: AbortSignal;
}

/** What the entities of one batch share while they are evaluated. */
interface BatchContext {
  priors: Map<string, PriorState>;
  /** Each entity's inputs digest, computed before its prior was read. */
  inputsDigests: Map<string, string>;
  storedWaivers: Map<string, Waiver[]>;
  related: CatalogContext['related'];
  domainOfSystem: Record<string, string>;
  index: CycleCatalog;
  collector: EvidenceCollector;
  stats: CycleStats;
  now: Date;
  ignoreTokens: boolean;
}

/** What one cycle did. */
export interface CycleStats {
  runId: number;
  /** Entities saved so far. */
  entities: number;
  errors: number;
  unreadable: number;
  checkRowsWritten: number;
  removed: number;
}

/**
 * Fewest entities evaluated and saved together in a cycle, by default. Each
 * batch costs the same few statements (reads of what is stored and of
 * waivers, one transaction with a write per table) whatever its size, so a
 * cycle stays at about one statement per hundred entities; its memory is
 * that of two batches (one evaluated while the other is saved).
 */
const MIN_CYCLE_BATCH = 1000;

/** How long an on-request evaluation may reuse the last cycle's catalog index. */
const INDEX_REUSE_MS = 5 * 60_000;

/**
 * Evaluates catalog entities against the checklist and stores the results:
 * the whole catalog in a scheduled cycle, or chosen entities on request.
 */
export class CatalogEvaluator {
  readonly #options: CatalogEvaluatorOptions;
  readonly #checklistDigest: string;
  readonly #contentGlobs: string[];
  readonly #lookedFor = new SharedLists();
  #index?: { index: CycleCatalog; at: number };

  constructor(options: CatalogEvaluatorOptions) {
    this.#options = options;
    this.#checklistDigest = digest(options.checklist);
    this.#contentGlobs = contentGlobs(options.checklist);
  }

  #now(): Date {
    return this.#options.now?.() ?? new Date();
  }

  get liveness(): RunLiveness {
    return this.#options.liveness ?? DEFAULT_LIVENESS;
  }

  /**
   * Marks the runs that died (no heartbeat for `deadAfterMs`) interrupted:
   * at start-up, at each cycle and when the scheduler's lock is checked.
   */
  async markDeadRuns(): Promise<number[]> {
    const deadBefore = new Date(
      this.#now().getTime() - this.liveness.deadAfterMs,
    );
    const ids = await this.#options.store.markDeadRunsInterrupted(deadBefore);
    if (ids.length > 0) {
      this.#options.logger.warn(
        `Marked evaluation runs ${ids.join(
          ', ',
        )} interrupted: no heartbeat since ${deadBefore.toISOString()}, their process died`,
      );
    }
    return ids;
  }

  /** One full cycle over the catalog, or over one shard of it. */
  async runCycle(options: CycleOptions = {}): Promise<CycleStats> {
    const { catalog } = this.#options;
    const shard = options.shard ?? WHOLE_CATALOG;
    const ofShard = shard.shards > 1 ? inShard(shard) : undefined;
    await this.markDeadRuns();
    const started = this.#now();
    const { runId, credentials, index, stats } = await this.#beginRun(started, {
      reuseCatalog: false,
      shard,
    });
    const run = this.#watch(runId, stats, options.signal);
    this.#options.logger.info(
      `Evaluation run ${runId} started${
        shard.shards > 1 ? ` (shard ${shard.shard} of ${shard.shards})` : ''
      }`,
    );
    try {
      const collector = this.#collector();

      // A batch is evaluated while the one before is being saved: a database
      // server then writes while this process evaluates. One save at a time.
      let saving: Promise<void> = Promise.resolve();
      const evaluateThenSave = async (batch: Entity[]) => {
        run.assertLive();
        const evaluated = await this.#evaluate(batch, index, collector, stats);
        await saving;
        run.assertLive();
        saving = this.#save(evaluated, runId, stats).then(run.onSaved);
        // Awaited with the next batch, or below; not an unhandled rejection
        // in between.
        saving.catch(() => {});
      };
      const minBatch = this.#options.cycleBatchSize ?? MIN_CYCLE_BATCH;
      let batch: Entity[] = [];
      for await (const page of entityPages(catalog, credentials, {
        filter: this.#options.entityFilter,
        limit: this.#options.batchSize,
      })) {
        batch.push(...(ofShard ? page.filter(e => ofShard(refOf(e))) : page));
        if (batch.length >= minBatch) {
          await evaluateThenSave(batch);
          batch = [];
        }
      }
      if (batch.length > 0) {
        await evaluateThenSave(batch);
      }
      await saving;
      run.assertLive();

      await this.#finishCycle(runId, started, stats, shard);
    } catch (error) {
      await this.#interrupt(runId, stats, error);
      throw error;
    } finally {
      run.stop();
    }
    return stats;
  }

  /**
   * The heartbeat of a run on a timer, between the saves that beat too;
   * `assertLive` throws once the scheduler aborted the task or another
   * replica judged the run dead (then its shard may run elsewhere).
   */
  #watch(runId: number, stats: CycleStats, signal?: AbortSignal) {
    const { store, logger } = this.#options;
    let lost = false;
    const beat = async () => {
      try {
        const live = await store.recordRunProgress(runId, {
          at: this.#now(),
          errors: stats.errors,
          unreadable: stats.unreadable,
        });
        if (!live) lost = true;
      } catch (error) {
        logger.warn(`Heartbeat of evaluation run ${runId} failed: ${error}`);
      }
    };
    const timer = setInterval(beat, this.liveness.heartbeatMs);
    timer.unref?.();
    return {
      onSaved: beat,
      assertLive: () => {
        if (signal?.aborted) {
          throw new Error(
            `Evaluation run ${runId} stopped: the scheduler aborted its task (timed out, or its lock was released)`,
          );
        }
        if (lost) {
          throw new Error(
            `Evaluation run ${runId} stopped: it was marked interrupted (no heartbeat for ${this.liveness.deadAfterMs} ms)`,
          );
        }
      },
      stop: () => clearInterval(timer),
    };
  }

  /** Closes a run that failed as interrupted; its saves stay counted. */
  async #interrupt(
    runId: number,
    stats: CycleStats,
    error: unknown,
  ): Promise<void> {
    const { store, logger } = this.#options;
    logger.warn(
      `Evaluation run ${runId} interrupted after ${stats.entities} entities saved: ${error}`,
    );
    try {
      await store.interruptRun(runId, {
        at: this.#now(),
        errors: stats.errors,
        unreadable: stats.unreadable,
      });
    } catch (interruptError) {
      // The next check marks it, once its heartbeat is old.
      logger.warn(
        `Could not mark evaluation run ${runId} interrupted: ${interruptError}`,
      );
    }
  }

  /**
   * What only a complete cycle may do: remove the entities it did not see,
   * record the day's snapshot, prune old history, and close the run.
   */
  async #finishCycle(
    runId: number,
    started: Date,
    stats: CycleStats,
    shard: RunShard,
  ): Promise<void> {
    const { store, logger } = this.#options;
    // Only a cycle that saw the whole catalog may conclude that an entity
    // is gone; an exception above leaves every stored entity in place. A
    // shard saw its own entities only: the others are other shards' to
    // remove.
    stats.removed = await store.deleteEntitiesNotSeenIn(
      runId,
      shard.shards > 1 ? { inShard: inShard(shard) } : undefined,
    );
    const finished = this.#now();
    // Whole-store chores, once per cycle: by its first shard.
    if (shard.shard === 1) {
      await store.recordDailySnapshot(finished.toISOString().slice(0, 10));
      await store.pruneHistory(
        new Date(finished.getTime() - this.#options.retentionMs),
      );
      // A day: longer than any save of a cycle still under way takes.
      await store.deleteUnusedLookedFor(
        new Date(finished.getTime() - 86_400_000),
      );
    }
    await store.finishRun(runId, {
      at: finished,
      entities: stats.entities,
      errors: stats.errors,
      unreadable: stats.unreadable,
    });
    const of =
      shard.shards > 1 ? ` (shard ${shard.shard} of ${shard.shards})` : '';
    logger.info(
      `Evaluated ${stats.entities} entities${of} in ${
        finished.getTime() - started.getTime()
      } ms: ${stats.unreadable} repositories unreadable, ${
        stats.errors
      } evaluation failures, ${stats.checkRowsWritten} results changed, ${
        stats.removed
      } entities removed`,
    );
  }

  /** Evaluates the given entities now (re-evaluate on request). */
  async evaluateEntities(entities: Entity[]): Promise<CycleStats> {
    const { store } = this.#options;
    const { runId, index, stats } = await this.#beginRun(this.#now(), {
      reuseCatalog: true,
    });
    try {
      const evaluated = await this.#evaluate(
        entities,
        index,
        this.#collector(),
        stats,
        { ignoreTokens: true },
      );
      await this.#save(evaluated, runId, stats);
    } catch (error) {
      await this.#interrupt(runId, stats, error);
      throw error;
    }
    await store.finishRun(runId, {
      at: this.#now(),
      entities: stats.entities,
      errors: stats.errors,
      unreadable: stats.unreadable,
    });
    return stats;
  }

  /**
   * Starts a run. The catalog index of the last cycle is reused for a few
   * minutes by on-request evaluations, which would otherwise page through
   * the whole catalog for one entity.
   */
  async #beginRun(
    at: Date,
    options: { reuseCatalog: boolean; shard?: RunShard },
  ): Promise<{
    runId: number;
    credentials: BackstageCredentials;
    index: CycleCatalog;
    stats: CycleStats;
  }> {
    const { store, catalog, auth } = this.#options;
    const runId = await store.startRun(at, options.shard);
    const stats: CycleStats = {
      runId,
      entities: 0,
      errors: 0,
      unreadable: 0,
      checkRowsWritten: 0,
      removed: 0,
    };
    try {
      const credentials = await auth.getOwnServiceCredentials();
      const cached = this.#index;
      const fresh =
        options.reuseCatalog &&
        cached &&
        at.getTime() - cached.at < INDEX_REUSE_MS;
      const index = fresh
        ? cached.index
        : await CycleCatalog.load(catalog, credentials);
      if (!fresh) {
        this.#index = { index, at: at.getTime() };
      }
      return { runId, credentials, index, stats };
    } catch (error) {
      await this.#interrupt(runId, stats, error);
      throw error;
    }
  }

  async #save(
    evaluated: { records: EvaluationRecord[]; at: Date },
    runId: number,
    stats: CycleStats,
  ): Promise<void> {
    const saved = await this.#options.store.saveEvaluations(evaluated.records, {
      runId,
      at: evaluated.at,
    });
    stats.entities += evaluated.records.length;
    stats.checkRowsWritten += saved.checkRowsWritten;
  }

  /** A collector for one cycle: providers' per-cycle state starts afresh. */
  #collector(): EvidenceCollector {
    return new EvidenceCollector({
      providers: this.#options.providers,
      contentGlobs: this.#contentGlobs,
      logger: this.#options.logger,
    });
  }

  async #evaluate(
    entities: Entity[],
    index: CycleCatalog,
    collector: EvidenceCollector,
    stats: CycleStats,
    options: { ignoreTokens?: boolean } = {},
  ): Promise<{ records: EvaluationRecord[]; at: Date }> {
    const { store } = this.#options;
    const now = this.#now();
    const refs = entities.map(refOf);
    const ignoreTokens = options.ignoreTokens === true;
    const [storedWaivers, { related, domainOfSystem }] = await Promise.all([
      store.getActiveWaivers(refs, now),
      index.related(entities),
    ]);
    const inputsDigests = new Map<string, string>();
    for (const entity of entities) {
      const ref = refOf(entity);
      try {
        inputsDigests.set(
          ref,
          this.#inputsDigest(entity, {
            index,
            related,
            waivers: storedWaivers.get(ref) ?? [],
          }),
        );
      } catch {
        // Computed again in the entity's own evaluation, which reports it.
      }
    }
    // Stored results are only worth reading where they may be reused: the
    // entity is unchanged and every provider can say its evidence is too.
    // The others are evaluated afresh, and their results would only take
    // memory while they are.
    const priors = await store.getPriorStates(refs, {
      resultsFor: prior =>
        !ignoreTokens &&
        prior.inputsDigest === inputsDigests.get(prior.entityRef) &&
        collector.mayBeUnchanged(decodeTokens(prior.repository?.etag)),
    });
    const limit = pLimit(this.#options.concurrency);

    const records = await Promise.all(
      entities.map(entity =>
        limit(() =>
          this.#evaluateOne(entity, {
            priors,
            storedWaivers,
            related,
            domainOfSystem,
            index,
            inputsDigests,
            collector,
            stats,
            now,
            ignoreTokens,
          }),
        ),
      ),
    );
    return { records, at: now };
  }

  /** Digest of every input of an entity's evaluation besides the evidence. */
  #inputsDigest(
    entity: Entity,
    inputs: {
      index: CycleCatalog;
      related: CatalogContext['related'];
      waivers: Waiver[];
    },
  ): string {
    const { index, related, waivers } = inputs;
    return digest({
      entity: stableEntity(entity),
      ownerExists: index.ownerExists(ownerRef(entity)),
      related: (entity.relations ?? []).map(
        r => related[r.targetRef.toLocaleLowerCase('en-US')] ?? null,
      ),
      graph: index.componentDependsOn[refOf(entity)] ?? [],
      waivers,
      checklist: this.#checklistDigest,
    });
  }

  /** One entity of a batch; its failure becomes errors, never the batch's. */
  async #evaluateOne(
    entity: Entity,
    batch: BatchContext,
  ): Promise<EvaluationRecord> {
    const { checklist, logger } = this.#options;
    const { priors, storedWaivers, related, index, stats, now } = batch;
    // Evaluation is CPU work, and evidence may be read without waiting
    // for I/O (mirrors, unchanged etags): between entities, pending I/O
    // runs, such as the previous batch's save and requests to the API.
    await timers.setImmediate();
    const ref = refOf(entity);
    const prior = priors.get(ref);
    const facts = entityFacts(entity, batch.domainOfSystem);
    try {
      const waivers = storedWaivers.get(ref) ?? [];
      const catalog = {
        ownerExists: index.ownerExists(facts.owner),
        related,
        componentDependsOn: index.componentDependsOn,
      };
      const { record, unreadable } = await evaluateCatalogEntity(entity, {
        checklist,
        ruleKinds: this.#options.ruleKinds ?? new Map(),
        facts,
        prior,
        waivers,
        catalog,
        inputsDigest:
          batch.inputsDigests.get(ref) ??
          this.#inputsDigest(entity, { index, related, waivers }),
        ignoreTokens: batch.ignoreTokens,
        collector: batch.collector,
        now,
      });
      if (unreadable) stats.unreadable++;
      for (const problem of record.scorecard.problems) {
        logger.warn(`${ref}: ${problem}`);
      }
      for (const check of record.scorecard.checks) {
        check.lookedFor = this.#lookedFor.share(check.lookedFor);
      }
      return record;
    } catch (error) {
      // One entity's failure never stops the cycle: it gets errors with
      // the reason, and keeps its previous conclusive outcomes.
      stats.errors++;
      const message = error instanceof Error ? error.message : String(error);
      logger.warn(`Evaluation of ${ref} failed: ${message}`);
      return {
        facts,
        scorecard: failedEvaluation({
          checklist,
          reason: `evaluation failed: ${message}`,
          now,
          previous: prior?.conclusive,
        }),
        repository: prior?.repository,
      };
    }
  }
}
