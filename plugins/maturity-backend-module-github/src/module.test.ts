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

type ConfigData = NonNullable<
  NonNullable<Parameters<typeof mockServices.rootConfig>[0]>['data']
>;

/** Starts the module with the config, standing in for the maturity plugin. */
async function start(data: ConfigData = {}) {
  const providers: MaturityEvidenceProvider[] = [];
  await startTestBackend({
    extensionPoints: [
      [
        maturityEvidenceProvidersExtensionPoint,
        { addEvidenceProvider: (...added) => providers.push(...added) },
      ],
    ],
    features: [maturityModuleGithub, mockServices.rootConfig.factory({ data })],
  });
  return providers;
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

    const providers = await start({ integrations });

    expect(providers.map(p => p.id)).toEqual(['github']);
    const cycle = providers[0].startCycle!();
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
    const disabled = await start({
      integrations,
      maturity: { github: { enabled: false } },
    });
    const anonymous = await start();

    expect(disabled).toEqual([]);
    expect(anonymous).toEqual([]);
  });

  it('stops start-up on invalid settings, naming the keys', async () => {
    await expect(
      start({
        integrations,
        maturity: { github: { requestsPerCycle: -1, cacheSize: 'big' } },
      }),
    ).rejects.toThrow(
      /maturity\.github\.requestsPerCycle: expected a whole number of at least 1, got -1; maturity\.github\.cacheSize: expected a whole number of at least 1, got "big"/,
    );
  });
});
