import {
  HostPauses,
  resumeTime,
  type RequestBudget,
} from '@backstage-maturity/plugin-maturity-node';
import { GithubUnavailableError } from './GithubUnavailableError';

/** One request to a GitHub host's REST or GraphQL API. */
export interface GithubCall {
  /** The host as configured (`github.com`, `ghe.example.com`), for back-off and messages. */
  host: string;
  url: string;
  /** The credentials' headers (`Authorization`). */
  headers: Record<string, string>;
  /** The ETag of the last answer, sent as `If-None-Match`. */
  etag?: string;
  /** A GraphQL query, sent as a POST. */
  graphql?: { query: string; variables: Record<string, unknown> };
}

/** An answer that is neither a rate limit nor a server error. */
export interface GithubAnswer {
  status: number;
  etag?: string;
  /** The parsed JSON body; undefined for a 304 or a body that is not JSON. */
  body: unknown;
  /** The `Link` header of a paged answer. */
  link?: string;
}

/** Options of {@link GithubClient}. */
export interface GithubClientOptions {
  now: () => Date;
  /** How long one request may take. Default 30 seconds. */
  timeoutMs?: number;
}

type Resource = 'core' | 'graphql';

/**
 * Sends requests to GitHub hosts: conditional requests with ETags, the
 * cycle's request budget, and back-off after a rate limit. A host (or one
 * of its APIs) that answered with a rate limit is not called again until
 * the time it named (`retry-after`, `x-ratelimit-reset`), across cycles.
 * Rate limits, an exhausted budget, server errors and network failures
 * throw a {@link GithubUnavailableError} that says why in words; every other
 * answer (404, 403 for a missing permission) is returned.
 */
export class GithubClient {
  readonly #now: () => Date;
  readonly #timeoutMs: number;
  /** Pauses of a host (`github.com`) or of its GraphQL API (`github.com GraphQL`). */
  readonly #pauses = new HostPauses();

  constructor(options: GithubClientOptions) {
    this.#now = options.now;
    this.#timeoutMs = options.timeoutMs ?? 30_000;
  }

  /** Why the host cannot be called now, or undefined when it can. */
  pauseReason(host: string, resource: Resource = 'core'): string | undefined {
    const now = this.#now().getTime();
    return (
      this.#pauses.reasonToWait(host, now) ??
      (resource === 'graphql'
        ? this.#pauses.reasonToWait(graphqlKey(host), now)
        : undefined)
    );
  }

  async send(call: GithubCall, budget: RequestBudget): Promise<GithubAnswer> {
    const resource: Resource = call.graphql ? 'graphql' : 'core';
    const paused = this.pauseReason(call.host, resource);
    if (paused) throw new GithubUnavailableError(paused);
    if (!budget.take()) throw new GithubUnavailableError(budget.spentReason);

    const headers: Record<string, string> = {
      Accept: 'application/vnd.github+json',
      'User-Agent': 'backstage-maturity',
      ...call.headers,
    };
    if (call.etag) headers['If-None-Match'] = call.etag;
    if (call.graphql) headers['Content-Type'] = 'application/json';

    let response: Response;
    try {
      // Looked up at each call so that a test's interception applies.
      response = await globalThis.fetch(call.url, {
        method: call.graphql ? 'POST' : 'GET',
        headers,
        body: call.graphql ? JSON.stringify(call.graphql) : undefined,
        signal: AbortSignal.timeout(this.#timeoutMs),
      });
    } catch (error) {
      throw new GithubUnavailableError(
        `${call.host} did not answer: ${
          error instanceof Error ? error.message : String(error)
        }`,
      );
    }

    if (response.status === 304) {
      budget.giveBack();
      return {
        status: 304,
        etag: response.headers.get('etag') ?? call.etag,
        body: undefined,
      };
    }

    const body = await readJson(response);
    const limited = this.#rateLimit(call.host, resource, response, body);
    if (limited) throw new GithubUnavailableError(limited);
    if (response.status >= 500) {
      throw new GithubUnavailableError(
        `${call.host} answered ${response.status}`,
      );
    }
    // The last request of the window: pause before the next one fails.
    if (response.headers.get('x-ratelimit-remaining') === '0') {
      this.#pauseUntilReset(call.host, resource, response.headers);
    }
    return {
      status: response.status,
      etag: response.headers.get('etag') ?? undefined,
      body,
      link: response.headers.get('link') ?? undefined,
    };
  }

  /**
   * Whether the answer is a rate limit, as GitHub documents them: 429, or
   * 403 with `x-ratelimit-remaining: 0` (the primary limit) or with
   * `retry-after` or a "secondary rate limit" message; for GraphQL, also an
   * error of type `RATE_LIMITED`. Pauses the host and says why.
   */
  #rateLimit(
    host: string,
    resource: Resource,
    response: Response,
    body: unknown,
  ): string | undefined {
    const { status, headers } = response;
    const exhausted = headers.get('x-ratelimit-remaining') === '0';
    const graphqlLimited =
      resource === 'graphql' &&
      graphqlErrors(body).some(e => e.type === 'RATE_LIMITED');
    const secondary =
      status === 429 ||
      (status === 403 &&
        (headers.has('retry-after') ||
          /secondary rate limit/i.test(messageOf(body))));
    if (secondary) {
      this.#pause(host, headers);
      return this.pauseReason(host, resource);
    }
    if ((status === 403 && exhausted) || graphqlLimited) {
      this.#pauseUntilReset(host, resource, headers);
      return this.pauseReason(host, resource);
    }
    return undefined;
  }

  #pauseUntilReset(host: string, resource: Resource, headers: Headers) {
    // The primary limits of REST and GraphQL are counted apart.
    const limited = headers.get('x-ratelimit-resource') ?? resource;
    this.#pause(limited === 'graphql' ? graphqlKey(host) : host, headers);
  }

  /** Pauses until the time GitHub named: `retry-after`, else `x-ratelimit-reset`, else a minute. */
  #pause(key: string, headers: Headers) {
    const now = this.#now().getTime();
    const resumeAt = resumeTime(headers, now, {
      resetHeaders: ['x-ratelimit-reset'],
      retryAfterFirst: true,
    });
    this.#pauses.pause(key, resumeAt, now);
  }
}

/** The pause of a host's GraphQL API, as its reason names it. */
function graphqlKey(host: string): string {
  return `${host} GraphQL`;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text().catch(() => '');
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function messageOf(body: unknown): string {
  return typeof body === 'object' &&
    body !== null &&
    typeof (body as { message?: unknown }).message === 'string'
    ? (body as { message: string }).message
    : '';
}

/** A GraphQL error as GitHub reports it. */
export interface GraphqlError {
  type?: string;
  message: string;
  path?: Array<string | number>;
}

/** The `errors` of a GraphQL answer. */
export function graphqlErrors(body: unknown): GraphqlError[] {
  const errors = (body as { errors?: unknown } | undefined)?.errors;
  return Array.isArray(errors) ? (errors as GraphqlError[]) : [];
}
