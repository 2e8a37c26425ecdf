import {
  getGitLabRequestOptions,
  type GitLabIntegrationConfig,
} from '@backstage/integration';
import {
  rateLimitReason,
  type HostPauses,
  type RequestBudget,
} from '@backstage-maturity/plugin-maturity-node';
import { gitlabResumeTime, isRateLimited } from './rateLimits';

/**
 * Why something could not be read from GitLab, in words fit for a fact's
 * detail. `stopsRead` when the host cannot be asked any more (rate limit,
 * spent budget, outage): the rest of the project's read is skipped too.
 */
export class GitlabReadError extends Error {
  readonly stopsRead: boolean;

  constructor(reason: string, stopsRead: boolean) {
    super(reason);
    this.name = 'GitlabReadError';
    this.stopsRead = stopsRead;
  }
}

/** An answer of the REST API: a body, "not modified", or a refusal. */
export type GitlabAnswer<T> =
  | { status: 'ok'; body: T; etag?: string; nextUrl?: string }
  | { status: 'not-modified' }
  | { status: 'denied'; code: 401 | 403 | 404 };

/** Every page of a list, up to a bound, or a refusal. */
export type GitlabListAnswer<T> =
  | { status: 'ok'; items: T[]; truncated: boolean }
  | { status: 'denied'; code: 401 | 403 | 404 };

type Query = Record<string, string | number | boolean | undefined>;

const REQUEST_TIMEOUT_MS = 30_000;

/**
 * Calls one GitLab host's API for one cycle: adds the integration's token,
 * sends conditional requests, spends the cycle's request budget, and stops
 * calling a host that hit its rate limit until the time it named.
 */
export class GitlabClient {
  readonly host: string;
  readonly #integration: GitLabIntegrationConfig;
  readonly #budget: RequestBudget;
  readonly #pauses: HostPauses;
  readonly #now: () => Date;

  constructor(options: {
    integration: GitLabIntegrationConfig;
    budget: RequestBudget;
    pauses: HostPauses;
    now: () => Date;
  }) {
    this.host = options.integration.host;
    this.#integration = options.integration;
    this.#budget = options.budget;
    this.#pauses = options.pauses;
    this.#now = options.now;
  }

  /**
   * `GET {apiBaseUrl}/{path}`. With `etag`, a conditional request that may
   * answer `not-modified`. 401, 403 and 404 are answers; other failures
   * throw {@link GitlabReadError}.
   */
  async get<T>(
    path: string,
    query: Query = {},
    options: { etag?: string } = {},
  ): Promise<GitlabAnswer<T>> {
    return this.#getUrl<T>(this.#url(path, query), labelOf(path), options);
  }

