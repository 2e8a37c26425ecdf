import {
  mockServices,
  registerMswTestHooks,
} from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import type { EvidenceResult } from '@backstage-maturity/plugin-maturity-node';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { FakeGitlab } from './__testUtils__/fakeGitlab';
import {
  approvalRule,
  branch,
  commit,
  component,
  daysAgo,
  neglectedProject,
  NOW,
  protectedBranch,
  treeEntry,
  wellKeptProject,
} from './__testUtils__/fixtures';
import {
  GitlabEvidenceProvider,
  type GitlabEvidenceProviderOptions,
} from './GitlabEvidenceProvider';

const server = setupServer();
registerMswTestHooks(server);

const PAYMENTS = component(
  'payments',
  'https://gitlab.com/acme/payments/-/tree/main/',
);
const LEGACY = component('legacy', 'https://gitlab.com/acme/legacy');

let now: Date;
let gitlab: FakeGitlab;

beforeEach(() => {
  now = NOW;
  gitlab = new FakeGitlab();
  server.use(...gitlab.handlers());
});

function integrations(
  hosts: Array<Record<string, string>> = [
    { host: 'gitlab.com', token: gitlab.token },
  ],
) {
  return ScmIntegrations.fromConfig(
    new ConfigReader({ integrations: { gitlab: hosts } }),
  );
}

function provider(options: Partial<GitlabEvidenceProviderOptions> = {}) {
  return new GitlabEvidenceProvider({
    integrations: integrations(),
    logger: mockServices.logger.mock(),
    now: () => now,
    ...options,
  });
}

function scmOf(result: EvidenceResult) {
  if (result.kind !== 'evidence') {
    throw new Error(`expected evidence, got ${result.kind}`);
  }
  return result.evidence.scm ?? {};
}

/** Every fact's value and detail, for one assertion that shows them all. */
function factsOf(result: EvidenceResult) {
  return Object.fromEntries(
    Object.entries(scmOf(result)).map(([fact, known]) => [
      fact,
      `${known!.value}: ${known!.detail}`,
    ]),
  );
}

function everyFactUnknownBecause(reason: string) {
  return Object.fromEntries(
    [
      'reviews-required',
      'commit-conventions',
      'co-authored-by-trailers',
      'semver-tags',
      'short-lived-branches',
      'docs-changed-recently',
    ].map(fact => [fact, `unknown: ${reason}`]),
  );
}

