import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from '../generated/openapi';

/** A failed response whose body can be read more than once. */
class RereadableResponse extends Response {
  readonly #body: string;

  constructor(body: string, from: Response) {
    // Statuses such as 304 may not carry a body.
    super(body || null, {
      status: from.status,
      statusText: from.statusText,
      headers: from.headers,
    });
    this.#body = body;
    Object.defineProperty(this, 'url', { value: from.url });
  }

  override async text(): Promise<string> {
    return this.#body;
  }

  override async json(): Promise<any> {
    return JSON.parse(this.#body);
  }
}

/**
 * openapi-fetch reads the body of a failed response into `error` and
 * returns the response consumed; this hands it a response whose body can be
 * read again, so that errors built from it keep the server's message.
 */
const rereadableFailures: Middleware = {
  async onResponse({ response }) {
    if (response.ok) {
      return undefined;
    }
    return new RereadableResponse(await response.text(), response);
  },
};

/**
 * The request as a URL and options. Backstage's fetch API makes a Request of
 * its own from what it is given, at each step of its middleware chain, and a
 * Request whose body was taken over once cannot be used again: a URL with a
 * body read into text can.
 */
async function asUrlAndInit(request: Request): Promise<[string, RequestInit]> {
  const body =
    request.method === 'GET' || request.method === 'HEAD'
      ? undefined
      : await request.text();
  return [
    request.url,
    {
      method: request.method,
      headers: request.headers,
      body: body || undefined,
      signal: request.signal,
    },
  ];
}

/** The client method, with the base URL that discovery gives per request. */
function withBaseUrl<Method extends (url: any, init?: any) => Promise<unknown>>(
  method: Method,
  baseUrl: () => Promise<string>,
): Method {
  const withBase = async (url: unknown, init?: object) =>
    method(url, { ...init, baseUrl: await baseUrl() });
  return withBase as Method;
}

/**
 * What the client needs of Backstage's discovery and fetch APIs, in the
 * browser (`discoveryApiRef`, `fetchApiRef`) and in a backend
 * (`coreServices.discovery`, the global `fetch`).
 *
 * @public
 */
export interface MaturityApiClientOptions {
  discoveryApi: { getBaseUrl(pluginId: string): Promise<string> };
  /** Defaults to the global `fetch`. */
  fetchApi?: { fetch: typeof fetch };
}

/**
 * A client of the maturity backend's REST API, typed by its OpenAPI spec:
 * openapi-fetch's `GET`, `POST`, `PUT` and `DELETE` as `get`, `post`, `put`
 * and `delete`.
 * `client.get('/entities', { params: { query: { limit: 10 } } })` resolves
 * to `{ data, response }` on success and `{ error, response }` on failure.
 * The response of a failure can still be read, e.g. by `@backstage/errors`'
 * `ResponseError.fromResponse(response)`.
 *
 * @public
 */
export interface MaturityApiClient {
  get: Client<paths>['GET'];
  post: Client<paths>['POST'];
  put: Client<paths>['PUT'];
  delete: Client<paths>['DELETE'];
}

/**
 * Creates a {@link MaturityApiClient}; each request asks discovery for the
 * plugin's base URL.
 *
 * @public
 */
export function createMaturityApiClient(
  options: MaturityApiClientOptions,
): MaturityApiClient {
  const { discoveryApi, fetchApi } = options;
  const client = createClient<paths>({
    fetch: async request => {
      const [url, init] = await asUrlAndInit(request);
      return fetchApi ? fetchApi.fetch(url, init) : fetch(url, init);
    },
  });
  client.use(rereadableFailures);
  const baseUrl = () => discoveryApi.getBaseUrl('maturity');
  return {
    get: withBaseUrl(client.GET, baseUrl),
    post: withBaseUrl(client.POST, baseUrl),
    put: withBaseUrl(client.PUT, baseUrl),
    delete: withBaseUrl(client.DELETE, baseUrl),
  };
}
