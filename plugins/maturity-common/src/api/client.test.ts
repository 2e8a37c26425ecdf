import { createMaturityApiClient } from './client';

describe('createMaturityApiClient', () => {
  function setup(respond: (request: Request) => Response) {
    const requests: Request[] = [];
    let base = 'http://backstage.test/api/maturity';
    const client = createMaturityApiClient({
      discoveryApi: {
        getBaseUrl: async pluginId => {
          expect(pluginId).toBe('maturity');
          return base;
        },
      },
      fetchApi: {
        // As Backstage's fetch API does: each middleware of its chain makes
        // a Request of its own from what it was given.
        fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
          const injected = new Request(input, init);
          const request = new Request(input, {
            ...init,
            headers: injected.headers,
          });
          requests.push(request);
          return respond(request);
        },
      },
    });
    return { client, requests, moveTo: (url: string) => (base = url) };
  }

  it('asks discovery for the base URL of every request', async () => {
    const { client, requests, moveTo } = setup(() =>
      Response.json({ items: [], totalCount: 0 }),
    );
    await client.get('/entities', { params: { query: { limit: 5 } } });
    moveTo('http://elsewhere.test/api/maturity');
    await client.get('/entities');
    expect(requests.map(r => r.url)).toEqual([
      'http://backstage.test/api/maturity/entities?limit=5',
      'http://elsewhere.test/api/maturity/entities',
    ]);
  });

  it('encodes path parameters and sends bodies as JSON', async () => {
    const { client, requests } = setup(request =>
      Response.json({ echoed: request.url }, { status: 201 }),
    );
    const body = {
      checkId: 'readme',
      kind: 'exemption' as const,
      reason: 'The service is documented elsewhere',
      expiresAt: '2027-01-01',
    };
    const { data } = await client.post(
      '/entities/{kind}/{namespace}/{name}/waivers',
      {
        params: {
          path: { kind: 'component', namespace: 'default', name: 'a/b' },
        },
        body,
      },
    );
    expect(data).toEqual({
      echoed:
        'http://backstage.test/api/maturity/entities/component/default/a%2Fb/waivers',
    });
    expect(requests[0].method).toBe('POST');
    expect(requests[0].headers.get('content-type')).toBe('application/json');
    await expect(requests[0].json()).resolves.toEqual(body);
  });

  it('returns failed responses that can still be read', async () => {
    const failure = {
      error: { name: 'NotAllowedError', message: 'Missing permission' },
      response: { statusCode: 403 },
    };
    const { client } = setup(() => Response.json(failure, { status: 403 }));
    const { data, error, response } = await client.get('/checklist');
    expect(data).toBeUndefined();
    expect(error).toEqual(failure);
    expect(response.status).toBe(403);
    // As ResponseError.fromResponse reads it.
    await expect(response.text()).resolves.toBe(JSON.stringify(failure));
    await expect(response.json()).resolves.toEqual(failure);
  });
});
