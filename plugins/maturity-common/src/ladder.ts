import type { PhaseDefinition, TrackDefinition } from './model';

/**
 * Ids of the phases of the default ladder, lowest first.
 *
 * @public
 */
export const PHASE = {
  walkingSkeleton: 'walking-skeleton',
  foundation: 'foundation',
  productionReady: 'production-ready',
  operationalMaturity: 'operational-maturity',
  kaizen: 'kaizen',
} as const;

/**
 * Ids of the side tracks of the default checklist.
 *
 * @public
 */
export const TRACK = {
  practices: 'practices',
  niceToHave: 'nice-to-have',
} as const;

/**
 * The ladder of the default checklist (docs/checklist.md, "Phases").
 *
 * @public
 */
export const defaultPhases: PhaseDefinition[] = [
  {
    id: PHASE.walkingSkeleton,
    name: 'Walking Skeleton',
    description: 'the service can be built, tested and run by anyone',
  },
  {
    id: PHASE.foundation,
    name: 'Solid Foundation',
    description: 'it can be operated and integrated',
  },
  {
    id: PHASE.productionReady,
    name: 'Production Ready',
    description: 'it is safe to put in front of users',
  },
  {
    id: PHASE.operationalMaturity,
    name: 'Operational Maturity',
    description: 'it survives failures and can be diagnosed',
  },
  {
    id: PHASE.kaizen,
    name: 'Kaizen',
    description: 'it is improved continuously from measurements',
  },
];

/**
 * The side tracks of the default checklist; they never gate the ladder.
 *
 * @public
 */
export const defaultTracks: TrackDefinition[] = [
  {
    id: TRACK.practices,
    name: 'Development practices',
    description:
      'how the team works: branching, environments, reviews, commits and releases',
  },
  {
    id: TRACK.niceToHave,
    name: 'Nice to have',
    description: 'useful automation that no phase depends on',
  },
];

/**
 * The name shown for an entity that has not reached the first phase.
 *
 * @public
 */
export const NOT_STARTED = 'Not started';

/**
 * The id, in filters and aggregates, of entities that have not reached the
 * first phase.
 *
 * @public
 */
export const NOT_STARTED_ID = 'not-started';

/**
 * The id, in filters, aggregates and catalog labels, of entities whose
 * standing could not be decided because evidence could not be read.
 *
 * @public
 */
export const UNKNOWN_ID = 'unknown';

/**
 * The name shown for an entity whose standing could not be decided.
 *
 * @public
 */
export const UNKNOWN = 'Unknown';

/**
 * The fewest characters of a reason for granting or revoking an exemption
 * or attestation (the API's `minLength` in both places).
 *
 * @public
 */
export const WAIVER_REASON_MIN_LENGTH = 10;
