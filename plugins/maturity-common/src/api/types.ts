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

import type { components, operations } from '../generated/openapi';

// The generated types themselves: every path with its operations, every
// operation with its parameters, bodies and answers, every schema.
export type {
  paths as MaturityApiPaths,
  operations as MaturityApiOperations,
  components as MaturityApiComponents,
} from '../generated/openapi';

/** @public */
export type ChecklistResponse = components['schemas']['Checklist'];
/** @public */
export type CheckDefinitionResponse = components['schemas']['CheckDefinition'];
/** @public */
export type ScorecardResponse = components['schemas']['Scorecard'];
/** @public */
export type PhaseProgressResponse = components['schemas']['PhaseProgress'];
/** @public */
export type TrackScoreResponse = components['schemas']['TrackScore'];
/**
 * A waiver created through the API, with its id and whether it still counts.
 *
 * @public
 */
export type WaiverResponse = components['schemas']['Waiver'];

/** @public */
export type AppliedWaiver = components['schemas']['AppliedWaiver'];
/** @public */
export type WaiverList = components['schemas']['WaiverList'];
/** @public */
export type NewWaiver = components['schemas']['NewWaiver'];
/** @public */
export type RevokeWaiver = components['schemas']['RevokeWaiver'];
/** @public */
export type OutcomeCounts = components['schemas']['OutcomeCounts'];
/** @public */
export type EntityPage = components['schemas']['EntityPage'];
/** @public */
export type EntityCheck = components['schemas']['EntityCheck'];
/** @public */
export type PhaseChange = components['schemas']['PhaseChange'];
/** @public */
export type CheckTransition = components['schemas']['CheckTransition'];
/** @public */
export type EntityHistory = components['schemas']['EntityHistory'];
/** @public */
export type PhaseCount = components['schemas']['PhaseCount'];
/** @public */
export type Blocker = components['schemas']['Blocker'];
/** @public */
export type BlockerPage = components['schemas']['BlockerPage'];
/** @public */
export type Distribution = components['schemas']['Distribution'];
/** @public */
export type Summary = components['schemas']['Summary'];
/** @public */
export type TeamGroup = components['schemas']['TeamGroup'];
/** @public */
export type OwnerRow = components['schemas']['OwnerRow'];
/** @public */
export type OwnerRollupRow = components['schemas']['OwnerRollupRow'];
/** @public */
export type OwnerRollup = components['schemas']['OwnerRollup'];
/** @public */
export type TeamRollup = components['schemas']['TeamRollup'];
/** @public */
export type Trend = components['schemas']['Trend'];
/** @public */
export type EvaluationRun = components['schemas']['EvaluationRun'];
/** @public */
export type RunList = components['schemas']['RunList'];
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
export type EntityListQuery = NonNullable<
  operations['listEntities']['parameters']['query']
>;
/**
 * The query of `GET /blockers`: filters and page.
 *
 * @public
 */
export type BlockerListQuery = NonNullable<
  operations['listBlockers']['parameters']['query']
>;
/**
 * The query of `GET /teams/{namespace}/{name}`.
 *
 * @public
 */
export type TeamRollupQuery = NonNullable<
  operations['getTeamRollup']['parameters']['query']
>;
/**
 * The query of `GET /trend`.
 *
 * @public
 */
export type TrendQuery = NonNullable<
  operations['getTrend']['parameters']['query']
>;

/** @public */
export type CampaignResponse = components['schemas']['Campaign'];
/** @public */
export type CampaignTargetResponse = components['schemas']['CampaignTarget'];
/** @public */
export type CampaignEntityFilterResponse =
  components['schemas']['CampaignEntityFilter'];
/** @public */
export type NewCampaign = components['schemas']['NewCampaign'];
/** @public */
export type CampaignChange = components['schemas']['CampaignChange'];
/** @public */
export type CampaignEntityStatusResponse =
  components['schemas']['CampaignEntityStatus'];
/** @public */
export type CampaignProgressResponse =
  components['schemas']['CampaignProgress'];
/** @public */
export type CampaignOverview = components['schemas']['CampaignOverview'];
/** @public */
export type CampaignList = components['schemas']['CampaignList'];
/** @public */
export type CampaignTeamRow = components['schemas']['CampaignTeamRow'];
/** @public */
export type CampaignDetail = components['schemas']['CampaignDetail'];
/** @public */
export type RemainingCheck = components['schemas']['RemainingCheck'];
/** @public */
export type CampaignEntity = components['schemas']['CampaignEntity'];
/** @public */
export type CampaignEntityPage = components['schemas']['CampaignEntityPage'];
/** @public */
export type EntityCampaign = components['schemas']['EntityCampaign'];
/** @public */
export type EntityCampaignList = components['schemas']['EntityCampaignList'];
/** @public */
export type CampaignBurndown = components['schemas']['CampaignBurndown'];
/**
 * The query of `GET /campaigns/{campaignId}/entities`.
 *
 * @public
 */
export type CampaignEntityQuery = NonNullable<
  operations['listCampaignEntities']['parameters']['query']
>;
