/**
 * Named shapes of the maturity backend's REST API. Each is an alias of a
 * type generated from the backend's `src/schema/openapi.yaml` (see
 * `src/generated/openapi.ts`), where their members are documented: change
 * the YAML and run `yarn generate:openapi`, never these aliases.
 *
 * Where the engine's model already uses a schema's name for another shape
 * (its checklist holds rules, its scorecard no names or waivers), the API's
 * shape is named with a `Response` suffix.
 */

import type { components, operations, paths } from '../generated/openapi';

type Schemas = components['schemas'];
type Query<Operation extends keyof operations> = NonNullable<
  operations[Operation]['parameters']['query']
>;

/**
 * The paths of the maturity API with their operations, for typed clients.
 *
 * @public
 */
export type MaturityApiPaths = paths;

/** @public */
export type ChecklistResponse = Schemas['Checklist'];
/** @public */
export type CheckDefinitionResponse = Schemas['CheckDefinition'];
/** @public */
export type ScorecardResponse = Schemas['Scorecard'];
/** @public */
export type PhaseProgressResponse = Schemas['PhaseProgress'];
/** @public */
export type TrackScoreResponse = Schemas['TrackScore'];
/**
 * A waiver created through the API, with its id and whether it still counts.
 *
 * @public
 */
export type WaiverResponse = Schemas['Waiver'];

/** @public */
export type AppliedWaiver = Schemas['AppliedWaiver'];
/** @public */
export type WaiverList = Schemas['WaiverList'];
/** @public */
export type NewWaiver = Schemas['NewWaiver'];
/** @public */
export type RevokeWaiver = Schemas['RevokeWaiver'];
/** @public */
export type OutcomeCounts = Schemas['OutcomeCounts'];
/** @public */
export type EntityPage = Schemas['EntityPage'];
/** @public */
export type EntityCheck = Schemas['EntityCheck'];
/** @public */
export type PhaseChange = Schemas['PhaseChange'];
/** @public */
export type CheckTransition = Schemas['CheckTransition'];
/** @public */
export type EntityHistory = Schemas['EntityHistory'];
/** @public */
export type PhaseCount = Schemas['PhaseCount'];
/** @public */
export type Blocker = Schemas['Blocker'];
/** @public */
export type Distribution = Schemas['Distribution'];
/** @public */
export type Summary = Schemas['Summary'];
/** @public */
export type TeamGroup = Schemas['TeamGroup'];
/** @public */
export type OwnerRow = Schemas['OwnerRow'];
/** @public */
export type OwnerRollupRow = Schemas['OwnerRollupRow'];
/** @public */
export type OwnerRollup = Schemas['OwnerRollup'];
/** @public */
export type TeamRollup = Schemas['TeamRollup'];
/** @public */
export type Trend = Schemas['Trend'];
/** @public */
export type EvaluationRun = Schemas['EvaluationRun'];
/** @public */
export type RunList = Schemas['RunList'];
/** @public */
export type RefreshEntityResponse =
  operations['refreshEntity']['responses'][200]['content']['application/json'];
/** @public */
export type RefreshCatalogResponse =
  operations['refreshCatalog']['responses'][202]['content']['application/json'];

/**
 * The query of `GET /entities`: filters, sort order and page.
 *
 * @public
 */
export type EntityListQuery = Query<'listEntities'>;
/**
 * The query of `GET /teams/{namespace}/{name}`.
 *
 * @public
 */
export type TeamRollupQuery = Query<'getTeamRollup'>;
/**
 * The query of `GET /trend`.
 *
 * @public
 */
export type TrendQuery = Query<'getTrend'>;
