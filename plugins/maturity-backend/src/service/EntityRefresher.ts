import type { Entity } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { CatalogEvaluator } from '../evaluation/CatalogEvaluator';
import { refOf } from '../evaluation/CycleCatalog';
import type { CallerCredentials } from './actor';

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
   * removes it again.
   */
  async assertInScope(
    entity: Entity,
    credentials: CallerCredentials,
  ): Promise<void> {
    const uid = entity.metadata.uid;
    if (!uid) return;
    const { items } = await this.#catalog.queryEntities(
      {
        filter: this.#entityFilter.map(f => ({ ...f, 'metadata.uid': uid })),
        fields: ['metadata.uid'],
        limit: 1,
      },
      { credentials },
    );
    if (items.length === 0) {
      throw new InputError(
        `${refOf(
          entity,
        )} is not evaluated: it does not match maturity.entityFilter`,
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
