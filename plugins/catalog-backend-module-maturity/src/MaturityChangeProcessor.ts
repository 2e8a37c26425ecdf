import { createHash } from 'node:crypto';
import type { LoggerService } from '@backstage/backend-plugin-api';
import { type Entity, stringifyEntityRef } from '@backstage/catalog-model';
import type {
  CatalogProcessor,
  CatalogProcessorCache,
  CatalogProcessorEmit,
  LocationSpec,
} from '@backstage/plugin-catalog-node';
import type { EventsService } from '@backstage/plugin-events-node';
import {
  MATURITY_NEXT_PHASE_ANNOTATION,
  MATURITY_PHASE_LABEL,
  MATURITY_PROGRESS_ANNOTATION,
} from '@backstage-maturity/plugin-maturity-common';
import {
  MATURITY_ENTITY_CHANGED_TOPIC,
  type MaturityEntityChangedPayload,
} from '@backstage-maturity/plugin-maturity-node';

/** Processor cache key of the digest of the entity as last processed. */
const CACHE_KEY = 'digest';

/** What this suite writes onto entities: changing it is not a change. */
const OUTPUT_KEYS = [
  MATURITY_PHASE_LABEL,
  MATURITY_PROGRESS_ANNOTATION,
  MATURITY_NEXT_PHASE_ANNOTATION,
];

/** A digest of what the entity says, without what this suite writes. */
function digestOf(entity: Entity): string {
  // No key left is the same as none at all.
  const without = (values?: Record<string, string>) => {
    const kept = Object.entries(values ?? {}).filter(
      ([key]) => !OUTPUT_KEYS.includes(key),
    );
    return kept.length > 0 ? Object.fromEntries(kept) : undefined;
  };
  const { metadata } = entity;
  const content = {
    ...entity,
    metadata: {
      ...metadata,
      labels: without(metadata.labels),
      annotations: without(metadata.annotations),
    },
  };
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

/**
 * Tells the maturity backend, through the events service, when an entity's
 * definition changes, so that it is re-evaluated within seconds instead of
 * at the next cycle.
 *
 * The digest of what the entity last said is kept in the catalog's processor
 * cache, which the catalog stores with the entity: every replica compares
 * with the same value, and a restart does not make every entity look new.
 * An entity seen for the first time is not announced (the cycle evaluates
 * it).
 */
export class MaturityChangeProcessor implements CatalogProcessor {
  readonly #events: EventsService;
  readonly #logger: LoggerService;

  constructor(options: { events: EventsService; logger: LoggerService }) {
    this.#events = options.events;
    this.#logger = options.logger;
  }

  getProcessorName(): string {
    return 'MaturityChangeProcessor';
  }

  async preProcessEntity(
    entity: Entity,
    _location: LocationSpec,
    _emit: CatalogProcessorEmit,
    _originLocation: LocationSpec,
    cache: CatalogProcessorCache,
  ): Promise<Entity> {
    const digest = digestOf(entity);
    const before = await cache.get<string>(CACHE_KEY);
    await cache.set(CACHE_KEY, digest);
    if (before !== undefined && before !== digest) {
      const payload: MaturityEntityChangedPayload = {
        entityRef: stringifyEntityRef(entity).toLocaleLowerCase('en-US'),
      };
      try {
        await this.#events.publish({
          topic: MATURITY_ENTITY_CHANGED_TOPIC,
          eventPayload: payload,
        });
      } catch (error) {
        // The cycle evaluates it anyway; processing goes on.
        this.#logger.warn(
          `Could not announce the change of ${payload.entityRef}: ${error}`,
        );
      }
    }
    return entity;
  }
}
