import {
  mockCredentials,
  mockServices,
  registerMswTestHooks,
} from '@backstage/backend-test-utils';
import { ResponseError } from '@backstage/errors';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { DefaultMaturityService } from './DefaultMaturityService';

const BASE = 'http://localhost:7007/api/maturity';

const discovery = mockServices.discovery.mock({
  getBaseUrl: async (pluginId: string) =>
    `http://localhost:7007/api/${pluginId}`,
});

describe('DefaultMaturityService', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  // The service runs as the catalog's, as in the catalog's label module.
  const service = DefaultMaturityService.create({
    discovery,
    auth: mockServices.auth({ pluginId: 'catalog' }),
  });

  it('lists entities with a token of the calling plugin for the maturity plugin', async () => {
    let request: Request | undefined;
    const page = {
      items: [
        {
          entityRef: 'component:default/payments-api',
          kind: 'component',
          namespace: 'default',
          name: 'payments-api',
          phase: 'foundation',
          nextPhase: 'operable',
          progress: 0.5,
          counts: {
            pass: 1,
            fail: 1,
            'not-applicable': 0,
            exempt: 0,
            attested: 0,
            error: 0,
          },
          blocking: ['slo'],
          evaluatedAt: '2026-11-20T10:00:00.000Z',
          phaseSince: '2026-11-01T10:00:00.000Z',
        },
      ],
      totalCount: 1,
    };
    server.use(
      http.get(`${BASE}/entities`, ({ request: r }) => {
        request = r;
        return HttpResponse.json(page);
      }),
    );

    await expect(
      service.listEntities({
        limit: 500,
        offset: 1000,
        sort: 'name',
        owner: ['group:default/a', 'group:default/b'],
      }),
    ).resolves.toEqual(page);

    const url = new URL(request!.url);
    expect(url.searchParams.get('limit')).toBe('500');
    expect(url.searchParams.get('offset')).toBe('1000');
    expect(url.searchParams.get('sort')).toBe('name');
    expect(url.searchParams.getAll('owner')).toEqual([
      'group:default/a',
      'group:default/b',
    ]);
    expect(request!.headers.get('authorization')).toBe(
      mockCredentials.service.header({
        onBehalfOf: mockCredentials.service('plugin:catalog'),
        targetPluginId: 'maturity',
      }),
    );
  });

  it('throws a ResponseError with the status and the server error', async () => {
    server.use(
      http.get(`${BASE}/entities`, () =>
        HttpResponse.json(
          {
            error: { name: 'NotAllowedError', message: 'Missing permission' },
            response: { statusCode: 403 },
          },
          { status: 403 },
        ),
      ),
    );

    const error = await service.listEntities().catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(403);
    expect(error.cause.message).toBe('Missing permission');
  });

  it('stops when the caller aborts', async () => {
    server.use(
      http.get(`${BASE}/entities`, () => new Promise<never>(() => {})),
    );
    const controller = new AbortController();
    const listing = service.listEntities({}, { signal: controller.signal });
    controller.abort();
    await expect(listing).rejects.toThrow(/abort/i);
  });
});
