import type { LoggerService } from '@backstage/backend-plugin-api';
import {
  type Entity,
  KubernetesValidatorFunctions,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import type {
  CatalogProcessor,
  CatalogProcessorCache,
  CatalogProcessorEmit,
  LocationSpec,
} from '@backstage/plugin-catalog-node';
import type { JsonValue } from '@backstage/types';
import {
  MATURITY_NEXT_PHASE_ANNOTATION,
  MATURITY_PHASE_LABEL,
  MATURITY_PROGRESS_ANNOTATION,
  NOT_STARTED_ID,
  UNKNOWN_ID,
} from '@backstage-maturity/plugin-maturity-common';
import type { MaturityStanding } from './MaturityResultsLoader';

export {
  MATURITY_NEXT_PHASE_ANNOTATION,
  MATURITY_PHASE_LABEL,
  MATURITY_PROGRESS_ANNOTATION,
};

/** Processor cache key of the standing last written to the entity. */
const CACHE_KEY = 'standing';

/**
 * Writes each evaluated entity's maturity phase as a label and its progress
 * as annotations, from standings held in memory.
 *
 * It works in `preProcessEntity` so that what it adds goes through the
 * catalog's own policy and validation like the rest of the entity, and so
 * that later processors already see the label. The values it writes are
 * checked first, so they cannot make an entity fail validation.
 */
export class MaturityLabelProcessor implements CatalogProcessor {
  readonly #standings: {
    readonly loaded: boolean;
    get(entityRef: string): MaturityStanding | undefined;
  };
  readonly #logger: LoggerService;
  readonly #reportedPhases = new Set<string>();

  constructor(options: {
    standings: {
      readonly loaded: boolean;
      get(entityRef: string): MaturityStanding | undefined;
    };
    logger: LoggerService;
  }) {
    this.#standings = options.standings;
    this.#logger = options.logger;
  }

  getProcessorName(): string {
    return 'MaturityLabelProcessor';
  }

  async preProcessEntity(
    entity: Entity,
    _location: LocationSpec,
    _emit: CatalogProcessorEmit,
    _originLocation: LocationSpec,
    cache: CatalogProcessorCache,
  ): Promise<Entity> {
    const standing = await this.#standingOf(entity, cache);
    return standing ? this.#withStanding(entity, standing) : entity;
  }

  async #standingOf(
    entity: Entity,
    cache: CatalogProcessorCache,
  ): Promise<MaturityStanding | undefined> {
    const previous = await cache.get(CACHE_KEY);
    if (!this.#standings.loaded) {
      // Right after start-up nothing is loaded yet; what the entity carried
      // after its previous processing keeps it from losing its label until
      // the first load.
      return isStanding(previous) ? previous : undefined;
    }
    // Refs compare in lower case, as the maturity plugin reports them.
    const ref = stringifyEntityRef(entity).toLocaleLowerCase('en-US');
    const standing = this.#standings.get(ref);
    if (standing && !sameStanding(standing, previous)) {
      await cache.set(CACHE_KEY, { ...standing });
    } else if (!standing && previous) {
      await cache.set(CACHE_KEY, null);
    }
    return standing;
  }

  #withStanding(entity: Entity, standing: MaturityStanding): Entity {
    const labels = { ...entity.metadata.labels };
    const annotations = { ...entity.metadata.annotations };

    // An unknown standing is labelled so, never by the phase below it.
    const phase = standing.unknown
      ? UNKNOWN_ID
      : standing.phase ?? NOT_STARTED_ID;
    if (KubernetesValidatorFunctions.isValidLabelValue(phase)) {
      labels[MATURITY_PHASE_LABEL] = phase;
    } else {
      // A configured phase id may not fit a label value; the annotations
      // are still written.
      delete labels[MATURITY_PHASE_LABEL];
      this.#reportInvalidPhase(phase);
    }
    annotations[MATURITY_PROGRESS_ANNOTATION] = String(
      percent(standing.progress),
    );
    if (standing.nextPhase) {
      annotations[MATURITY_NEXT_PHASE_ANNOTATION] = standing.nextPhase;
    } else {
      delete annotations[MATURITY_NEXT_PHASE_ANNOTATION];
    }

    return { ...entity, metadata: { ...entity.metadata, labels, annotations } };
  }

  #reportInvalidPhase(phase: string) {
    if (this.#reportedPhases.has(phase)) return;
    this.#reportedPhases.add(phase);
    this.#logger.warn(
      `Phase id "${phase}" is not a valid label value (at most 63 letters, digits, "-", "_" or "."); entities in it get no ${MATURITY_PHASE_LABEL} label`,
    );
  }
}

/**
 * Whole percent, rounded down so that 100 means every check is met; the
 * epsilon absorbs float error (0.29 * 100 is 28.999999999999996).
 */
function percent(progress: number): number {
  return Math.min(100, Math.max(0, Math.floor(progress * 100 + 1e-9)));
}

function isStanding(
  value: JsonValue | undefined,
): value is JsonValue & MaturityStanding {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return false;
  }
  const { phase, nextPhase, progress, unknown } = value;
  return (
    (phase === null || typeof phase === 'string') &&
    (nextPhase === null || typeof nextPhase === 'string') &&
    typeof progress === 'number' &&
    (unknown === undefined || typeof unknown === 'boolean')
  );
}

function sameStanding(
  standing: MaturityStanding,
  previous: JsonValue | undefined,
): boolean {
  return (
    isStanding(previous) &&
    previous.phase === standing.phase &&
    previous.nextPhase === standing.nextPhase &&
    previous.progress === standing.progress &&
    Boolean(previous.unknown) === Boolean(standing.unknown)
  );
}