describe('GitlabEvidenceProvider', () => {
  describe('facts', () => {
    it('passes a project that requires approvals, credits co-authors, tags semver and keeps branches short', async () => {
      gitlab.add(wellKeptProject());

      const result = await provider()
        .startCycle()
        .collect({ entity: PAYMENTS, contentGlobs: [] });

      expect(factsOf(result)).toEqual({
        'reviews-required':
          "true: main requires 1 approval (approval rule 'All members'); 2 of 2 recent merged merge requests approved",
        'commit-conventions':
          'true: 5 of 5 recent commits follow Conventional Commits or reference a work item',
        'co-authored-by-trailers':
          'true: 2 of 6 recent commits carry Co-authored-by trailers',
        'semver-tags': 'true: latest semver tag v1.4.0',
        'short-lived-branches':
          'true: no branch besides main unmerged for more than 3 days (1 unmerged branch)',
        'docs-changed-recently': 'true: docs changed 10 days ago',
      });
      expect(result).toMatchObject({
        kind: 'evidence',
        token: 'W/"3f1c2a-payments-v1"|2024-05-10',
      });
    });

    it('fails a project without required approvals, with free-form commits, no semver tag and a long-lived branch', async () => {
      gitlab.add(neglectedProject());

      const result = await provider()
        .startCycle()
        .collect({ entity: LEGACY, contentGlobs: [] });

      expect(factsOf(result)).toEqual({
        'reviews-required':
          'false: main requires no approval (no approval rule requires approval on main; ' +
          'its protection does not require code owner approval); 0 of 2 recent merged merge requests approved',
        'commit-conventions':
          'false: 0 of 6 recent commits follow Conventional Commits or reference a work item, ' +
          'fewer than 80% (e.g. "fixed stuff")',
        'co-authored-by-trailers':
          'false: none of the 6 recent commits carries a Co-authored-by trailer',
        'semver-tags':
          'false: none of 2 tags is a semantic version (latest: release-2023)',
        'short-lived-branches':
          'false: 1 branch besides main unmerged for more than 3 days: feature/rewrite (40 days)',
        'docs-changed-recently':
          'false: docs last changed 400 days ago, more than 180 days',
      });
    });

    it('dates an unmerged branch by the oldest commit main lacks, not by its last commit', async () => {
      const project = gitlab.add(wellKeptProject());
      project.unmerged['feat/webhooks'].push(
        commit('feat: first webhook draft', daysAgo(9)),
      );

      const result = await provider()
        .startCycle()
        .collect({ entity: PAYMENTS, contentGlobs: [] });

      expect(scmOf(result)['short-lived-branches']).toEqual({
        value: false,
        detail:
          '1 branch besides main unmerged for more than 3 days: feat/webhooks (9 days)',
      });
      expect(gitlab.requestLines()).toContain(
        'GET /projects/acme%2Fpayments/repository/commits?ref_name=main..feat%2Fwebhooks&per_page=100',
      );
    });

    it('does not count approvals required when developers can push to the default branch directly', async () => {
      const project = gitlab.add(wellKeptProject());
      project.protectedBranches = [protectedBranch('main', { push: 30 })];

      const result = await provider()
        .startCycle()
        .collect({ entity: PAYMENTS, contentGlobs: [] });

      expect(scmOf(result)['reviews-required']).toEqual({
        value: false,
        detail:
          "main requires 1 approval (approval rule 'All members'), but developers can push to it directly; " +
          '2 of 2 recent merged merge requests approved',
      });
    });

    it('counts code owner approval on a wildcard protection as required reviews', async () => {
      const project = gitlab.add(wellKeptProject());
      project.approvalRules = [];
      project.protectedBranches = [
        protectedBranch('ma*', { push: 0, codeOwners: true }),
      ];

      const result = await provider()
        .startCycle()
        .collect({ entity: PAYMENTS, contentGlobs: [] });

      expect(scmOf(result)['reviews-required']).toEqual({
        value: true,
        detail:
          'main requires code owner approval (protected branch setting); 2 of 2 recent merged merge requests approved',
      });
    });

    it('says approval rules are not available on GitLab Free, and concludes from the protection it can see', async () => {
      const project = gitlab.add(wellKeptProject());
      project.approvalRules = 404;

      const result = await provider()
        .startCycle()
        .collect({ entity: PAYMENTS, contentGlobs: [] });

      expect(scmOf(result)['reviews-required']).toEqual({
        value: false,
        detail:
          'main requires no approval (approval rules not available (GitLab Premium, or hidden from the token); ' +
          'its protection does not require code owner approval); 2 of 2 recent merged merge requests approved',
      });
    });

    it('leaves reviews-required unknown when neither approval rules nor protection settings are visible', async () => {
      const project = gitlab.add(wellKeptProject());
      project.approvalRules = 403;
      project.protectedBranches = 403;

      const result = await provider()
        .startCycle()
        .collect({ entity: PAYMENTS, contentGlobs: [] });

      expect(scmOf(result)['reviews-required']).toEqual({
        value: 'unknown',
        detail:
          'neither approval rules nor protected branch settings of main are visible to the token ' +
          '(approval rules need GitLab Premium; protected branch settings may need the Maintainer role)',
      });
      expect(scmOf(result)['semver-tags']?.value).toBe(true);
    });

    it('reads the approval rule of a token that cannot see protected branch settings, from the branch flags', async () => {
      const project = gitlab.add(wellKeptProject());
      project.protectedBranches = 403;

      const result = await provider()
        .startCycle()
        .collect({ entity: PAYMENTS, contentGlobs: [] });

      expect(scmOf(result)['reviews-required']).toMatchObject({
        value: true,
        detail: expect.stringMatching(
          /^main requires 1 approval \(approval rule 'All members'\)/,
        ),
      });
    });

    it('does not report stale docs when Markdown files beyond the bound were not looked at', async () => {
      const project = gitlab.add(neglectedProject());
      const names = Array.from({ length: 10 }, (_, i) => `NOTES-${i}.md`);
      project.tree = [
        ...project.tree,
        ...names.map(name => treeEntry(name, 'blob')),
      ];
      for (const name of names) {
        project.pathCommits[name] = [commit('notes', daysAgo(300))];
      }

      const result = await provider()
        .startCycle()
        .collect({ entity: LEGACY, contentGlobs: [] });

      expect(scmOf(result)).not.toHaveProperty('docs-changed-recently');
      expect(
        gitlab.requestLines().filter(line => line.includes('path=')),
      ).toHaveLength(8);
    });

    it('finds a recent change in any Markdown file at the root', async () => {
      const project = gitlab.add(neglectedProject());
      project.tree.push(treeEntry('CHANGELOG.md', 'blob'));
      project.pathCommits['CHANGELOG.md'] = [
        commit('docs: changelog', daysAgo(2)),
      ];

      const result = await provider()
        .startCycle()
        .collect({ entity: LEGACY, contentGlobs: [] });

      expect(scmOf(result)['docs-changed-recently']).toEqual({
        value: true,
        detail: 'docs changed 2 days ago',
      });
    });

    it('supplies nothing for an empty repository', async () => {
      const project = gitlab.add(wellKeptProject());
      project.defaultBranch = undefined;

      const result = await provider()
        .startCycle()
        .collect({ entity: PAYMENTS, contentGlobs: [] });

      expect(result).toEqual({
        kind: 'evidence',
        evidence: {},
        token: 'W/"3f1c2a-payments-v1"|2024-05-10',
      });
    });
  });

  describe('conditional requests', () => {
    it('answers not-modified for an unchanged project with one 304, spending no budget', async () => {
      gitlab.add(wellKeptProject());
      const gitlabProvider = provider();
      const first = await gitlabProvider
        .startCycle()
        .collect({ entity: PAYMENTS, contentGlobs: [] });
      gitlab.requests.length = 0;

      const cycle = gitlabProvider.startCycle();
      const second = await cycle.collect({
        entity: PAYMENTS,
        previousToken: first.token,
        contentGlobs: [],
      });

      expect(second).toEqual({ kind: 'not-modified', token: first.token });
      expect(cycle.usage).toEqual({
        requests: 0,
        notModified: 1,
        requestsPerCycle: 2000,
      });
      expect(gitlab.requests).toEqual([
        expect.objectContaining({
          method: 'GET',
          path: '/projects/acme%2Fpayments',
          ifNoneMatch: 'W/"3f1c2a-payments-v1"',
          status: 304,
        }),
      ]);
    });

    it('answers the cached evidence when asked again without a token, at the cost of the 304 only', async () => {
      gitlab.add(wellKeptProject());
      const gitlabProvider = provider();
      const first = await gitlabProvider
        .startCycle()
        .collect({ entity: PAYMENTS, contentGlobs: [] });
      gitlab.requests.length = 0;

      const cycle = gitlabProvider.startCycle();
      await cycle.collect({
        entity: PAYMENTS,
        previousToken: first.token,
        contentGlobs: [],
      });
      // Another provider's data changed: the collector asks again.
      const again = await cycle.collect({ entity: PAYMENTS, contentGlobs: [] });

      expect(again).toEqual(first);
      expect(cycle.usage).toMatchObject({ requests: 0, notModified: 2 });
      expect(gitlab.requestLines()).toEqual([
        'GET /projects/acme%2Fpayments',
        'GET /projects/acme%2Fpayments',
      ]);
    });

    it('knows an unchanged project after a restart from the ETag in its token', async () => {
      gitlab.add(wellKeptProject());
      const token = 'W/"3f1c2a-payments-v1"|2024-05-10';

      const cycle = provider().startCycle();
      const result = await cycle.collect({
        entity: PAYMENTS,
        previousToken: token,
        contentGlobs: [],
      });

      expect(result).toEqual({ kind: 'not-modified', token });
      expect(cycle.usage).toMatchObject({ requests: 0, notModified: 1 });
    });

    it('reads a changed project, and an unchanged one again the next day', async () => {
      const project = gitlab.add(wellKeptProject());
      const gitlabProvider = provider();
      const first = await gitlabProvider
        .startCycle()
        .collect({ entity: PAYMENTS, contentGlobs: [] });

      project.tags.unshift({ ...project.tags[0], name: 'v1.5.0' });
      project.etag = 'W/"3f1c2a-payments-v2"';
      const changed = await gitlabProvider.startCycle().collect({
        entity: PAYMENTS,
        previousToken: first.token,
        contentGlobs: [],
      });
      expect(scmOf(changed)['semver-tags']?.detail).toBe(
        'latest semver tag v1.5.0',
      );

      now = new Date('2024-05-11T06:00:00Z');
      const nextDay = gitlabProvider.startCycle();
      const result = await nextDay.collect({
        entity: PAYMENTS,
        previousToken: changed.token,
        contentGlobs: [],
      });
      expect(result).toMatchObject({
        kind: 'evidence',
        token: 'W/"3f1c2a-payments-v2"|2024-05-11',
      });
      // The project itself was not modified; everything else was read.
      expect(nextDay.usage.notModified).toBe(1);
      expect(nextDay.usage.requests).toBeGreaterThan(5);
    });
  });

  describe('rate limits', () => {
    it('backs off after a 429 until Retry-After has passed, answering unknown with the reason meanwhile', async () => {
      gitlab.add(wellKeptProject());
      gitlab.force(429, { 'Retry-After': '300' });
      const gitlabProvider = provider();

      const limited = await gitlabProvider
        .startCycle()
        .collect({ entity: PAYMENTS, contentGlobs: [] });
      expect(limited).toEqual({
        kind: 'evidence',
        evidence: expect.any(Object),
      });
      expect(factsOf(limited)).toEqual(
        everyFactUnknownBecause(
          'gitlab.com rate limit reached; resumes at 12:05 UTC',
        ),
      );

      gitlab.heal();
      gitlab.requests.length = 0;
      now = new Date('2024-05-10T12:03:00Z');
      const meanwhile = await gitlabProvider
        .startCycle()
        .collect({ entity: PAYMENTS, contentGlobs: [] });
      expect(factsOf(meanwhile)).toEqual(
        everyFactUnknownBecause(
          'gitlab.com rate limit reached; resumes at 12:05 UTC',
        ),
      );
      expect(gitlab.requests).toEqual([]);

      now = new Date('2024-05-10T12:05:01Z');
      const resumed = await gitlabProvider
        .startCycle()
        .collect({ entity: PAYMENTS, contentGlobs: [] });
      expect(scmOf(resumed)['semver-tags']?.value).toBe(true);
      expect(gitlab.requests.length).toBeGreaterThan(1);
    });

    it.each([
      [403, { 'RateLimit-Remaining': '0' }],
      [429, {}],
    ])(
      'honours RateLimit-Reset on a %i',
      async (status, headers: Record<string, string>) => {
        gitlab.add(wellKeptProject());
        gitlab.force(status, {
          ...headers,
          'RateLimit-Limit': '2000',
          'RateLimit-Reset': String(Date.parse('2024-05-10T12:30:00Z') / 1000),
        });
        const gitlabProvider = provider();

        const limited = await gitlabProvider
          .startCycle()
          .collect({ entity: PAYMENTS, contentGlobs: [] });
        expect(factsOf(limited)).toEqual(
          everyFactUnknownBecause(
            'gitlab.com rate limit reached; resumes at 12:30 UTC',
          ),
        );

        gitlab.heal();
        gitlab.requests.length = 0;
        now = new Date('2024-05-10T12:29:00Z');
        await gitlabProvider
          .startCycle()
          .collect({ entity: PAYMENTS, contentGlobs: [] });
        expect(gitlab.requests).toEqual([]);

        now = new Date('2024-05-10T12:30:00Z');
        const resumed = await gitlabProvider
          .startCycle()
          .collect({ entity: PAYMENTS, contentGlobs: [] });
        expect(scmOf(resumed)['reviews-required']?.value).toBe(true);
      },
    );

    it('stops before GitLab refuses, when an answer says no request remains', async () => {
      gitlab.add(wellKeptProject());
      gitlab.extraHeaders = {
        'RateLimit-Limit': '2000',
        'RateLimit-Remaining': '0',
        'RateLimit-Reset': String(Date.parse('2024-05-10T12:10:00Z') / 1000),
      };

      const result = await provider()
        .startCycle()
        .collect({ entity: PAYMENTS, contentGlobs: [] });

      expect(factsOf(result)).toEqual(
        everyFactUnknownBecause(
          'gitlab.com rate limit reached; resumes at 12:10 UTC',
        ),
      );
      expect(gitlab.requestLines()).toEqual(['GET /projects/acme%2Fpayments']);
    });

    it('keeps what was read before a rate limit hit mid-read, and gives no token', async () => {
      gitlab.add(wellKeptProject());
      gitlab.force(429, { 'Retry-After': '60' }, /repository\/tags/);

      const result = await provider()
        .startCycle()
        .collect({ entity: PAYMENTS, contentGlobs: [] });

      const reason = 'gitlab.com rate limit reached; resumes at 12:01 UTC';
      expect(factsOf(result)).toEqual({
        'commit-conventions': expect.stringMatching(/^true: /),
        'co-authored-by-trailers': expect.stringMatching(/^true: /),
        'semver-tags': `unknown: ${reason}`,
        'short-lived-branches': `unknown: ${reason}`,
        'docs-changed-recently': `unknown: ${reason}`,
        'reviews-required': `unknown: ${reason}`,
      });
      expect(result).not.toHaveProperty('token');
      // Nothing was asked after the limit was hit.
      expect(gitlab.requests[gitlab.requests.length - 1].status).toBe(429);
    });
  });

  describe('failures', () => {
    it('answers unknown for a project that is not found or not visible', async () => {
      const result = await provider()
        .startCycle()
        .collect({ entity: PAYMENTS, contentGlobs: [] });

      expect(factsOf(result)).toEqual(
        everyFactUnknownBecause(
          'project not found or not visible to the token',
        ),
      );
      expect(result).not.toHaveProperty('token');
    });

    it('names a rejected token', async () => {
      gitlab.add(wellKeptProject());

      const result = await provider({
        integrations: integrations([{ host: 'gitlab.com', token: 'expired' }]),
      })
        .startCycle()
        .collect({ entity: PAYMENTS, contentGlobs: [] });

      expect(factsOf(result)).toEqual(
        everyFactUnknownBecause(
          'gitlab.com rejected the token of integrations.gitlab (401): it is invalid, expired or revoked',
        ),
      );
    });

    it('answers unknown with the reason when GitLab fails, and reads again next time', async () => {
      gitlab.add(wellKeptProject());
      gitlab.force(502, {}, /repository\/tags/);
      const gitlabProvider = provider();

      const failed = await gitlabProvider
        .startCycle()
        .collect({ entity: PAYMENTS, contentGlobs: [] });
      expect(scmOf(failed)['semver-tags']).toEqual({
        value: 'unknown',
        detail: 'gitlab.com answered HTTP 502 to repository/tags',
      });
      expect(scmOf(failed)['commit-conventions']?.value).toBe(true);
      // An outage ends the read: what comes after is not asked for.
      expect(scmOf(failed)['reviews-required']).toEqual({
        value: 'unknown',
        detail: 'gitlab.com answered HTTP 502 to repository/tags',
      });
      expect(gitlab.requests[gitlab.requests.length - 1]).toMatchObject({
        path: '/projects/acme%2Fpayments/repository/tags',
        status: 502,
      });

      gitlab.heal();
      const healed = await gitlabProvider
        .startCycle()
        .collect({ entity: PAYMENTS, contentGlobs: [] });
      expect(scmOf(healed)['semver-tags']?.value).toBe(true);
      expect(healed).toHaveProperty('token');
    });

    it('keeps a part the token may not read unknown until the day turns, without reading it every cycle', async () => {
      const project = gitlab.add(wellKeptProject());
      project.tags = [];
      gitlab.force(403, {}, /repository\/tags/);
      const gitlabProvider = provider();

      const first = await gitlabProvider
        .startCycle()
        .collect({ entity: PAYMENTS, contentGlobs: [] });
      const next = await gitlabProvider.startCycle().collect({
        entity: PAYMENTS,
        previousToken: first.token,
        contentGlobs: [],
      });

      expect(scmOf(first)['semver-tags']).toEqual({
        value: 'unknown',
        detail: 'the token may not read repository tags on gitlab.com (403)',
      });
      expect(scmOf(first)['short-lived-branches']?.value).toBe(true);
      expect(next).toEqual({ kind: 'not-modified', token: first.token });
    });

    it('answers unknown when GitLab cannot be reached', async () => {
      server.use(
        http.all(`${gitlab.apiBaseUrl}/*`, () => HttpResponse.error()),
      );

      const result = await provider()
        .startCycle()
        .collect({ entity: PAYMENTS, contentGlobs: [] });

      expect(scmOf(result)['reviews-required']).toEqual({
        value: 'unknown',
        detail: expect.stringMatching(
          /^could not reach gitlab\.com \(project\): /,
        ),
      });
    });
  });

  describe('hosts', () => {
    it('reads a self-hosted GitLab through its own API base URL and token', async () => {
      const selfHosted = new FakeGitlab({
        baseUrl: 'https://gitlab.example.com',
        token: 'glpat-self-hosted',
      });
      server.use(...selfHosted.handlers());
      selfHosted.add(wellKeptProject('group/sub/project'));

      const result = await provider({
        integrations: integrations([
          {
            host: 'gitlab.example.com',
            apiBaseUrl: 'https://gitlab.example.com/api/v4',
            token: 'glpat-self-hosted',
          },
        ]),
      })
        .startCycle()
        .collect({
          entity: component(
            'svc',
            'https://gitlab.example.com/group/sub/project/-/tree/main/svc',
          ),
          contentGlobs: [],
        });

      expect(scmOf(result)['reviews-required']?.value).toBe(true);
      expect(selfHosted.requests.map(r => r.path)).toEqual(
        expect.arrayContaining([
          '/projects/group%2Fsub%2Fproject',
          '/projects/group%2Fsub%2Fproject/approval_rules',
          '/graphql',
        ]),
      );
      expect(
        selfHosted.requests.find(r => r.path === '/graphql')?.variables,
      ).toEqual({ fullPath: 'group/sub/project', branch: 'main', first: 20 });
      expect(gitlab.requests).toEqual([]);
    });

    it('costs no request for an entity on another host or on a GitLab host without a token', async () => {
      gitlab.add(wellKeptProject());
      const gitlabProvider = provider({
        integrations: integrations([
          { host: 'gitlab.com', token: gitlab.token },
          {
            host: 'gitlab.internal.example',
            apiBaseUrl: 'https://gitlab.internal.example/api/v4',
          },
        ]),
      });
      const cycle = gitlabProvider.startCycle();

      const onGithub = await cycle.collect({
        entity: component('gh', 'https://github.com/acme/payments'),
        contentGlobs: [],
      });
      const withoutToken = await cycle.collect({
        entity: component('internal', 'https://gitlab.internal.example/acme/x'),
        contentGlobs: [],
      });
      const withoutLocation = await cycle.collect({
        entity: { ...PAYMENTS, metadata: { name: 'bare' } },
        contentGlobs: [],
      });

      expect([onGithub, withoutToken, withoutLocation]).toEqual([
        { kind: 'evidence', evidence: {} },
        { kind: 'evidence', evidence: {} },
        { kind: 'evidence', evidence: {} },
      ]);
      expect(cycle.usage.requests).toBe(0);
      expect(gitlab.requests).toEqual([]);
    });

    it('reads the project of a gitlab.com/project-slug annotation', async () => {
      gitlab.add(wellKeptProject());

      const result = await provider()
        .startCycle()
        .collect({
          entity: {
            ...PAYMENTS,
            metadata: {
              name: 'payments',
              annotations: { 'gitlab.com/project-slug': 'acme/payments' },
            },
          },
          contentGlobs: [],
        });

      expect(scmOf(result)['semver-tags']?.value).toBe(true);
    });
  });

  describe('pagination', () => {
    it.each([
      ['x-next-page', false],
      ['Link', true],
    ])('follows branch pages by %s', async (_header, links) => {
      gitlab.links = links;
      const project = gitlab.add(wellKeptProject());
      // 150 merged branches; the long-lived one sorts onto page two.
      project.branches = [
        ...Array.from({ length: 150 }, (_, i) =>
          branch(`done/${String(i).padStart(3, '0')}`, daysAgo(30), {
            merged: true,
          }),
        ),
        branch('main', daysAgo(1), { default: true, protected: true }),
        branch('spike/old', daysAgo(12)),
      ];

      const result = await provider()
        .startCycle()
        .collect({ entity: PAYMENTS, contentGlobs: [] });

      expect(scmOf(result)['short-lived-branches']).toEqual({
        value: false,
        detail:
          '1 branch besides main unmerged for more than 3 days: spike/old (12 days)',
      });
      expect(
        gitlab.requestLines().filter(line => line.includes('/branches')),
      ).toEqual([
        'GET /projects/acme%2Fpayments/repository/branches?per_page=100',
        'GET /projects/acme%2Fpayments/repository/branches?per_page=100&page=2',
      ]);
    });
  });

  describe('request budget', () => {
    it('answers unknown once the cycle budget is spent, and reads again next cycle', async () => {
      gitlab.add(wellKeptProject('acme/one'));
      gitlab.add(wellKeptProject('acme/two'));
      gitlab.add(wellKeptProject('acme/three'));
      const one = component('one', 'https://gitlab.com/acme/one');
      const two = component('two', 'https://gitlab.com/acme/two');
      const three = component('three', 'https://gitlab.com/acme/three');

      // What one full read costs.
      const probe = provider().startCycle();
      await probe.collect({ entity: one, contentGlobs: [] });
      const perProject = probe.usage.requests;
      gitlab.requests.length = 0;

      const gitlabProvider = provider({ requestsPerCycle: perProject + 2 });
      const cycle = gitlabProvider.startCycle();
      const first = await cycle.collect({ entity: one, contentGlobs: [] });
      const second = await cycle.collect({ entity: two, contentGlobs: [] });
      const beforeThird = gitlab.requests.length;
      const third = await cycle.collect({ entity: three, contentGlobs: [] });

      const reason = `GitLab request budget of ${
        perProject + 2
      } per cycle spent; read again next cycle`;
      expect(first).toHaveProperty('token');
      expect(scmOf(second)['commit-conventions']?.value).toBe(true);
      expect(scmOf(second)['semver-tags']).toEqual({
        value: 'unknown',
        detail: reason,
      });
      expect(second).not.toHaveProperty('token');
      expect(factsOf(third)).toEqual(everyFactUnknownBecause(reason));
      expect(gitlab.requests.length).toBe(beforeThird);
      expect(cycle.usage.requests).toBe(perProject + 2);

      const next = gitlabProvider.startCycle();
      const again = await next.collect({ entity: three, contentGlobs: [] });
      expect(scmOf(again)['semver-tags']?.value).toBe(true);
    });
  });

  it('reads a project once for several entities in it', async () => {
    gitlab.add(wellKeptProject());
    const cycle = provider().startCycle();

    const results = await Promise.all(
      ['api', 'worker'].map(name =>
        cycle.collect({
          entity: component(
            name,
            `https://gitlab.com/acme/payments/-/tree/main/${name}`,
          ),
          contentGlobs: [],
        }),
      ),
    );

    expect(results[0]).toEqual(results[1]);
    expect(
      gitlab.requestLines().filter(l => l.includes('repository/tags')),
    ).toHaveLength(1);
  });

  it("counts the project's approvals_before_merge setting", async () => {
    const project = gitlab.add(wellKeptProject());
    project.approvalRules = [approvalRule('Security', 0)];
    project.approvalsBeforeMerge = 2;

    const result = await provider()
      .startCycle()
      .collect({ entity: PAYMENTS, contentGlobs: [] });

    expect(scmOf(result)['reviews-required']).toMatchObject({
      value: true,
      detail: expect.stringMatching(
        /^main requires 2 approvals \(project approval setting\)/,
      ),
    });
  });
});
