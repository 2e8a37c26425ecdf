import { createBackendPlugin } from '@backstage/backend-plugin-api';
import {
  mockServices,
  registerMswTestHooks,
  startTestBackend,
} from '@backstage/backend-test-utils';
import {
  maturityEvidenceProvidersExtensionPoint,
  type MaturityEvidenceProvider,
} from '@backstage-maturity/plugin-maturity-node';
import { setupServer } from 'msw/node';
import { FakeGithub } from './__testUtils__/FakeGithub';
import maturityModuleGithub from '.';

const server = setupServer();
registerMswTestHooks(server);

/** Stands in for the maturity backend: collects the providers modules add. */
function fakeMaturityPlugin() {
  const providers: MaturityEvidenceProvider[] = [];
  const plugin = createBackendPlugin({
    pluginId: 'maturity',
    register(reg) {
      reg.registerExtensionPoint(maturityEvidenceProvidersExtensionPoint, {
        addEvidenceProvider: (...added) => providers.push(...added),
      });
      reg.registerInit({ deps: {}, async init() {} });
    },
  });
  return { plugin, providers };
}

const integrations = {
  github: [{ host: 'github.com', token: 'ghp_test' }],
};

describe('maturityModuleGithub', () => {
  it('adds a GitHub evidence provider that reads the configured host', async () => {
    const github = new FakeGithub().add({
      owner: 'acme',
      name: 'payments',
      protection: {
        requiresApprovingReviews: true,
        requiredApprovingReviewCount: 1,
      },
      commits: [{ message: 'feat: first', date: new Date().toISOString() }],
    });
    server.use(...github.handlers());
    const maturity = fakeMaturityPlugin();

    await startTestBackend({
      features: [
        maturity.plugin,
        maturityModuleGithub,
        mockServices.rootConfig.factory({ data: { integrations } }),
      ],
    });

    expect(maturity.providers.map(p => p.id)).toEqual(['github']);
    const cycle = maturity.providers[0].startCycle!();
    const result = await cycle.collect({
      entity: {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: {
          name: 'payments',
          annotations: { 'github.com/project-slug': 'acme/payments' },
        },
      },
      contentGlobs: [],
    });
    expect(result).toMatchObject({
      kind: 'evidence',
      evidence: { scm: { 'reviews-required': { value: true } } },
    });
  });

  it('adds nothing when disabled or when no host has credentials', async () => {
    const disabled = fakeMaturityPlugin();
    await startTestBackend({
      features: [
        disabled.plugin,
        maturityModuleGithub,
        mockServices.rootConfig.factory({
          data: { integrations, maturity: { github: { enabled: false } } },
        }),
      ],
    });
    const anonymous = fakeMaturityPlugin();
    await startTestBackend({
      features: [anonymous.plugin, maturityModuleGithub],
    });

    expect(disabled.providers).toEqual([]);
    expect(anonymous.providers).toEqual([]);
  });

  it('stops start-up on invalid settings, naming the keys', async () => {
    await expect(
      startTestBackend({
        features: [
          fakeMaturityPlugin().plugin,
          maturityModuleGithub,
          mockServices.rootConfig.factory({
            data: {
              integrations,
              maturity: { github: { requestsPerCycle: -1, cacheSize: 'big' } },
            },
          }),
        ],
      }),
    ).rejects.toThrow(
      /maturity\.github\.requestsPerCycle: expected a whole number of at least 1, got -1; maturity\.github\.cacheSize: expected a whole number of at least 1, got "big"/,
    );
  });
});
