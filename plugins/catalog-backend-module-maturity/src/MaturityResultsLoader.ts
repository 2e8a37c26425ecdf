import type { EntitySummary } from '@backstage-maturity/plugin-maturity-common';
import type { MaturityService } from '@backstage-maturity/plugin-maturity-node';

/** Where an entity stands, as the maturity plugin reported it. */
export type MaturityStanding = Pick<
  EntitySummary,
  'phase' | 'nextPhase' | 'progress'
> & {
  /** Whether the standing cannot be told (evidence could not be read). */
  unknown?: boolean;
};

/** Standings by entity ref, lower case. */
export type MaturityStandings = ReadonlyMap<string, MaturityStanding>;

/** The largest page the maturity API serves. */
const PAGE_SIZE = 500;

/**
 * Reads every evaluated entity's standing from the maturity plugin, page by
 * page.
 */
export class MaturityResultsLoader {
  readonly #maturity: Pick<MaturityService, 'listEntities'>;

  constructor(options: { maturity: Pick<MaturityService, 'listEntities'> }) {
    this.#maturity = options.maturity;
  }

  async load(signal?: AbortSignal): Promise<MaturityStandings> {
    const standings = new Map<string, MaturityStanding>();
    for (let offset = 0; ; ) {
      const page = await this.#maturity.listEntities(
        // A fixed order keeps offsets meaningful from one page to the next.
        { limit: PAGE_SIZE, offset, sort: 'name' },
        { signal },
      );
      for (const item of page.items) {
        const { entityRef, phase, nextPhase, progress, unknown } = item;
        standings.set(entityRef.toLocaleLowerCase('en-US'), {
          phase,
          nextPhase,
          progress,
          ...(unknown && { unknown: true }),
        });
      }
      offset += page.items.length;
      if (page.items.length === 0 || offset >= page.totalCount) {
        return standings;
      }
    }
  }
}
