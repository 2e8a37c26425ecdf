import type { CompoundEntityRef } from '@backstage/catalog-model';
import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import type { MaturityApi } from './MaturityApi';
import type {
  CheckDefinition,
  Checklist,
  EntityCheck,
  EntityFilters,
  EntityHistory,
  EntityListQuery,
  EntityPage,
  EntitySummary,
  EvaluationRun,
  NewWaiver,
  OwnerRollup,
  Scorecard,
  Summary,
  TeamRollup,
  Trend,
  Waiver,
} from './types';

type QueryValue = string | number | string[] | undefined;

/** Query string of the given parameters; arrays repeat the parameter. */
function queryString(params: Record<string, QueryValue>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === '') continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      query.append(key, String(item));
    }
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

function filterParams(filters: EntityFilters): Record<string, QueryValue> {
  return {
    owner: filters.owner,
    system: filters.system,
    domain: filters.domain,
    type: filters.type,
    lifecycle: filters.lifecycle,
    kind: filters.kind,
    phase: filters.phase,
    search: filters.search,
  };
}

/** A check's result as `?guidance=false` sends it: no definition. */
type CheckResultView = Omit<EntityCheck, keyof Omit<CheckDefinition, 'id'>>;

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

function entityPath(entity: CompoundEntityRef): string {
  return [entity.kind, entity.namespace, entity.name]
    .map(encodeURIComponent)
    .join('/');
}

/**
 * The {@link MaturityApi} over the maturity backend's REST API.
 *
 * @public
 */
export class MaturityClient implements MaturityApi {
  readonly #discoveryApi: DiscoveryApi;
  readonly #fetchApi: FetchApi;
  /** The checklist's checks by id, fetched once for every scorecard. */
  #definitions?: Promise<Map<string, CheckDefinition>>;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.#discoveryApi = options.discoveryApi;
    this.#fetchApi = options.fetchApi;
  }

  async getChecklist(): Promise<Checklist> {
    return this.#json('/checklist');
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
      this.#jsonOrUndefined<
        Omit<Scorecard, 'checks'> & { checks: CheckResultView[] }
      >(`/entities/${entityPath(entity)}?guidance=false`),
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
    return this.#json(`/entities/${entityPath(entity)}/history`);
  }

  async listEntities(query: EntityListQuery): Promise<EntityPage> {
    return this.#json(
      `/entities${queryString({
        ...filterParams(query),
        sort: query.sort,
        order: query.order,
        limit: query.limit,
        offset: query.offset,
      })}`,
    );
  }

  async getSummary(filters: EntityFilters): Promise<Summary> {
    return this.#json(`/summary${queryString(filterParams(filters))}`);
  }

  async getOwnerRollup(filters: EntityFilters): Promise<OwnerRollup> {
    return this.#json(`/owners${queryString(filterParams(filters))}`);
  }

  async getTeamRollup(
    group: CompoundEntityRef,
    filters: Omit<EntityFilters, 'owner' | 'phase' | 'search'> = {},
  ): Promise<TeamRollup | undefined> {
    const path = [group.namespace, group.name]
      .map(encodeURIComponent)
      .join('/');
    return this.#jsonOrUndefined(
      `/teams/${path}${queryString({
        system: filters.system,
        domain: filters.domain,
        type: filters.type,
        lifecycle: filters.lifecycle,
        kind: filters.kind,
      })}`,
    );
  }

  async getTrend(options: {
    from?: string;
    to?: string;
    owner?: string[];
  }): Promise<Trend> {
    return this.#json(
      `/trend${queryString({
        from: options.from,
        to: options.to,
        owner: options.owner,
      })}`,
    );
  }

  async listRuns(limit?: number): Promise<EvaluationRun[]> {
    const body = await this.#json<{ items: EvaluationRun[] }>(
      `/runs${queryString({ limit })}`,
    );
    return body.items;
  }

  async refreshEntity(entity: CompoundEntityRef): Promise<EntitySummary> {
    const body = await this.#json<{ summary: EntitySummary }>(
      `/entities/${entityPath(entity)}/refresh`,
      { method: 'POST' },
    );
    return body.summary;
  }

  async listWaivers(entity: CompoundEntityRef): Promise<Waiver[]> {
    const body = await this.#json<{ items: Waiver[] }>(
      `/entities/${entityPath(entity)}/waivers`,
    );
    return body.items;
  }

  async createWaiver(
    entity: CompoundEntityRef,
    waiver: NewWaiver,
  ): Promise<Waiver> {
    return this.#json(`/entities/${entityPath(entity)}/waivers`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(waiver),
    });
  }

  async revokeWaiver(id: string, reason: string): Promise<Waiver> {
    return this.#json(`/waivers/${encodeURIComponent(id)}`, {
      method: 'DELETE',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ reason }),
    });
  }

  async getBadgeUrl(entity: CompoundEntityRef): Promise<string> {
    const base = await this.#discoveryApi.getBaseUrl('maturity');
    return `${base}/badges/${entityPath(entity)}.svg`;
  }

  async #fetch(path: string, init?: RequestInit): Promise<Response> {
    const base = await this.#discoveryApi.getBaseUrl('maturity');
    return this.#fetchApi.fetch(`${base}${path}`, init);
  }

  async #json<T>(path: string, init?: RequestInit): Promise<T> {
    const response = await this.#fetch(path, init);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }

  async #jsonOrUndefined<T>(path: string): Promise<T | undefined> {
    const response = await this.#fetch(path);
    if (response.status === 404) {
      return undefined;
    }
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}
