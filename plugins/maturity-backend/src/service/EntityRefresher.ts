import type { Entity } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { CatalogEvaluator } from '../evaluation/CatalogEvaluator';
import { refOf } from '../evaluation/CycleCatalog';
import { entitiesInScope } from '../evaluation/entitiesInScope';
import type { CallerCredentials } from './actor';

/**
 * The catalog filter in words: `kind component or api and spec.lifecycle
 * production`; alternatives of several filters joined by `; or `.
 */
export function describeFilter(
  filter: Array<Record<string, string | string[]>>,
): string {
  if (filter.length === 0) return 'every entity';
  return filter
    .map(
      f =>
        Object.entries(f)
          .map(([key, value]) =>
            typeof value === 'string'
              ? `${key} ${value}`
              : `${key} ${value.join(' or ')}`,
          )
          .join(' and ') || 'every entity',
    )
    .join('; or ');
}

/**
 * Re-evaluates single entities on request. Concurrent requests for one
 * entity share an evaluation, so that repeated clicks read the repository
 * once.
 */
export class EntityRefresher {
  readonly #evaluator: Pick<CatalogEvaluator, 'evaluateEntities'>;
  readonly #catalog: CatalogService;
  readonly #entityFilter: Array<Record<string, string | string[]>>;
  readonly #inFlight = new Map<string, Promise<void>>();

  constructor(options: {
    evaluator: Pick<CatalogEvaluator, 'evaluateEntities'>;
    catalog: CatalogService;
    entityFilter: Array<Record<string, string | string[]>>;
  }) {
    this.#evaluator = options.evaluator;
    this.#catalog = options.catalog;
    this.#entityFilter = options.entityFilter;
  }

  /**
   * Throws InputError unless the entity is one that the scheduled
   * evaluation covers: anything else would be stored until the next cycle
   * removes it again, and a waiver of it would never apply.
   */
  async assertInScope(
    entity: Entity,
    credentials: CallerCredentials,
  ): Promise<void> {
    if (!entity.metadata.uid) return;
    const covered = await entitiesInScope(
      this.#catalog,
      this.#entityFilter,
      [entity],
      credentials,
    );
    if (covered.length === 0) {
      throw new InputError(
        `${refOf(
          entity,
        )} is not evaluated: maturity.entityFilter covers ${describeFilter(
          this.#entityFilter,
        )}`,
      );
    }
  }

  refresh(entity: Entity): Promise<void> {
    const ref = refOf(entity);
    let evaluation = this.#inFlight.get(ref);
    if (!evaluation) {
      evaluation = this.#evaluator
        .evaluateEntities([entity])
        .then(() => undefined)
        .finally(() => this.#inFlight.delete(ref));
      this.#inFlight.set(ref, evaluation);
    }
    return evaluation;
  }
}
