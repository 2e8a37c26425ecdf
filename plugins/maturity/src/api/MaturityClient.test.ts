import { mockApis, registerMswTestHooks } from '@backstage/test-utils';
import { ResponseError } from '@backstage/errors';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { scorecard } from '../__fixtures__/scorecard';
import { MaturityClient } from './MaturityClient';
import type { CheckDefinition, Checklist, EntityCheck, Waiver } from './types';

const BASE = 'http://backstage.test/api/maturity';
const ENTITY = {
  kind: 'component',
  namespace: 'default',
  name: 'payments-api',
};

const waiver: Waiver = {
  id: 'w-1',
  entityRef: 'component:default/payments-api',
  checkId: 'runbooks',
  kind: 'attestation',
  reason: 'Runbooks live in the operations wiki',
  expiresAt: '2026-12-31',
  evidenceUrl: 'https://wiki.example.com/payments/runbooks',
  createdBy: 'user:default/jane',
  source: 'api',
  createdAt: '2026-01-10T09:00:00.000Z',
  active: true,
};

const DEFINITION_KEYS = [
  'title',
  'phase',
  'track',
  'required',
  'why',
  'howToPass',
  'guidanceUrl',
  'attestable',
];

/** The fixture's checks as the checklist defines them. */
const checklist: Checklist = {
  phases: [],
  tracks: [],
  checks: scorecard.checks.map(
    check =>
      Object.fromEntries([
        ['id', check.checkId],
        ...Object.entries(check).filter(([key]) =>
          DEFINITION_KEYS.includes(key),
        ),
      ]) as CheckDefinition,
  ),
};

/** A check's result as `?guidance=false` sends it. */
function withoutGuidance(check: EntityCheck) {
  return Object.fromEntries(
    Object.entries(check).filter(([key]) => !DEFINITION_KEYS.includes(key)),
  );
}

/** The fixture's scorecard as `?guidance=false` sends it. */
const leanScorecard = {
  ...scorecard,
  checks: scorecard.checks.map(withoutGuidance),
};

