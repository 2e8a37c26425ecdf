import { startTestBackend } from '@backstage/backend-test-utils';
import request from 'supertest';
import { maturityPermissions } from '@backstage-maturity/plugin-maturity-common';
import { maturityPlugin } from './plugin';

describe('maturityPlugin', () => {
  it('serves its health endpoint without credentials', async () => {
    const { server } = await startTestBackend({ features: [maturityPlugin] });

    const response = await request(server).get('/api/maturity/health');

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('registers its permissions so that policies can see them', async () => {
    const { server } = await startTestBackend({ features: [maturityPlugin] });

    const response = await request(server).get(
      '/api/maturity/.well-known/backstage/permissions/metadata',
    );

    expect(response.status).toBe(200);
    expect(
      response.body.permissions.map((p: { name: string }) => p.name),
    ).toEqual(maturityPermissions.map(p => p.name));
  });
});
