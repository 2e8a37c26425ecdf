/**
 * The shapes of the maturity backend's REST API, as this plugin names them:
 * the types of `@backstage-maturity/plugin-maturity-common`, generated from
 * the backend's OpenAPI spec (`src/schema/openapi.yaml`), where they are
 * documented. Only the scorecard differs: the client joins each check's
 * result with its definition from the checklist.
 */

import type {
  CheckDefinitionResponse,
  EntityCheck as CheckResultResponse,
  ScorecardResponse,
  WaiverResponse,
} from '@backstage-maturity/plugin-maturity-common';

export type {
  AppliedWaiver,
  Blocker,
  BlockerListQuery,
  BlockerPage,
  CampaignBurndown,
  CampaignDetail,
  CampaignEntity,
  CampaignEntityPage,
  CampaignEntityQuery,
  CampaignList,
  CampaignOverview,
  CampaignTeamRow,
  CheckOutcome,
  EntityCampaign,
  EntityCampaignList,
  EntityFilterParameters as EntityFilters,
  EntityHistory,
  EntityListQuery,
  EntityPage,
  EntitySortField,
  EntitySummary,
  EvaluationRun,
  Evidence,
  NewWaiver,
  OutcomeCounts,
  OwnerRollup,
  OwnerRollupRow,
  OwnerRow,
  PhaseCount,
  PhaseDefinition,
  RefreshCatalogResponse,
  RemainingCheck,
  Summary,
  TeamGroup,
  TeamRollup,
  TeamRollupQuery,
  TrackDefinition,
  Trend,
  TrendQuery,
  UnknownStanding,
  CampaignResponse as Campaign,
  CampaignEntityFilterResponse as CampaignEntityFilter,
  CampaignEntityStatusResponse as CampaignEntityStatus,
  CampaignProgressResponse as CampaignProgress,
  CampaignTargetResponse as CampaignTarget,
  CheckDefinitionResponse as CheckDefinition,
  ChecklistResponse as Checklist,
  PhaseProgressResponse as PhaseProgress,
  TrackScoreResponse as TrackScore,
  WaiverResponse as Waiver,
} from '@backstage-maturity/plugin-maturity-common';

/** @public */
export type WaiverKind = WaiverResponse['kind'];

/**
 * A check's stored result joined with its definition in the checklist.
 *
 * @public
 */
export type EntityCheck = CheckResultResponse &
  Omit<CheckDefinitionResponse, 'id'>;

/**
 * An entity's scorecard, each check joined with its definition.
 *
 * @public
 */
export type Scorecard = Omit<ScorecardResponse, 'checks'> & {
  checks: EntityCheck[];
};