describe('MaturityClient', () => {
  let checklistRequests = 0;
  const server = setupServer(
    http.get(`${BASE}/checklist`, () => {
      checklistRequests++;
      return HttpResponse.json(checklist);
    }),
  );
  registerMswTestHooks(server);
  beforeEach(() => {
    checklistRequests = 0;
  });

  const fetchApi = { fetch: (input: any, init?: any) => fetch(input, init) };
  const newClient = () =>
    new MaturityClient({
      discoveryApi: mockApis.discovery.mock({
        getBaseUrl: async () => BASE,
      }),
      fetchApi,
    });
  const client = newClient();

  it('reads the checklist', async () => {
    server.use(
      http.get(`${BASE}/checklist`, () =>
        HttpResponse.json({ phases: [], tracks: [], checks: [] }),
      ),
    );
    await expect(client.getChecklist()).resolves.toEqual({
      phases: [],
      tracks: [],
      checks: [],
    });
  });

  it('reads a scorecard without guidance and joins it with the checklist', async () => {
    let url = new URL('http://unset');
    server.use(
      http.get(`${BASE}/entities/:kind/:namespace/:name`, ({ request }) => {
        url = new URL(request.url);
        return HttpResponse.json(leanScorecard);
      }),
    );
    const fresh = newClient();
    await expect(
      fresh.getScorecard({ ...ENTITY, name: 'a b/c' }),
    ).resolves.toEqual(scorecard);
    expect(url.pathname).toBe(
      '/api/maturity/entities/component/default/a%20b%2Fc',
    );
    expect(url.searchParams.get('guidance')).toBe('false');

    // The checklist is fetched once for every scorecard.
    await expect(fresh.getScorecard(ENTITY)).resolves.toEqual(scorecard);
    expect(checklistRequests).toBe(1);
  });

  it('fetches the checklist again when a scorecard has a check it does not know', async () => {
    const fresh = newClient();
    server.use(
      http.get(`${BASE}/entities/:kind/:namespace/:name`, () =>
        HttpResponse.json(leanScorecard),
      ),
    );
    await fresh.getScorecard(ENTITY);
    const added = { ...scorecard.checks[0], checkId: 'sbom', title: 'SBOM' };
    server.use(
      http.get(`${BASE}/entities/:kind/:namespace/:name`, () =>
        HttpResponse.json({
          ...leanScorecard,
          checks: [...leanScorecard.checks, withoutGuidance(added)],
        }),
      ),
      http.get(`${BASE}/checklist`, () => {
        checklistRequests++;
        return HttpResponse.json({
          ...checklist,
          checks: [
            ...checklist.checks,
            { ...checklist.checks[0], id: 'sbom', title: 'SBOM' },
          ],
        });
      }),
    );
    const result = await fresh.getScorecard(ENTITY);
    expect(result?.checks.at(-1)).toEqual(added);
    expect(checklistRequests).toBe(2);
  });

  it('returns undefined for a scorecard that does not exist', async () => {
    server.use(
      http.get(`${BASE}/entities/:kind/:namespace/:name`, () =>
        HttpResponse.json(
          { error: { name: 'NotFoundError', message: 'not evaluated' } },
          { status: 404 },
        ),
      ),
    );
    await expect(client.getScorecard(ENTITY)).resolves.toBeUndefined();
  });

  it('throws a ResponseError with the status on other failures', async () => {
    server.use(
      http.get(`${BASE}/entities/:kind/:namespace/:name`, () =>
        HttpResponse.json(
          {
            error: { name: 'NotAllowedError', message: 'Unauthorized' },
            request: { method: 'GET', url: '/' },
            response: { statusCode: 403 },
          },
          { status: 403 },
        ),
      ),
    );
    const error = await client.getScorecard(ENTITY).catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(403);
    // The server's error is what an error panel shows.
    expect(error.cause).toMatchObject({
      name: 'NotAllowedError',
      message: 'Unauthorized',
    });
  });

  it('sends every request through the fetch API, which signs it in', async () => {
    let authorization: string | null = null;
    server.use(
      http.get(`${BASE}/runs`, ({ request }) => {
        authorization = request.headers.get('authorization');
        return HttpResponse.json({ items: [] });
      }),
    );
    const signed = new MaturityClient({
      discoveryApi: mockApis.discovery.mock({
        getBaseUrl: async () => BASE,
      }),
      fetchApi: {
        fetch: (input: any, init?: any) => {
          const request = new Request(input, init);
          request.headers.set('authorization', 'Bearer user-token');
          return fetch(request);
        },
      },
    });
    await expect(signed.listRuns()).resolves.toEqual([]);
    expect(authorization).toBe('Bearer user-token');
  });

  it('repeats array filters and skips empty ones when listing entities', async () => {
    let query = new URLSearchParams();
    server.use(
      http.get(`${BASE}/entities`, ({ request }) => {
        query = new URL(request.url).searchParams;
        return HttpResponse.json({ items: [], totalCount: 0 });
      }),
    );
    await client.listEntities({
      owner: ['group:default/a', 'group:default/b'],
      phase: ['not-started'],
      search: '',
      sort: 'progress',
      order: 'desc',
      limit: 25,
      offset: 50,
    });
    expect(query.getAll('owner')).toEqual([
      'group:default/a',
      'group:default/b',
    ]);
    expect(query.getAll('phase')).toEqual(['not-started']);
    expect(query.has('search')).toBe(false);
    expect(query.get('sort')).toBe('progress');
    expect(query.get('order')).toBe('desc');
    expect(query.get('limit')).toBe('25');
    expect(query.get('offset')).toBe('50');
  });

  it('passes filters to the summary and the owner roll-up', async () => {
    const seen: string[] = [];
    server.use(
      http.get(`${BASE}/summary`, ({ request }) => {
        seen.push(new URL(request.url).search);
        return HttpResponse.json({ total: 0, phases: [], blockers: [] });
      }),
      http.get(`${BASE}/owners`, ({ request }) => {
        seen.push(new URL(request.url).search);
        return HttpResponse.json({ items: [] });
      }),
    );
    await client.getSummary({
      system: ['payments'],
      lifecycle: ['production'],
    });
    await expect(
      client.getOwnerRollup({ kind: ['component'] }),
    ).resolves.toEqual({ items: [] });
    expect(seen).toEqual([
      '?system=payments&lifecycle=production',
      '?kind=component',
    ]);
  });

  it('reads a team roll-up and returns undefined for an unknown group', async () => {
    server.use(
      http.get(`${BASE}/teams/default/payments`, ({ request }) =>
        HttpResponse.json({
          type: new URL(request.url).searchParams.getAll('type'),
        }),
      ),
      http.get(`${BASE}/teams/default/nobody`, () =>
        HttpResponse.json({}, { status: 404 }),
      ),
    );
    await expect(
      client.getTeamRollup(
        { kind: 'group', namespace: 'default', name: 'payments' },
        { type: ['service', 'website'] },
      ),
    ).resolves.toEqual({ type: ['service', 'website'] });
    await expect(
      client.getTeamRollup({
        kind: 'group',
        namespace: 'default',
        name: 'nobody',
      }),
    ).resolves.toBeUndefined();
  });

  it('reads the trend, the runs and the history', async () => {
    server.use(
      http.get(`${BASE}/trend`, ({ request }) =>
        HttpResponse.json({
          from: new URL(request.url).searchParams.get('from'),
          to: '2026-02-01',
          days: [],
        }),
      ),
      http.get(`${BASE}/runs`, ({ request }) =>
        HttpResponse.json({
          items: [
            {
              id: Number(new URL(request.url).searchParams.get('limit')),
              startedAt: '2026-02-01T00:00:00Z',
              entities: 3,
              errors: 0,
              unreadable: 0,
            },
          ],
        }),
      ),
      http.get(`${BASE}/entities/component/default/payments-api/history`, () =>
        HttpResponse.json({ phases: [], checks: [] }),
      ),
    );
    await expect(
      client.getTrend({ from: '2026-01-01', owner: ['group:default/a'] }),
    ).resolves.toEqual({ from: '2026-01-01', to: '2026-02-01', days: [] });
    await expect(client.listRuns(5)).resolves.toEqual([
      expect.objectContaining({ id: 5 }),
    ]);
    await expect(client.getEntityHistory(ENTITY)).resolves.toEqual({
      phases: [],
      checks: [],
    });
  });

  it('re-evaluates an entity and returns its new summary', async () => {
    server.use(
      http.post(`${BASE}/entities/component/default/payments-api/refresh`, () =>
        HttpResponse.json({ summary: scorecard.summary }),
      ),
    );
    await expect(client.refreshEntity(ENTITY)).resolves.toEqual(
      scorecard.summary,
    );
  });

  it('lists, creates and revokes waivers', async () => {
    let created: unknown;
    let revoked: unknown;
    server.use(
      http.get(`${BASE}/entities/component/default/payments-api/waivers`, () =>
        HttpResponse.json({ items: [waiver] }),
      ),
      http.post(
        `${BASE}/entities/component/default/payments-api/waivers`,
        async ({ request }) => {
          created = await request.json();
          return HttpResponse.json(waiver, { status: 201 });
        },
      ),
      http.delete(`${BASE}/waivers/w-1`, async ({ request }) => {
        revoked = await request.json();
        return HttpResponse.json({ ...waiver, active: false });
      }),
    );
    await expect(client.listWaivers(ENTITY)).resolves.toEqual([waiver]);
    const input = {
      checkId: 'runbooks',
      kind: 'attestation' as const,
      reason: 'Runbooks live in the operations wiki',
      expiresAt: '2026-12-31',
      evidenceUrl: 'https://wiki.example.com/payments/runbooks',
    };
    await expect(client.createWaiver(ENTITY, input)).resolves.toEqual(waiver);
    expect(created).toEqual(input);
    await expect(
      client.revokeWaiver('w-1', 'The wiki page was removed'),
    ).resolves.toEqual(expect.objectContaining({ active: false }));
    expect(revoked).toEqual({ reason: 'The wiki page was removed' });
  });

  it('reports a conflicting waiver as a 409 ResponseError', async () => {
    server.use(
      http.post(`${BASE}/entities/component/default/payments-api/waivers`, () =>
        HttpResponse.json(
          { error: { name: 'ConflictError', message: 'revoke it first' } },
          { status: 409 },
        ),
      ),
    );
    const error = await client
      .createWaiver(ENTITY, {
        checkId: 'runbooks',
        kind: 'exemption',
        reason: 'Not needed for this service',
        expiresAt: '2026-12-31',
      })
      .catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(409);
  });

  it('lists campaigns, for one owner when given', async () => {
    const seen: string[] = [];
    server.use(
      http.get(`${BASE}/campaigns`, ({ request }) => {
        seen.push(new URL(request.url).search);
        return HttpResponse.json({ items: [] });
      }),
    );
    await expect(client.listCampaigns()).resolves.toEqual({ items: [] });
    await client.listCampaigns({ owner: 'group:default/team-a' });
    expect(seen).toEqual(['', '?owner=group%3Adefault%2Fteam-a']);
  });

  it('reads a campaign and returns undefined for an unknown one', async () => {
    server.use(
      http.get(`${BASE}/campaigns/q1-goal`, () =>
        HttpResponse.json({ campaign: { id: 'q1-goal' }, teams: [] }),
      ),
      http.get(`${BASE}/campaigns/nothing`, () =>
        HttpResponse.json(
          { error: { name: 'NotFoundError', message: 'no campaign' } },
          { status: 404 },
        ),
      ),
      http.get(`${BASE}/campaigns/broken`, () =>
        HttpResponse.json(
          { error: { name: 'Error', message: 'database down' } },
          { status: 500 },
        ),
      ),
    );
    await expect(client.getCampaign('q1-goal')).resolves.toEqual({
      campaign: { id: 'q1-goal' },
      teams: [],
    });
    await expect(client.getCampaign('nothing')).resolves.toBeUndefined();
    const error = await client.getCampaign('broken').catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(500);
  });

  it('repeats the statuses and pages a campaign’s entities', async () => {
    let query = new URLSearchParams();
    server.use(
      http.get(`${BASE}/campaigns/q1-goal/entities`, ({ request }) => {
        query = new URL(request.url).searchParams;
        return HttpResponse.json({ items: [], totalCount: 0 });
      }),
    );
    await expect(
      client.listCampaignEntities('q1-goal', {
        status: ['at-risk', 'overdue'],
        owner: ['group:default/team-a'],
        limit: 25,
        offset: 50,
      }),
    ).resolves.toEqual({ items: [], totalCount: 0 });
    expect(query.getAll('status')).toEqual(['at-risk', 'overdue']);
    expect(query.getAll('owner')).toEqual(['group:default/team-a']);
    expect(query.get('limit')).toBe('25');
    expect(query.get('offset')).toBe('50');
  });

  it('reads a campaign’s burndown and an entity’s campaigns', async () => {
    const burndown = {
      start: '2026-10-01',
      deadline: '2027-03-31',
      days: [
        {
          day: '2026-10-01',
          total: 4,
          done: 1,
          onTrack: 3,
          atRisk: 0,
          overdue: 0,
        },
      ],
    };
    server.use(
      http.get(`${BASE}/campaigns/q1-goal/burndown`, () =>
        HttpResponse.json(burndown),
      ),
      http.get(
        `${BASE}/entities/component/default/payments-api/campaigns`,
        () => HttpResponse.json({ items: [] }),
      ),
      http.get(`${BASE}/campaigns/nothing/burndown`, () =>
        HttpResponse.json({}, { status: 404 }),
      ),
    );
    await expect(client.getCampaignBurndown('q1-goal')).resolves.toEqual(
      burndown,
    );
    await expect(client.listEntityCampaigns(ENTITY)).resolves.toEqual({
      items: [],
    });
    const error = await client.getCampaignBurndown('nothing').catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(404);
  });

  it('builds the badge URL', async () => {
    await expect(client.getBadgeUrl(ENTITY)).resolves.toBe(
      `${BASE}/badges/component/default/payments-api.svg`,
    );
  });
});