  /** Every page of a list (`per_page` from the query), at most `maxPages`. */
  async list<T>(
    path: string,
    query: Query,
    maxPages: number,
  ): Promise<GitlabListAnswer<T>> {
    const items: T[] = [];
    let url: string | undefined = this.#url(path, query);
    for (let page = 0; url && page < maxPages; page++) {
      const answer: GitlabAnswer<T[]> = await this.#getUrl<T[]>(
        url,
        labelOf(path),
        {},
      );
      if (answer.status === 'denied') return answer;
      if (answer.status !== 'ok') break;
      items.push(...answer.body);
      url = answer.nextUrl;
    }
    return { status: 'ok', items, truncated: url !== undefined };
  }

  /** A GraphQL query; GraphQL errors throw {@link GitlabReadError}. */
  async graphql<T>(query: string, variables: object): Promise<T> {
    const received = await this.#send(
      graphqlUrl(this.#integration),
      'GraphQL',
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      },
    );
    if (!isSuccess(received.status)) {
      throw this.#failure(received.status, 'GraphQL');
    }
    const body = received.body as {
      data?: T | null;
      errors?: Array<{ message: string }>;
    };
    if (body.errors?.length || !body.data) {
      throw new GitlabReadError(
        `${this.host} GraphQL answered: ${
          body.errors?.[0]?.message ?? 'no data'
        }`,
        false,
      );
    }
    return body.data;
  }

  async #getUrl<T>(
    url: string,
    label: string,
    options: { etag?: string },
  ): Promise<GitlabAnswer<T>> {
    const received = await this.#send(url, label, {
      method: 'GET',
      headers: options.etag ? { 'If-None-Match': options.etag } : {},
    });
    const { status, headers } = received;
    if (status === 304) return { status: 'not-modified' };
    if (status === 401 || status === 403 || status === 404) {
      return { status: 'denied', code: status };
    }
    if (!isSuccess(status)) throw this.#failure(status, label);
    return {
      status: 'ok',
      body: received.body as T,
      etag: headers.get('etag') ?? undefined,
      nextUrl: this.#nextPage(headers, url),
    };
  }

  /**
   * Sends a request within the budget and the host's rate limit, and reads
   * a successful answer's JSON within the same timeout.
   */
  async #send(
    url: string,
    label: string,
    init: RequestInit,
  ): Promise<{ status: number; headers: Headers; body?: unknown }> {
    const nowMs = this.#now().getTime();
    const wait = this.#pauses.reasonToWait(this.host, nowMs);
    if (wait) throw new GitlabReadError(wait, true);
    if (!this.#budget.take()) {
      throw new GitlabReadError(this.#budget.spentReason, true);
    }
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), REQUEST_TIMEOUT_MS);
    let response: Response;
    try {
      response = await fetch(url, {
        ...init,
        headers: {
          Accept: 'application/json',
          ...getGitLabRequestOptions(this.#integration).headers,
          ...(init.headers as Record<string, string>),
        },
        signal: abort.signal,
      });
    } catch (error) {
      clearTimeout(timer);
      const why = abort.signal.aborted
        ? `no answer within ${REQUEST_TIMEOUT_MS / 1000} seconds`
        : String(error instanceof Error ? error.message : error);
      throw new GitlabReadError(
        `could not reach ${this.host} (${label}): ${why}`,
        true,
      );
    }
    try {
      const { status, headers } = response;
      if (status === 304) this.#budget.giveBack();
      if (isRateLimited(status, headers)) {
        const resumeAt = gitlabResumeTime(headers, nowMs);
        this.#pauses.pause(this.host, resumeAt, nowMs);
        throw new GitlabReadError(
          rateLimitReason(this.host, resumeAt, nowMs),
          true,
        );
      }
      // The last request the limit allows: pause before GitLab refuses one.
      if (
        headers.get('ratelimit-remaining')?.trim() === '0' &&
        headers.get('ratelimit-reset')
      ) {
        this.#pauses.pause(this.host, gitlabResumeTime(headers, nowMs), nowMs);
      }
      if (!isSuccess(status)) {
        await response.arrayBuffer().catch(() => undefined);
        return { status, headers };
      }
      return { status, headers, body: await this.#json(response, label) };
    } finally {
      clearTimeout(timer);
    }
  }

  #failure(status: number, label: string): GitlabReadError {
    // An outage stops the read; a request GitLab found wrong does not.
    return new GitlabReadError(
      `${this.host} answered HTTP ${status} to ${label}`,
      status >= 500,
    );
  }

  async #json(response: Response, label: string): Promise<unknown> {
    try {
      return await response.json();
    } catch {
      throw new GitlabReadError(
        `${this.host} answered ${label} with something other than JSON`,
        true,
      );
    }
  }

  #url(path: string, query: Query): string {
    const url = new URL(`${this.#integration.apiBaseUrl}/${path}`);
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
    return url.toString();
  }

  /**
   * The next page: the `Link` header's `rel="next"` on the API's own origin
   * (keyset pagination gives only that), else `x-next-page`.
   */
  #nextPage(headers: Headers, current: string): string | undefined {
    const link = headers.get('link');
    const next = link
      ?.split(',')
      .map(part => /<([^>]+)>\s*;\s*rel="?next"?/.exec(part)?.[1])
      .find(Boolean);
    if (
      next &&
      new URL(next).origin === new URL(this.#integration.apiBaseUrl).origin
    ) {
      return next;
    }
    const page = headers.get('x-next-page')?.trim();
    if (!page) return undefined;
    const url = new URL(current);
    url.searchParams.set('page', page);
    return url.toString();
  }
}

function isSuccess(status: number): boolean {
  return status >= 200 && status < 300;
}

/** What a request was for, in a reason: `repository/tags`, `project`. */
function labelOf(path: string): string {
  return path.replace(/^projects\/[^/]+\/?/, '') || 'project';
}

/** `https://host/api/graphql` beside `https://host/api/v4`. */
function graphqlUrl(integration: GitLabIntegrationConfig): string {
  const api = integration.apiBaseUrl.replace(/\/+$/, '');
  return /\/api\/v4$/.test(api)
    ? api.replace(/\/api\/v4$/, '/api/graphql')
    : `${integration.baseUrl.replace(/\/+$/, '')}/api/graphql`;
}
