import type { LoggerService } from '@backstage/backend-plugin-api';
import type {
  MaturityStanding,
  MaturityStandings,
} from './MaturityResultsLoader';

/**
 * The last standings loaded from the maturity plugin, held in memory so that
 * catalog processing never waits on the network.
 */
export class MaturityStandingsCache {
  readonly #loader: { load(signal?: AbortSignal): Promise<MaturityStandings> };
  readonly #logger: LoggerService;
  #standings?: MaturityStandings;
  #failing = false;

  constructor(options: {
    loader: { load(signal?: AbortSignal): Promise<MaturityStandings> };
    logger: LoggerService;
  }) {
    this.#loader = options.loader;
    this.#logger = options.logger;
  }

  /** Whether a load has succeeded since start-up. */
  get loaded(): boolean {
    return this.#standings !== undefined;
  }

  /** The standing of an entity by its lower-case ref, if it has one. */
  get(entityRef: string): MaturityStanding | undefined {
    return this.#standings?.get(entityRef);
  }

  /**
   * Loads the standings again. On failure the previous ones stay in force
   * and one warning is logged until a load succeeds again; it never throws,
   * so a maturity outage cannot disturb the catalog.
   */
  async refresh(signal?: AbortSignal): Promise<void> {
    try {
      this.#standings = await this.#loader.load(signal);
      if (this.#failing) {
        this.#logger.info(
          `Loaded maturity results again (${this.#standings.size} entities)`,
        );
      }
      this.#failing = false;
    } catch (error) {
      if (!this.#failing) {
        this.#logger.warn(
          `Could not load maturity results, the catalog keeps ${
            this.#standings
              ? 'the previous ones'
              : 'the labels of its previous processing'
          } until a load succeeds: ${error}`,
        );
      }
      this.#failing = true;
    }
  }
}
