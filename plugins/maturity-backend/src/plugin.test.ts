import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import { maturityPermissions } from '@backstage-maturity/plugin-maturity-common';
import { maturityPlugin } from './plugin';

async function startBackend(config: object = {}) {
  return startTestBackend({
    features: [
      maturityPlugin,
      catalogServiceMock.factory({ entities: [] }),
      mockServices.rootConfig.factory({ data: config }),
    ],
  });
}

describe('maturityPlugin', () => {
  it('serves its health endpoint without credentials', async () => {
    const { server } = await startBackend();

    const response = await request(server).get('/api/maturity/health');

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('registers its permissions so that policies can see them', async () => {
    const { server } = await startBackend();

    const response = await request(server).get(
      '/api/maturity/.well-known/backstage/permissions/metadata',
    );

    expect(response.status).toBe(200);
    expect(
      response.body.permissions.map((p: { name: string }) => p.name),
    ).toEqual(maturityPermissions.map(p => p.name));
  });

  it('serves the configured checklist', async () => {
    const { server } = await startBackend({
      maturity: {
        checklist: {
          phases: [{ id: 'walking-skeleton', name: 'First Steps' }],
          disable: ['ai-assistant'],
        },
      },
    });

    const signedIn = await request(server)
      .get('/api/maturity/checklist')
      .set('Authorization', mockCredentials.user.header());

    expect(signedIn.status).toBe(200);
    expect(signedIn.body.phases[0].name).toBe('First Steps');
    expect(signedIn.body.checks.map((c: { id: string }) => c.id)).not.toContain(
      'ai-assistant',
    );
  });

  it('refuses to start on invalid configuration, naming the key', async () => {
    await expect(
      startBackend({
        maturity: {
          checklist: { checks: [{ id: 'ci-pipeline', rule: { files: 'x' } }] },
        },
      }),
    ).rejects.toThrow(
      'maturity.checklist.checks[0].rule.files: expected a list of globs',
    );
  });

  it('refuses to start on a misspelt key and a retention under a day, naming both at once', async () => {
    await expect(
      startBackend({
        maturity: {
          scheduel: { frequency: { hours: 1 } },
          retention: { days: -1 },
          notifications: { enabled: 'no' },
        },
      }),
    ).rejects.toThrow(
      [
        'maturity.scheduel: unknown key; did you mean maturity.schedule?',
        'maturity.notifications.enabled: expected true or false',
        'maturity.retention: expected at least 1 day, got {"days":-1}',
      ].join('\n'),
    );
  });

  it('refuses to start on invalid campaigns, naming every wrong key at once', async () => {
    const start = startBackend({
      maturity: {
        campaigns: [
          {
            id: 'tier-1-ready',
            title: 'Tier 1 at Production Ready',
            target: { phase: 'prod' },
            start: '2027-01-01',
            deadline: '31 March',
          },
        ],
      },
    });
    await expect(start).rejects.toThrow(
      /maturity\.campaigns\[0\]\.target\.phase: unknown phase "prod"[\s\S]*maturity\.campaigns\[0\]\.deadline: expected a date/,
    );
  });
});
