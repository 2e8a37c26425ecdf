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
import { FakeGitlab } from './__testUtils__/fakeGitlab';
import { component, wellKeptProject } from './__testUtils__/fixtures';
import maturityModuleGitlab from '.';

const server = setupServer();
registerMswTestHooks(server);

type ConfigData = NonNullable<
  NonNullable<Parameters<typeof mockServices.rootConfig>[0]>['data']
>;

/** Starts the module with the config, standing in for the maturity plugin. */
async function start(data: ConfigData) {
  const providers: MaturityEvidenceProvider[] = [];
  const logger = mockServices.logger.mock();
  await startTestBackend({
    extensionPoints: [
      [
        maturityEvidenceProvidersExtensionPoint,
        { addEvidenceProvider: (...added) => providers.push(...added) },
      ],
    ],
    features: [
      maturityModuleGitlab,
      logger.factory,
      mockServices.rootConfig.factory({ data }),
    ],
  });
  return { providers, logger };
}

describe('maturityModuleGitlab', () => {
  it('adds a GitLab evidence provider that reads the hosts of integrations.gitlab with a token', async () => {
    const gitlab = new FakeGitlab();
    server.use(...gitlab.handlers());
    gitlab.add(wellKeptProject());

    const { providers, logger } = await start({
      integrations: {
        gitlab: [
          { host: 'gitlab.com', token: gitlab.token },
          {
            host: 'gitlab.example.com',
            apiBaseUrl: 'https://gitlab.example.com/api/v4',
          },
        ],
      },
    });

    expect(providers.map(p => p.id)).toEqual(['gitlab']);
    expect(logger.info).toHaveBeenCalledWith(
      'Reading GitLab maturity evidence from gitlab.com, at most 2000 requests per cycle',
    );
    const result = await providers[0].startCycle!().collect({
      entity: component('payments', 'https://gitlab.com/acme/payments'),
      contentGlobs: [],
    });
    expect(result).toMatchObject({
      kind: 'evidence',
      evidence: {
        scm: {
          'reviews-required': { value: true },
          'semver-tags': { value: true },
        },
      },
    });
  });

  it('takes its settings from maturity.gitlab', async () => {
    const gitlab = new FakeGitlab();
    server.use(...gitlab.handlers());
    gitlab.add(wellKeptProject());

    const { providers } = await start({
      integrations: { gitlab: [{ host: 'gitlab.com', token: gitlab.token }] },
      maturity: { gitlab: { requestsPerCycle: 3 } },
    });
    const result = await providers[0].startCycle!().collect({
      entity: component('payments', 'https://gitlab.com/acme/payments'),
      contentGlobs: [],
    });

    expect(result).toMatchObject({
      evidence: {
        scm: {
          'docs-changed-recently': {
            value: 'unknown',
            detail:
              'GitLab request budget of 3 per cycle spent; read again next cycle',
          },
        },
      },
    });
  });

  it('adds nothing when disabled', async () => {
    const { providers } = await start({
      integrations: { gitlab: [{ host: 'gitlab.com', token: 't' }] },
      maturity: { gitlab: { enabled: false } },
    });

    expect(providers).toEqual([]);
  });

  it('adds nothing, and says why, when no GitLab host has a token', async () => {
    const { providers, logger } = await start({});

    expect(providers).toEqual([]);
    expect(logger.warn).toHaveBeenCalledWith(
      'No host of integrations.gitlab has a token: GitLab maturity evidence is not read',
    );
  });

  it('stops start-up on invalid settings, naming every wrong key', async () => {
    await expect(
      start({
        integrations: { gitlab: [{ host: 'gitlab.com', token: 't' }] },
        maturity: {
          gitlab: { requestsPerCycle: -1, recentMergeRequest: 10 },
        },
      }),
    ).rejects.toThrow(
      /maturity\.gitlab\.requestsPerCycle: expected a whole number of at least 1, got -1\nmaturity\.gitlab\.recentMergeRequest: unknown key/,
    );
  });
});
