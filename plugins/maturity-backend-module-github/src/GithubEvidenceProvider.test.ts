import type { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import {
  ScmIntegrations,
  type GithubCredentialsProvider,
} from '@backstage/integration';
import { registerMswTestHooks } from '@backstage/backend-test-utils';
import type { EvidenceResult } from '@backstage-maturity/plugin-maturity-node';
import { graphql, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  FakeGithub,
  githubGraphqlAnswer,
  type FakeRepository,
} from './__testUtils__/FakeGithub';
import {
  GithubEvidenceProvider,
  type GithubEvidenceSession,
} from './GithubEvidenceProvider';
import type { GithubEvidenceConfig } from './config';

const server = setupServer();
registerMswTestHooks(server);

const NOW = new Date('2024-05-02T12:00:00Z');
const DAY_MS = 86_400_000;

function daysAgo(days: number): string {
  return new Date(NOW.getTime() - days * DAY_MS).toISOString();
}

function component(
  name: string,
  annotations: Record<string, string> = {
    'backstage.io/source-location': `url:https://github.com/acme/${name}/tree/main/`,
  },
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, annotations },
    spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
  };
}

/** A team that requires review, writes conventional commits and releases semver. */
const disciplined: FakeRepository = {
  owner: 'acme',
  name: 'payments',
  protection: {
    pattern: 'main',
    requiresApprovingReviews: true,
    requiredApprovingReviewCount: 1,
    requiresStatusChecks: true,
    requiredStatusCheckContexts: ['ci/build'],
  },
  commits: Array.from({ length: 10 }, (_, i) => ({
    message: `feat(api): change ${i}\n\nWhy it matters.\n\nCo-authored-by: Ada <ada@example.com>`,
    date: daysAgo(i),
  })),
  branches: [
    {
      name: 'feature/refunds',
      lastCommitDate: daysAgo(0),
      aheadBy: 2,
      oldestUnmerged: daysAgo(1),
    },
  ],
  tags: [
    { name: 'v1.4.0', date: daysAgo(3), annotated: true },
    { name: 'v1.3.0', date: daysAgo(20) },
  ],
  pullRequests: [true, true],
  docsChanged: daysAgo(10),
};

/** A team without protection, free-form commits and a forgotten branch. */
const untidy: FakeRepository = {
  owner: 'acme',
  name: 'legacy',
  protection: null,
  commits: Array.from({ length: 10 }, (_, i) => ({
    message: `stuff ${i}`,
    date: daysAgo(i),
  })),
  branches: [
    {
      name: 'big-rewrite',
      lastCommitDate: daysAgo(2),
      aheadBy: 40,
      oldestUnmerged: daysAgo(10),
    },
  ],
  tags: [{ name: 'release-2024', date: daysAgo(30) }],
  pullRequests: [true, false, false],
};

const TOKEN_CONFIG = {
  integrations: { github: [{ host: 'github.com', token: 'ghp_test' }] },
};

function createProvider(
  options: {
    config?: object;
    settings?: Partial<GithubEvidenceConfig>;
    now?: () => Date;
    credentialsProvider?: GithubCredentialsProvider;
  } = {},
) {
  return new GithubEvidenceProvider({
    integrations: ScmIntegrations.fromConfig(
      new ConfigReader(options.config ?? TOKEN_CONFIG),
    ),
    settings: options.settings,
    now: options.now ?? (() => NOW),
    credentialsProvider: options.credentialsProvider,
  });
}

function evidenceOf(result: EvidenceResult) {
  if (result.kind !== 'evidence') {
    throw new Error(`expected evidence, got ${result.kind}`);
  }
  return result.evidence;
}

function githubWith(...repositories: FakeRepository[]): FakeGithub {
  const github = new FakeGithub().add(...repositories);
  server.use(...github.handlers());
  return github;
}

async function collect(
  session: GithubEvidenceSession | GithubEvidenceProvider,
  name: string,
  previousToken?: string,
) {
  return session.collect({
    entity: component(name),
    previousToken,
    contentGlobs: [],
  });
}

