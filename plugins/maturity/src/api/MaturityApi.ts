import { createApiRef } from '@backstage/core-plugin-api';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import type {
  BlockerListQuery,
  BlockerPage,
  CampaignBurndown,
  CampaignDetail,
  CampaignEntityPage,
  CampaignEntityQuery,
  CampaignList,
  Checklist,
  EntityFilters,
  EntityCampaignList,
  EntityHistory,
  EntityListQuery,
  EntityPage,
  EntitySummary,
  EvaluationRun,
  NewWaiver,
  OwnerRollup,
  RefreshCatalogResponse,
  Scorecard,
  Summary,
  TeamRollup,
  TeamRollupQuery,
  Trend,
  TrendQuery,
  Waiver,
} from './types';

/**
 * Client of the maturity backend. Every method reads precomputed results;
 * nothing is evaluated on page load except by `refreshEntity`.
 *
 * Errors are thrown as `ResponseError` (from `@backstage/errors`), so that
 * `ResponseErrorPanel` can show them and callers can tell 403 and 404 apart
 * through `error.statusCode`.
 *
 * @public
 */
export interface MaturityApi {
  getChecklist(): Promise<Checklist>;
  /** The entity's scorecard; undefined when it has not been evaluated (404). */
  getScorecard(entity: CompoundEntityRef): Promise<Scorecard | undefined>;
  getEntityHistory(entity: CompoundEntityRef): Promise<EntityHistory>;
  listEntities(query: EntityListQuery): Promise<EntityPage>;
  getSummary(filters: EntityFilters): Promise<Summary>;
  /** A page of the checks that block the filtered entities, most entities first. */
  listBlockers(query: BlockerListQuery): Promise<BlockerPage>;
  /** Per-owner distribution with sub-groups rolled up into their parents. */
  getOwnerRollup(filters: EntityFilters): Promise<OwnerRollup>;
  /** Roll-up of one group and its sub-groups; undefined when no such group (404). */
  getTeamRollup(
    group: CompoundEntityRef,
    filters?: TeamRollupQuery,
  ): Promise<TeamRollup | undefined>;
  /** Entities per phase per day; days are `YYYY-MM-DD` (UTC). */
  getTrend(options: TrendQuery): Promise<Trend>;
  listRuns(limit?: number): Promise<EvaluationRun[]>;
  /**
   * Starts an evaluation of the whole catalog (needs
   * `maturity.catalog.refresh`); `already-running` when one runs.
   */
  refreshCatalog(): Promise<RefreshCatalogResponse>;
  /** Re-evaluates the entity now (reads its repository again) and returns its new summary. */
  refreshEntity(entity: CompoundEntityRef): Promise<EntitySummary>;
  listWaivers(entity: CompoundEntityRef): Promise<Waiver[]>;
  createWaiver(entity: CompoundEntityRef, waiver: NewWaiver): Promise<Waiver>;
  revokeWaiver(id: string, reason: string): Promise<Waiver>;
  /**
   * The campaigns by deadline, each with its progress; with `owner` (an
   * entity ref, groups including their sub-groups), progress over that
   * owner's entities and only the campaigns that cover some of them.
   */
  listCampaigns(options?: { owner?: string }): Promise<CampaignList>;
  /** A campaign with its progress per team; undefined when no such campaign (404). */
  getCampaign(campaignId: string): Promise<CampaignDetail | undefined>;
  /** A page of the campaign's entities, overdue first, with the checks they still miss. */
  listCampaignEntities(
    campaignId: string,
    query?: CampaignEntityQuery,
  ): Promise<CampaignEntityPage>;
  /** The campaign's entities per status per day; days are `YYYY-MM-DD` (UTC). */
  getCampaignBurndown(campaignId: string): Promise<CampaignBurndown>;
  /** The campaigns that cover the entity, with where it stands in each. */
  listEntityCampaigns(entity: CompoundEntityRef): Promise<EntityCampaignList>;
  /** URL of the entity's SVG badge. */
  getBadgeUrl(entity: CompoundEntityRef): Promise<string>;
}

/** @public */
export const maturityApiRef = createApiRef<MaturityApi>({
  id: 'plugin.maturity.service',
});
