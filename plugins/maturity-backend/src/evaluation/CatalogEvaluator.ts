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
import type { MaturityStore } from '../store/MaturityStore';
import type { EvaluationRecord, PriorState } from '../store/types';
import { CycleCatalog, entityPages, refOf } from './CycleCatalog';
import { entityFacts } from './entityFacts';
import { evaluateCatalogEntity } from './evaluateCatalogEntity';
import { EvidenceCollector } from './EvidenceCollector';
import { digest, stableEntity } from './inputsDigest';
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
  now?: () => Date;
}

/** What the entities of one batch share while they are evaluated. */
interface BatchContext {
  priors: Map<string, PriorState>;
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

  /** One full cycle over the catalog. */
  async runCycle(): Promise<CycleStats> {
    const { catalog } = this.#options;
    const started = this.#now();
    const { runId, credentials, index, stats } = await this.#beginRun(started, {
      reuseCatalog: false,
    });
    const collector = this.#collector();

    // A batch is evaluated while the one before is being saved: a database
    // server then writes while this process evaluates. One save at a time.
    let saving: Promise<void> = Promise.resolve();
    const evaluateThenSave = async (batch: Entity[]) => {
      const evaluated = await this.#evaluate(batch, index, collector, stats);
      await saving;
      saving = this.#save(evaluated, runId, stats);
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
      batch.push(...page);
      if (batch.length >= minBatch) {
        await evaluateThenSave(batch);
        batch = [];
      }
    }
    if (batch.length > 0) {
      await evaluateThenSave(batch);
    }
    await saving;

    await this.#finishCycle(runId, started, stats);
    return stats;
  }

  /**
   * What only a complete cycle may do: remove the entities it did not see,
   * record the day's snapshot, prune old history, and close the run.
   */
  async #finishCycle(
    runId: number,
    started: Date,
    stats: CycleStats,
  ): Promise<void> {
    const { store, logger } = this.#options;
    // Only a cycle that saw the whole catalog may conclude that an entity
    // is gone; an exception above leaves every stored entity in place.
    stats.removed = await store.deleteEntitiesNotSeenIn(runId);
    const finished = this.#now();
    await store.recordDailySnapshot(finished.toISOString().slice(0, 10));
    await store.pruneHistory(
      new Date(finished.getTime() - this.#options.retentionMs),
    );
    // A day: longer than any save of a cycle still under way takes.
    await store.deleteUnusedLookedFor(
      new Date(finished.getTime() - 86_400_000),
    );
    await store.finishRun(runId, {
      at: finished,
      entities: stats.entities,
      errors: stats.errors,
      unreadable: stats.unreadable,
    });
    logger.info(
      `Evaluated ${stats.entities} entities in ${
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
    const evaluated = await this.#evaluate(
      entities,
      index,
      this.#collector(),
      stats,
      { ignoreTokens: true },
    );
    await this.#save(evaluated, runId, stats);
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
    options: { reuseCatalog: boolean },
  ): Promise<{
    runId: number;
    credentials: BackstageCredentials;
    index: CycleCatalog;
    stats: CycleStats;
  }> {
    const { store, catalog, auth } = this.#options;
    const runId = await store.startRun(at);
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
    return {
      runId,
      credentials,
      index,
      stats: {
        runId,
        entities: 0,
        errors: 0,
        unreadable: 0,
        checkRowsWritten: 0,
        removed: 0,
      },
    };
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
    const [priors, storedWaivers, { related, domainOfSystem }] =
      await Promise.all([
        store.getPriorStates(refs),
        store.getActiveWaivers(refs, now),
        index.related(entities),
      ]);
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
            collector,
            stats,
            now,
            ignoreTokens: options.ignoreTokens === true,
          }),
        ),
      ),
    );
    return { records, at: now };
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
        inputsDigest: digest({
          entity: stableEntity(entity),
          ownerExists: catalog.ownerExists,
          related: (entity.relations ?? []).map(
            r => related[r.targetRef.toLocaleLowerCase('en-US')] ?? null,
          ),
          graph: index.componentDependsOn[ref] ?? [],
          waivers,
          checklist: this.#checklistDigest,
        }),
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
