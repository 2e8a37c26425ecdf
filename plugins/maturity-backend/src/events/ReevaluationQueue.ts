import type { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import { toError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { CatalogEvaluator } from '../evaluation/CatalogEvaluator';
import { refOf } from '../evaluation/CycleCatalog';
import { entitiesInScope } from '../evaluation/entitiesInScope';
import type { DatabaseEventLookups } from '../store/DatabaseEventLookups';

/** Entities re-evaluated together at most. */
const MAX_BATCH = 100;

/** What the queue reads, evaluates with and tells. */
export interface ReevaluationQueueOptions {
  lookups: Pick<DatabaseEventLookups, 'evaluatedAt'>;
  catalog: CatalogService;
  auth: AuthService;
  /** The catalog filter of the evaluated entities (`maturity.entityFilter`). */
  entityFilter: Array<Record<string, string | string[]>>;
  evaluator: Pick<CatalogEvaluator, 'evaluateEntities'>;
  /** Runs after each evaluation, e.g. for the entities' campaign statuses. */
  afterEvaluation: (entityRefs: string[]) => Promise<void>;
  logger: LoggerService;
  /** How long to wait for more changes before evaluating. */
  debounceMs: number;
  now?: () => number;
}

/**
 * Re-evaluates entities soon after an event says they changed: changes
 * that arrive within `debounceMs` of each other are evaluated together,
 * once each. An entity evaluated after the event arrived (by the cycle, a
 * request, or another replica that received the event too) is skipped, so
 * that replicas sharing a database do not repeat each other's work.
 */
export class ReevaluationQueue {
  readonly #pending = new Map<string, number>();
  readonly #options: Required<ReevaluationQueueOptions>;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #running: Promise<void> = Promise.resolve();

  constructor(options: ReevaluationQueueOptions) {
    this.#options = { now: Date.now, ...options };
  }

  /** Entities that changed at `receivedAt` (ms), to re-evaluate soon. */
  enqueue(entityRefs: string[], receivedAt = this.#options.now()): void {
    for (const entityRef of entityRefs) {
      const ref = entityRef.toLocaleLowerCase('en-US');
      const earlier = this.#pending.get(ref) ?? receivedAt;
      this.#pending.set(ref, Math.min(earlier, receivedAt));
    }
    if (this.#pending.size > 0 && !this.#timer) {
      this.#timer = setTimeout(() => {
        this.#timer = undefined;
        this.#running = this.#running.then(() => this.#flush());
      }, this.#options.debounceMs);
    }
  }

  /** Resolves once nothing is pending or running (for tests and shutdown). */
  async idle(): Promise<void> {
    while (this.#timer || this.#pending.size > 0) {
      await new Promise(resolve => setTimeout(resolve, 10));
      await this.#running;
    }
    await this.#running;
  }

  async #flush(): Promise<void> {
    const batch = [...this.#pending].slice(0, MAX_BATCH);
    for (const [ref] of batch) this.#pending.delete(ref);
    if (this.#pending.size > 0) this.enqueue([]); // the rest, next
    try {
      await this.#evaluate(new Map(batch));
    } catch (error) {
      this.#options.logger.warn(
        `Re-evaluating ${
          batch.length
        } changed entities failed; the next cycle evaluates them: ${
          toError(error).message
        }`,
      );
    }
  }

  async #evaluate(receivedAt: Map<string, number>): Promise<void> {
    const { lookups, catalog, auth, evaluator, logger } = this.#options;
    const evaluated = await lookups.evaluatedAt([...receivedAt.keys()]);
    const stale = [...receivedAt].filter(([ref, at]) => {
      const last = evaluated.get(ref);
      return !last || Date.parse(last) < at;
    });
    if (stale.length === 0) return;
    const credentials = await auth.getOwnServiceCredentials();
    const { items } = await catalog.getEntitiesByRefs(
      { entityRefs: stale.map(([ref]) => ref) },
      { credentials },
    );
    const found = items.filter((e): e is Entity => e !== undefined);
    const inScope = await entitiesInScope(
      catalog,
      this.#options.entityFilter,
      found,
      credentials,
    );
    if (inScope.length === 0) return;
    await evaluator.evaluateEntities(inScope);
    const refs = inScope.map(refOf);
    await this.#options.afterEvaluation(refs);
    logger.info(
      `Re-evaluated ${refs.length} changed ${
        refs.length === 1 ? 'entity' : 'entities'
      } on events: ${refs.slice(0, 5).join(', ')}${
        refs.length > 5 ? ', ...' : ''
      }`,
    );
  }
}
