import {
  coreServices,
  createBackendModule,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { Router } from 'express';
import {
  catalogProcessingExtensionPoint,
  type EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import catalogModuleMaturity from '.';

jest.setTimeout(60_000);

const entities: Entity[] = ['payments-api', 'checkout', 'unscored'].map(
  name => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      annotations: {
        'backstage.io/managed-by-location': 'url:https://example.com/a.yaml',
        'backstage.io/managed-by-origin-location':
          'url:https://example.com/a.yaml',
      },
    },
    spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
  }),
);

/** Hands the test the catalog's connection, to add entities when it wants. */
function testEntityProvider() {
  let resolve: (connection: EntityProviderConnection) => void;
  const connection = new Promise<EntityProviderConnection>(r => {
    resolve = r;
  });
  const module = createBackendModule({
    pluginId: 'catalog',
    moduleId: 'test-entities',
    register(reg) {
      reg.registerInit({
        deps: { catalog: catalogProcessingExtensionPoint },
        async init({ catalog }) {
          catalog.addEntityProvider({
            getProviderName: () => 'test-entities',
            connect: async c => resolve(c),
          });
        },
      });
    },
  });
  return { module, connection };
}

/** Stands in for the maturity backend's `GET /entities`. */
function fakeMaturityPlugin(options: { status?: number } = {}) {
  const callers: string[] = [];
  const plugin = createBackendPlugin({
    pluginId: 'maturity',
    register(reg) {
      reg.registerInit({
        deps: {
          httpRouter: coreServices.httpRouter,
          httpAuth: coreServices.httpAuth,
        },
        async init({ httpRouter, httpAuth }) {
          const router = Router();
          router.get('/entities', async (req, res) => {
            const credentials = await httpAuth.credentials(req, {
              allow: ['service'],
            });
            callers.push(credentials.principal.subject);
            if (options.status) {
              res.status(options.status).json({
                error: { name: 'Error', message: 'Database is down' },
              });
              return;
            }
            res.json({
              items: [
                {
                  entityRef: 'component:default/payments-api',
                  phase: 'production-ready',
                  nextPhase: 'operational-maturity',
                  progress: 0.6,
                },
                {
                  entityRef: 'component:default/checkout',
                  phase: null,
                  nextPhase: 'walking-skeleton',
                  progress: 0.2,
                },
              ],
              totalCount: 2,
            });
          });
          httpRouter.use(router);
        },
      });
    },
  });
  return { plugin, callers };
}

async function eventually<T>(read: () => Promise<T | undefined>): Promise<T> {
  for (const deadline = Date.now() + 45_000; Date.now() < deadline; ) {
    const value = await read();
    if (value !== undefined) return value;
    await new Promise(r => setTimeout(r, 200));
  }
  throw new Error('Timed out');
}

async function catalogEntity(
  port: number,
  name: string,
): Promise<Entity | undefined> {
  const response = await fetch(
    `http://localhost:${port}/api/catalog/entities/by-name/component/default/${name}`,
    { headers: { Authorization: mockCredentials.user.header() } },
  );
  return response.ok ? response.json() : undefined;
}

describe('catalogModuleMaturity', () => {
  it('labels the catalog entities that the maturity plugin has evaluated', async () => {
    const maturity = fakeMaturityPlugin();
    const provider = testEntityProvider();
    const backend = await startTestBackend({
      features: [
        catalogPlugin,
        catalogModuleMaturity,
        provider.module,
        maturity.plugin,
      ],
    });
    const port = backend.server.port();

    // Entities arrive once the results are loaded, as on a running portal.
    await eventually(async () => maturity.callers[0]);
    expect(maturity.callers[0]).toBe('plugin:catalog');
    await (
      await provider.connection
    ).applyMutation({
      type: 'full',
      entities: entities.map(entity => ({ entity })),
    });

    const payments = await eventually(() =>
      catalogEntity(port, 'payments-api'),
    );
    const checkout = await eventually(() => catalogEntity(port, 'checkout'));
    const unscored = await eventually(() => catalogEntity(port, 'unscored'));

    expect(payments.metadata.labels).toEqual({
      'maturity.backstage.io/phase': 'production-ready',
    });
    expect(payments.metadata.annotations).toMatchObject({
      'maturity.backstage.io/progress': '60',
      'maturity.backstage.io/next-phase': 'operational-maturity',
    });
    expect(checkout.metadata.labels).toEqual({
      'maturity.backstage.io/phase': 'not-started',
    });
    expect(unscored.metadata.labels).toBeUndefined();
    expect(Object.keys(unscored.metadata.annotations ?? {})).not.toContain(
      'maturity.backstage.io/progress',
    );

    // The label is what the catalog filters on.
    const query = new URLSearchParams({
      filter: 'metadata.labels.maturity.backstage.io/phase=production-ready',
    });
    const filtered = await fetch(
      `http://localhost:${port}/api/catalog/entities/by-query?${query}`,
      { headers: { Authorization: mockCredentials.user.header() } },
    );
    const { items } = await filtered.json();
    expect(items.map((e: Entity) => e.metadata.name)).toEqual(['payments-api']);
  });

  it('lets the catalog process entities when the maturity plugin fails', async () => {
    const maturity = fakeMaturityPlugin({ status: 500 });
    const provider = testEntityProvider();
    const backend = await startTestBackend({
      features: [
        catalogPlugin,
        catalogModuleMaturity,
        provider.module,
        maturity.plugin,
      ],
    });
    const port = backend.server.port();

    await eventually(async () => maturity.callers[0]);
    await (
      await provider.connection
    ).applyMutation({
      type: 'full',
      entities: entities.map(entity => ({ entity })),
    });
    const payments = await eventually(() =>
      catalogEntity(port, 'payments-api'),
    );

    expect(payments.metadata.labels).toBeUndefined();
  });

  it('adds nothing when disabled', async () => {
    const maturity = fakeMaturityPlugin();
    const provider = testEntityProvider();
    const backend = await startTestBackend({
      features: [
        catalogPlugin,
        catalogModuleMaturity,
        provider.module,
        maturity.plugin,
        mockServices.rootConfig.factory({
          data: { maturity: { catalogLabels: { enabled: false } } },
        }),
      ],
    });
    const port = backend.server.port();

    await (
      await provider.connection
    ).applyMutation({
      type: 'full',
      entities: entities.map(entity => ({ entity })),
    });
    const payments = await eventually(() =>
      catalogEntity(port, 'payments-api'),
    );

    expect(payments.metadata.labels).toBeUndefined();
    expect(maturity.callers).toEqual([]);
  });
});