describe('GithubEvidenceProvider', () => {
  it('reports what a disciplined team does as passing facts, with what was seen', async () => {
    githubWith(disciplined);
    const provider = createProvider();

    const result = await collect(provider.startCycle(), 'payments');

    const { scm, facts } = evidenceOf(result);
    expect(scm?.['reviews-required']).toEqual({
      value: true,
      detail:
        'main requires 1 approving review (branch protection); required status checks: ci/build; 2 of 2 recent merged pull requests reviewed',
    });
    expect(scm?.['co-authored-by-trailers']).toEqual({
      value: true,
      detail: '10 of 10 recent commits carry Co-authored-by trailers',
    });
    expect(scm?.['commit-conventions']?.value).toBe(true);
    expect(scm?.['semver-tags']).toEqual({
      value: true,
      detail: 'latest semver tag v1.4.0',
    });
    expect(scm?.['short-lived-branches']).toEqual({
      value: true,
      detail:
        'no branch besides main unmerged for more than 3 days (1 unmerged branch)',
    });
    expect(scm?.['docs-changed-recently']).toEqual({
      value: true,
      detail: 'docs changed 10 days ago',
    });
    expect(facts?.['github.required-status-checks']).toEqual({
      value: true,
      detail: 'main requires status checks: ci/build',
    });
    expect(facts?.['github.codeowners-valid']).toEqual({
      value: true,
      detail: 'GitHub finds no error in CODEOWNERS',
    });
    expect(result).toMatchObject({ token: `"v1"|2024-05-02` });
  });

  it('reports an unprotected branch, free-form commits and a long-lived branch as failing facts', async () => {
    githubWith({
      ...untidy,
      codeowners: [
        {
          line: 3,
          column: 5,
          kind: 'Unknown owner',
          source: '* @acme/ghosts',
          path: '.github/CODEOWNERS',
          message: 'Unknown owner on line 3',
        },
      ],
    });
    const provider = createProvider();

    const { scm, facts } = evidenceOf(
      await collect(provider.startCycle(), 'legacy'),
    );

    expect(scm?.['reviews-required']).toEqual({
      value: false,
      detail:
        'main requires no approving review: no branch protection rule; no active ruleset; 1 of 3 recent merged pull requests reviewed',
    });
    expect(scm?.['commit-conventions']).toEqual({
      value: false,
      detail:
        '0 of 10 recent commits follow Conventional Commits or reference a work item, fewer than 80% (e.g. "stuff 0")',
    });
    expect(scm?.['co-authored-by-trailers']?.value).toBe(false);
    expect(scm?.['short-lived-branches']).toEqual({
      value: false,
      detail:
        '1 branch besides main unmerged for more than 3 days: big-rewrite (10 days)',
    });
    expect(scm?.['semver-tags']).toEqual({
      value: false,
      detail: 'none of 1 tag is a semantic version (latest: release-2024)',
    });
    expect(facts?.['github.required-status-checks']?.value).toBe(false);
    expect(facts?.['github.codeowners-valid']).toEqual({
      value: false,
      detail:
        'GitHub finds 1 error in CODEOWNERS: .github/CODEOWNERS line 3: Unknown owner (* @acme/ghosts)',
    });
  });

  it('takes the oldest unmerged commit from either end of a comparison', async () => {
    const github = githubWith(untidy);
    // GitHub's GraphQL API does not document the order of compared commits.
    server.use(
      graphql.link(github.graphqlUrl).query('MaturityBranches', () =>
        HttpResponse.json({
          data: {
            repository: {
              defaultBranchRef: {
                b0: {
                  aheadBy: 40,
                  atStart: { nodes: [{ committedDate: daysAgo(2) }] },
                  atEnd: { nodes: [{ committedDate: daysAgo(10) }] },
                },
              },
            },
          },
        }),
      ),
    );

    const { scm } = evidenceOf(
      await collect(createProvider().startCycle(), 'legacy'),
    );

    expect(scm?.['short-lived-branches']?.detail).toContain(
      'big-rewrite (10 days)',
    );
  });

  describe('conditional requests', () => {
    it('answers not-modified for an unchanged repository with one free request', async () => {
      const github = githubWith(disciplined);
      const provider = createProvider();
      const first = await collect(provider.startCycle(), 'payments');
      const token = (first as { token: string }).token;
      const queriesBefore = github.calls.repositoryQueries;

      const cycle = provider.startCycle();
      const second = await collect(cycle, 'payments', token);

      expect(second).toEqual({ kind: 'not-modified', token });
      expect(cycle.budget.spent).toBe(0);
      expect(cycle.budget.notModified).toBe(1);
      expect(github.calls.repositoryQueries).toBe(queriesBefore);
    });

    it('answers the collector asking again without a token from memory, within the cycle', async () => {
      const github = githubWith(disciplined);
      const provider = createProvider();
      const first = evidenceOf(
        await collect(provider.startCycle(), 'payments'),
      );
      const token = `"v1"|2024-05-02`;
      const requestsBefore = github.requests;

      const cycle = provider.startCycle();
      await collect(cycle, 'payments', token);
      const again = await collect(cycle, 'payments');

      expect(again).toEqual({ kind: 'evidence', evidence: first, token });
      expect(github.requests - requestsBefore).toBe(1);
      expect(cycle.budget.spent).toBe(0);
    });

    it('answers the cached evidence after a 304 when no token is given', async () => {
      const github = githubWith(disciplined);
      const provider = createProvider();
      const first = evidenceOf(
        await collect(provider.startCycle(), 'payments'),
      );

      const cycle = provider.startCycle();
      const second = await collect(cycle, 'payments');

      expect(evidenceOf(second)).toEqual(first);
      expect(cycle.budget).toMatchObject({ spent: 0, notModified: 1 });
      expect(github.calls.repositoryQueries).toBe(1);
    });

    it('confirms a token from before a restart without reading again', async () => {
      const github = githubWith(disciplined);
      const token = (
        (await collect(createProvider().startCycle(), 'payments')) as {
          token: string;
        }
      ).token;

      const restarted = createProvider().startCycle();
      const result = await collect(restarted, 'payments', token);

      expect(result).toEqual({ kind: 'not-modified', token });
      expect(restarted.budget.spent).toBe(0);
      expect(github.calls.repositoryQueries).toBe(1);
    });

    it('reads again when the repository changed', async () => {
      const github = githubWith({ ...disciplined });
      const provider = createProvider();
      const token = (
        (await collect(provider.startCycle(), 'payments')) as { token: string }
      ).token;
      github.repositories.get('acme/payments')!.etag = '"v2"';

      const result = await collect(provider.startCycle(), 'payments', token);

      expect(result).toMatchObject({
        kind: 'evidence',
        token: `"v2"|2024-05-02`,
      });
      expect(github.calls.repositoryQueries).toBe(2);
    });

    it('reads again the next day, when ages moved, with rulesets and CODEOWNERS free', async () => {
      const github = githubWith(disciplined);
      let now = NOW;
      const provider = createProvider({ now: () => now });
      const token = (
        (await collect(provider.startCycle(), 'payments')) as { token: string }
      ).token;
      now = new Date(NOW.getTime() + 3 * DAY_MS);

      const cycle = provider.startCycle();
      const result = await collect(cycle, 'payments', token);

      expect(result).toMatchObject({ token: `"v1"|2024-05-05` });
      // feature/refunds is now 4 days old.
      expect(evidenceOf(result).scm?.['short-lived-branches']?.value).toBe(
        false,
      );
      // The two GraphQL queries; the probe, rulesets and CODEOWNERS were 304s.
      expect(cycle.budget).toMatchObject({ spent: 2, notModified: 3 });
      expect(github.calls.repositoryQueries).toBe(2);
    });
  });

  describe('rate limits', () => {
    it('stops calling the host after a 403 with x-ratelimit-remaining 0 until x-ratelimit-reset', async () => {
      const github = githubWith(disciplined);
      let now = NOW;
      const reset = Date.parse('2024-05-02T12:30:00Z') / 1000;
      server.use(
        http.get(
          `${github.apiBaseUrl}/repos/:owner/:name`,
          () => {
            github.calls.probes += 1;
            return HttpResponse.json(
              { message: 'API rate limit exceeded' },
              {
                status: 403,
                headers: {
                  'x-ratelimit-remaining': '0',
                  'x-ratelimit-reset': String(reset),
                },
              },
            );
          },
          { once: true },
        ),
      );
      const provider = createProvider({ now: () => now });

      const limited = evidenceOf(
        await collect(provider.startCycle(), 'payments'),
      );
      const reason = 'github.com rate limit reached; resumes at 12:30 UTC';
      expect(limited.scm?.['reviews-required']).toEqual({
        value: 'unknown',
        detail: reason,
      });

      // The next cycle, before the reset: no request, the same reason.
      now = new Date(NOW.getTime() + 10 * 60_000);
      const requestsBefore = github.requests;
      const waiting = await collect(provider.startCycle(), 'payments');
      expect(github.requests).toBe(requestsBefore);
      expect(evidenceOf(waiting).scm?.['semver-tags']).toEqual({
        value: 'unknown',
        detail: reason,
      });
      expect(waiting).not.toHaveProperty('token');

      now = new Date(reset * 1000 + 1000);
      const resumed = await collect(provider.startCycle(), 'payments');
      expect(evidenceOf(resumed).scm?.['reviews-required']?.value).toBe(true);
    });

    it('honours retry-after of a 429', async () => {
      const github = githubWith(disciplined);
      let now = NOW;
      server.use(
        graphql.link(github.graphqlUrl).query(
          'MaturityRepository',
          () => {
            github.calls.repositoryQueries += 1;
            return githubGraphqlAnswer(
              { message: 'You have exceeded a secondary rate limit' },
              { status: 429, headers: { 'retry-after': '120' } },
            );
          },
          { once: true },
        ),
      );
      const provider = createProvider({ now: () => now });

      const limited = evidenceOf(
        await collect(provider.startCycle(), 'payments'),
      );
      expect(limited.scm?.['short-lived-branches']).toEqual({
        value: 'unknown',
        detail: 'github.com rate limit reached; resumes at 12:02 UTC',
      });

      now = new Date(NOW.getTime() + 60_000);
      const requestsBefore = github.requests;
      await collect(provider.startCycle(), 'payments');
      expect(github.requests).toBe(requestsBefore);

      now = new Date(NOW.getTime() + 121_000);
      const resumed = await collect(provider.startCycle(), 'payments');
      expect(evidenceOf(resumed).scm?.['reviews-required']?.value).toBe(true);
    });

    it('keeps answering unchanged repositories while GraphQL is rate limited', async () => {
      const github = githubWith(disciplined, untidy);
      const provider = createProvider();
      const tokens = new Map<string, string>();
      for (const name of ['payments', 'legacy']) {
        const result = await collect(provider.startCycle(), name);
        tokens.set(name, (result as { token: string }).token);
      }
      github.repositories.get('acme/legacy')!.etag = '"v2"';
      server.use(
        graphql.link(github.graphqlUrl).query(
          'MaturityRepository',
          () =>
            githubGraphqlAnswer(
              {
                errors: [
                  { type: 'RATE_LIMITED', message: 'API rate limit exceeded' },
                ],
              },
              {
                headers: {
                  'x-ratelimit-remaining': '0',
                  'x-ratelimit-resource': 'graphql',
                  'x-ratelimit-reset': String(
                    Date.parse('2024-05-02T13:00:00Z') / 1000,
                  ),
                },
              },
            ),
          { once: true },
        ),
      );

      const cycle = provider.startCycle();
      const changed = await collect(cycle, 'legacy', tokens.get('legacy'));
      const unchanged = await collect(
        cycle,
        'payments',
        tokens.get('payments'),
      );

      expect(evidenceOf(changed).scm?.['reviews-required']).toEqual({
        value: 'unknown',
        detail: 'github.com GraphQL rate limit reached; resumes at 13:00 UTC',
      });
      expect(unchanged).toEqual({
        kind: 'not-modified',
        token: tokens.get('payments'),
      });
    });

    it('leaves facts unknown after a server error and reads again next cycle', async () => {
      const github = githubWith(disciplined);
      server.use(
        graphql
          .link(github.graphqlUrl)
          .query(
            'MaturityRepository',
            () => new Response('upstream timeout', { status: 502 }),
            { once: true },
          ),
      );
      const provider = createProvider();

      const failed = await collect(provider.startCycle(), 'payments');
      expect(evidenceOf(failed).scm?.['reviews-required']).toEqual({
        value: 'unknown',
        detail: 'github.com answered 502',
      });
      expect(failed).not.toHaveProperty('token');

      const next = await collect(provider.startCycle(), 'payments');
      expect(evidenceOf(next).scm?.['reviews-required']?.value).toBe(true);
    });
  });

  describe('request budget', () => {
    it('leaves the facts of repositories beyond the budget unknown, and reads them next cycle', async () => {
      const github = githubWith(disciplined, { ...untidy, name: 'legacy' });
      const provider = createProvider({ settings: { requestsPerCycle: 5 } });

      const cycle = provider.startCycle();
      const read = await collect(cycle, 'payments');
      const skipped = await collect(cycle, 'legacy');

      expect(evidenceOf(read).scm?.['reviews-required']?.value).toBe(true);
      expect(cycle.budget.spent).toBe(5);
      const reason =
        'GitHub request budget of 5 per cycle spent; read again next cycle';
      expect(evidenceOf(skipped)).toEqual({
        scm: Object.fromEntries(
          [
            'commit-conventions',
            'docs-changed-recently',
            'short-lived-branches',
            'reviews-required',
            'co-authored-by-trailers',
            'semver-tags',
          ].map(fact => [fact, { value: 'unknown', detail: reason }]),
        ),
        facts: {
          'github.codeowners-valid': { value: 'unknown', detail: reason },
          'github.required-status-checks': { value: 'unknown', detail: reason },
        },
      });
      expect(skipped).not.toHaveProperty('token');
      expect(github.calls.probes).toBe(1);

      const next = await collect(provider.startCycle(), 'legacy');
      expect(evidenceOf(next).scm?.['reviews-required']?.value).toBe(false);
    });
  });

  describe('permissions', () => {
    it('says branch protection could not be read rather than reporting no review required', async () => {
      githubWith({ ...untidy, protection: 'forbidden' });

      const { scm } = evidenceOf(
        await collect(createProvider().startCycle(), 'legacy'),
      );

      expect(scm?.['reviews-required']).toEqual({
        value: 'unknown',
        detail:
          'cannot tell whether main requires reviews: branch protection of main not readable with these credentials (Resource not accessible by integration); no active ruleset; 1 of 3 recent merged pull requests reviewed',
      });
    });

    it('concludes from what was readable: a ruleset requiring reviews when branch protection is hidden', async () => {
      githubWith({
        ...untidy,
        protection: 'forbidden',
        rules: [
          [
            {
              type: 'pull_request',
              ruleset_source_type: 'Organization',
              ruleset_source: 'acme',
              ruleset_id: 7,
              parameters: {
                required_approving_review_count: 2,
                dismiss_stale_reviews_on_push: true,
                require_code_owner_review: false,
                require_last_push_approval: false,
                required_review_thread_resolution: false,
              },
            },
          ],
        ],
      });

      const { scm } = evidenceOf(
        await collect(createProvider().startCycle(), 'legacy'),
      );

      expect(scm?.['reviews-required']).toEqual({
        value: true,
        detail:
          'main requires 2 approving reviews (organization ruleset of acme); 1 of 3 recent merged pull requests reviewed',
      });
    });

    it('reads what non-admins see of branch protection', async () => {
      githubWith({
        ...untidy,
        protection: null,
        refUpdateRule: {
          pattern: 'main',
          requiredApprovingReviewCount: 1,
          requiredStatusCheckContexts: [],
        },
      });

      const { scm } = evidenceOf(
        await collect(createProvider().startCycle(), 'legacy'),
      );

      expect(scm?.['reviews-required']?.detail).toMatch(
        /^main requires 1 approving review \(branch protection\)/,
      );
    });

    it('keeps a review requirement of branch protection when rulesets cannot be read', async () => {
      githubWith({ ...disciplined, rules: { status: 403 } });

      const { scm, facts } = evidenceOf(
        await collect(createProvider().startCycle(), 'payments'),
      );

      expect(scm?.['reviews-required']?.value).toBe(true);
      expect(facts?.['github.required-status-checks']?.value).toBe(true);
    });

    it('takes a host without the rulesets API for one without rulesets', async () => {
      githubWith({ ...untidy, rules: { status: 404 } });

      const { scm } = evidenceOf(
        await collect(createProvider().startCycle(), 'legacy'),
      );

      expect(scm?.['reviews-required']?.value).toBe(false);
    });

    it('says a repository it cannot see is not found, with unknown facts', async () => {
      githubWith();

      const { scm } = evidenceOf(
        await collect(createProvider().startCycle(), 'ghost'),
      );

      expect(scm?.['reviews-required']).toEqual({
        value: 'unknown',
        detail: 'repository not found or not visible to the credentials',
      });
    });
  });

  it('follows the pages of ruleset rules', async () => {
    const github = githubWith({
      ...untidy,
      rules: [
        Array.from({ length: 100 }, (_, i) => ({
          type: 'required_status_checks',
          ruleset_source_type: 'Repository',
          ruleset_source: 'acme/legacy',
          parameters: {
            required_status_checks: [{ context: `check-${i}` }],
            strict_required_status_checks_policy: false,
          },
        })),
        [
          {
            type: 'pull_request',
            ruleset_source_type: 'Repository',
            ruleset_source: 'acme/legacy',
            parameters: { required_approving_review_count: 1 },
          },
        ],
      ],
    });

    const { scm } = evidenceOf(
      await collect(createProvider().startCycle(), 'legacy'),
    );

    expect(github.calls.rules).toBe(2);
    expect(scm?.['reviews-required']).toEqual({
      value: true,
      detail:
        'main requires 1 approving review (ruleset); required status checks: check-0, check-1, check-2, check-3, check-4 and 95 more; 1 of 3 recent merged pull requests reviewed',
    });
  });

  it('does not pass short-lived branches when more branches exist than one page shows', async () => {
    const github = githubWith({
      ...disciplined,
      branches: Array.from({ length: 99 }, (_, i) => ({
        name: `merged-${i}`,
        lastCommitDate: daysAgo(1),
        aheadBy: 0,
      })),
      branchesTotal: 250,
    });

    const { scm } = evidenceOf(
      await collect(createProvider().startCycle(), 'payments'),
    );

    expect(github.compared).toHaveLength(99);
    expect(scm).not.toHaveProperty(['short-lived-branches']);
  });

  it('reads GitHub Enterprise through its API and GraphQL base URLs', async () => {
    const github = new FakeGithub(
      'https://ghe.example.com/api/v3',
      'https://ghe.example.com/api/graphql',
    ).add({ ...disciplined, owner: 'platform' });
    server.use(...github.handlers());
    const provider = createProvider({
      config: {
        integrations: {
          github: [
            {
              host: 'ghe.example.com',
              apiBaseUrl: 'https://ghe.example.com/api/v3',
              token: 'ghe_token',
            },
          ],
        },
      },
    });
    // A project slug takes the host of the catalog file.
    const entity = component('payments', {
      'github.com/project-slug': 'platform/payments',
      'backstage.io/managed-by-location':
        'url:https://ghe.example.com/platform/payments/blob/main/catalog-info.yaml',
    });

    const result = await provider
      .startCycle()
      .collect({ entity, contentGlobs: [] });

    expect(evidenceOf(result).scm?.['reviews-required']?.value).toBe(true);
    expect(github.calls).toMatchObject({ probes: 1, repositoryQueries: 1 });
    expect(provider.hosts).toEqual([
      { host: 'ghe.example.com', credentials: 'token' },
    ]);
  });

  it('reads nothing of repositories elsewhere or on hosts without credentials', async () => {
    const github = githubWith(disciplined);
    const provider = createProvider({
      config: {
        integrations: {
          github: [
            {
              host: 'ghe.example.com',
              apiBaseUrl: 'https://ghe.example.com/api/v3',
              token: 'ghe_token',
            },
          ],
        },
      },
    });
    const cycle = provider.startCycle();

    const onGithubCom = await collect(cycle, 'payments');
    const onGitlab = await cycle.collect({
      entity: component('svc', {
        'backstage.io/source-location':
          'url:https://gitlab.com/acme/svc/-/tree/main/',
      }),
      contentGlobs: [],
    });
    const nowhere = await cycle.collect({
      entity: component('svc', {}),
      contentGlobs: [],
    });

    for (const result of [onGithubCom, onGitlab, nowhere]) {
      expect(result).toEqual({ kind: 'evidence', evidence: {} });
    }
    expect(github.requests).toBe(0);
    expect(cycle.budget.spent).toBe(0);
  });

  it('reads nothing of an owner that no GitHub App installation covers', async () => {
    const github = githubWith(disciplined);
    const provider = createProvider({
      config: {
        integrations: {
          github: [
            {
              host: 'github.com',
              apps: [
                {
                  appId: 1,
                  clientId: 'client',
                  clientSecret: 'secret',
                  privateKey: 'key',
                },
              ],
            },
          ],
        },
      },
      // As DefaultGithubCredentialsProvider answers without an installation.
      credentialsProvider: { getCredentials: async () => ({ type: 'app' }) },
    });
    const cycle = provider.startCycle();

    const result = await collect(cycle, 'payments');

    expect(result).toEqual({ kind: 'evidence', evidence: {} });
    expect(github.requests).toBe(0);
  });

  it('counts the semver tag of a recent release that the first page of tags does not hold', async () => {
    githubWith({
      ...untidy,
      releases: [
        { tagName: 'v3.0.0-draft', publishedAt: daysAgo(0), isDraft: true },
        { tagName: 'v2.1.0', publishedAt: daysAgo(1) },
      ],
    });

    const { scm } = evidenceOf(
      await collect(createProvider().startCycle(), 'legacy'),
    );

    expect(scm?.['semver-tags']).toEqual({
      value: true,
      detail: 'latest semver tag v2.1.0',
    });
  });

  it('counts the reviews of as many merged pull requests as configured, or none', async () => {
    githubWith(untidy);

    const two = evidenceOf(
      await collect(
        createProvider({ settings: { recentPullRequests: 2 } }).startCycle(),
        'legacy',
      ),
    );
    const none = evidenceOf(
      await collect(
        createProvider({ settings: { recentPullRequests: 0 } }).startCycle(),
        'legacy',
      ),
    );

    expect(two.scm?.['reviews-required']?.detail).toMatch(
      /; 1 of 2 recent merged pull requests reviewed$/,
    );
    expect(none.scm?.['reviews-required']).toEqual({
      value: false,
      detail:
        'main requires no approving review: no branch protection rule; no active ruleset',
    });
  });

  it('does not remember an answer that a passing outage left incomplete', async () => {
    const github = githubWith(disciplined);
    server.use(
      http.get(
        `${github.apiBaseUrl}/repos/:owner/:name/rules/branches/:branch`,
        () => new HttpResponse(null, { status: 503 }),
        { once: true },
      ),
    );
    const provider = createProvider();

    const first = await collect(provider.startCycle(), 'payments');
    const second = await collect(provider.startCycle(), 'payments');

    // Branch protection alone settles it; the outage only costs the token.
    expect(evidenceOf(first).scm?.['reviews-required']?.value).toBe(true);
    expect(first).not.toHaveProperty('token', expect.anything());
    expect(second).toMatchObject({ token: `"v1"|2024-05-02` });
    expect(github.calls.repositoryQueries).toBe(2);
  });

  it('reads a repository once per cycle for all its entities', async () => {
    const github = githubWith(disciplined);
    const cycle = createProvider().startCycle();

    const [api, worker] = await Promise.all([
      collect(cycle, 'payments'),
      cycle.collect({
        entity: component('payments-worker', {
          'github.com/project-slug': 'acme/payments',
        }),
        contentGlobs: [],
      }),
    ]);

    expect(evidenceOf(worker)).toEqual(evidenceOf(api));
    expect(github.calls.probes).toBe(1);
  });
});
