import type { CompoundEntityRef } from '@backstage/catalog-model';
import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  createMaturityApiClient,
  type MaturityApiClient,
} from '@backstage-maturity/plugin-maturity-common';
import type { MaturityApi } from './MaturityApi';
import type {
  BlockerListQuery,
  BlockerPage,
  CampaignBurndown,
  CampaignDetail,
  CampaignEntityPage,
  CampaignEntityQuery,
  CampaignList,
  CheckDefinition,
  Checklist,
  EntityCampaignList,
  EntityFilters,
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

/** What a call of the generated client resolves to. */
type CallResult<T> = { data?: T; response: Response };

/** The data of a call; a failure is thrown as a ResponseError. */
async function dataOf<T>(call: Promise<CallResult<T>>): Promise<T> {
  const { data, response } = await call;
  if (!response.ok) {
    throw await ResponseError.fromResponse(response);
  }
  return data as T;
}

/** The data of a call, or undefined when the backend answers 404. */
async function dataOrUndefined<T>(
  call: Promise<CallResult<T>>,
): Promise<T | undefined> {
  const { data, response } = await call;
  if (response.status === 404) {
    return undefined;
  }
  if (!response.ok) {
    throw await ResponseError.fromResponse(response);
  }
  return data as T;
}

/**
 * The filters of the list, summary and roll-up routes, without other
 * members and without empty searches (the routes reject what they do not
 * know).
 */
function filterQuery(filters: EntityFilters): EntityFilters {
  return {
    owner: filters.owner,
    system: filters.system,
    domain: filters.domain,
    type: filters.type,
    lifecycle: filters.lifecycle,
    kind: filters.kind,
    phase: filters.phase,
    search: filters.search || undefined,
  };
}

function entityPath(entity: CompoundEntityRef) {
  const { kind, namespace, name } = entity;
  return { kind, namespace, name };
}

/** What the client shows for a check that its checklist does not know. */
function unknownDefinition(checkId: string): CheckDefinition {
  return {
    id: checkId,
    title: checkId,
    required: false,
    why: '',
    howToPass: '',
    attestable: false,
  };
}

/**
 * The {@link MaturityApi} over the maturity backend's REST API, through the
 * client typed by its OpenAPI spec.
 *
 * @public
 */
export class MaturityClient implements MaturityApi {
  readonly #discoveryApi: DiscoveryApi;
  readonly #client: MaturityApiClient;
  /** The checklist's checks by id, fetched once for every scorecard. */
  #definitions?: Promise<Map<string, CheckDefinition>>;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.#discoveryApi = options.discoveryApi;
    this.#client = createMaturityApiClient(options);
  }

  async getChecklist(): Promise<Checklist> {
    return dataOf(this.#client.get('/checklist'));
  }

  /**
   * The scorecard's results, joined here with the checklist's guidance,
   * which is the same for every entity: fetched once rather than with
   * each scorecard.
   */
  async getScorecard(
    entity: CompoundEntityRef,
  ): Promise<Scorecard | undefined> {
    const [results, known] = await Promise.all([
      dataOrUndefined(
        this.#client.get('/entities/{kind}/{namespace}/{name}', {
          params: { path: entityPath(entity), query: { guidance: false } },
        }),
      ),
      this.#checkDefinitions(),
    ]);
    if (!results) {
      return undefined;
    }
    let definitions = known;
    if (results.checks.some(check => !definitions.has(check.checkId))) {
      // The backend's checklist changed since it was fetched.
      this.#definitions = undefined;
      definitions = await this.#checkDefinitions();
    }
    return {
      ...results,
      checks: results.checks.map(check => {
        const { id, ...definition } =
          definitions.get(check.checkId) ?? unknownDefinition(check.checkId);
        return { ...check, ...definition };
      }),
    };
  }

  #checkDefinitions(): Promise<Map<string, CheckDefinition>> {
    if (!this.#definitions) {
      const loading = this.getChecklist().then(
        checklist => new Map(checklist.checks.map(c => [c.id, c])),
      );
      this.#definitions = loading;
      // A failed fetch is tried again by the next scorecard.
      loading.catch(() => {
        if (this.#definitions === loading) this.#definitions = undefined;
      });
    }
    return this.#definitions;
  }

  async getEntityHistory(entity: CompoundEntityRef): Promise<EntityHistory> {
    return dataOf(
      this.#client.get('/entities/{kind}/{namespace}/{name}/history', {
        params: { path: entityPath(entity) },
      }),
    );
  }

  async listEntities(query: EntityListQuery): Promise<EntityPage> {
    const { sort, order, limit, offset, blocker } = query;
    return dataOf(
      this.#client.get('/entities', {
        params: {
          query: { ...filterQuery(query), blocker, sort, order, limit, offset },
        },
      }),
    );
  }

  async listBlockers(query: BlockerListQuery): Promise<BlockerPage> {
    const { limit, offset } = query;
    return dataOf(
      this.#client.get('/blockers', {
        params: { query: { ...filterQuery(query), limit, offset } },
      }),
    );
  }

  async refreshCatalog(): Promise<RefreshCatalogResponse> {
    return dataOf(this.#client.post('/refresh', {}));
  }

  async getSummary(filters: EntityFilters): Promise<Summary> {
    return dataOf(
      this.#client.get('/summary', { params: { query: filterQuery(filters) } }),
    );
  }

  async getOwnerRollup(filters: EntityFilters): Promise<OwnerRollup> {
    return dataOf(
      this.#client.get('/owners', { params: { query: filterQuery(filters) } }),
    );
  }

  async getTeamRollup(
    group: CompoundEntityRef,
    filters: TeamRollupQuery = {},
  ): Promise<TeamRollup | undefined> {
    const { system, domain, type, lifecycle, kind } = filters;
    return dataOrUndefined(
      this.#client.get('/teams/{namespace}/{name}', {
        params: {
          path: { namespace: group.namespace, name: group.name },
          query: { system, domain, type, lifecycle, kind },
        },
      }),
    );
  }

  async getTrend(options: TrendQuery): Promise<Trend> {
    const { from, to, owner } = options;
    return dataOf(
      this.#client.get('/trend', { params: { query: { from, to, owner } } }),
    );
  }

  async listRuns(limit?: number): Promise<EvaluationRun[]> {
    const body = await dataOf(
      this.#client.get('/runs', { params: { query: { limit } } }),
    );
    return body.items;
  }

  async refreshEntity(entity: CompoundEntityRef): Promise<EntitySummary> {
    const body = await dataOf(
      this.#client.post('/entities/{kind}/{namespace}/{name}/refresh', {
        params: { path: entityPath(entity) },
      }),
    );
    return body.summary;
  }

  async listWaivers(entity: CompoundEntityRef): Promise<Waiver[]> {
    const body = await dataOf(
      this.#client.get('/entities/{kind}/{namespace}/{name}/waivers', {
        params: { path: entityPath(entity) },
      }),
    );
    return body.items;
  }

  async createWaiver(
    entity: CompoundEntityRef,
    waiver: NewWaiver,
  ): Promise<Waiver> {
    return dataOf(
      this.#client.post('/entities/{kind}/{namespace}/{name}/waivers', {
        params: { path: entityPath(entity) },
        body: waiver,
      }),
    );
  }

  async revokeWaiver(id: string, reason: string): Promise<Waiver> {
    return dataOf(
      this.#client.delete('/waivers/{id}', {
        params: { path: { id } },
        body: { reason },
      }),
    );
  }

  async listCampaigns(options: { owner?: string } = {}): Promise<CampaignList> {
    const owner = options.owner ? [options.owner] : undefined;
    return dataOf(
      this.#client.get('/campaigns', { params: { query: { owner } } }),
    );
  }

  async getCampaign(campaignId: string): Promise<CampaignDetail | undefined> {
    return dataOrUndefined(
      this.#client.get('/campaigns/{campaignId}', {
        params: { path: { campaignId } },
      }),
    );
  }

  async listCampaignEntities(
    campaignId: string,
    query: CampaignEntityQuery = {},
  ): Promise<CampaignEntityPage> {
    const { status, owner, limit, offset } = query;
    return dataOf(
      this.#client.get('/campaigns/{campaignId}/entities', {
        params: {
          path: { campaignId },
          query: { status, owner, limit, offset },
        },
      }),
    );
  }

  async getCampaignBurndown(campaignId: string): Promise<CampaignBurndown> {
    return dataOf(
      this.#client.get('/campaigns/{campaignId}/burndown', {
        params: { path: { campaignId } },
      }),
    );
  }

  async listEntityCampaigns(
    entity: CompoundEntityRef,
  ): Promise<EntityCampaignList> {
    return dataOf(
      this.#client.get('/entities/{kind}/{namespace}/{name}/campaigns', {
        params: { path: entityPath(entity) },
      }),
    );
  }

  async getBadgeUrl(entity: CompoundEntityRef): Promise<string> {
    const base = await this.#discoveryApi.getBaseUrl('maturity');
    const path = [entity.kind, entity.namespace, entity.name]
      .map(encodeURIComponent)
      .join('/');
    return `${base}/badges/${path}.svg`;
  }
}
