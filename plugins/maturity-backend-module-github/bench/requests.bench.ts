/*
 * Benchmark of what the GitHub evidence provider asks of GitHub (not a
 * test). A local HTTP server plays a GitHub Enterprise host with 10,000
 * repositories (REST with ETags, GraphQL) and counts every request, the
 * 304s among them and the GraphQL points of each query by GitHub's
 * documented formula. The real provider runs four cycles: a first one with
 * an empty cache, an unchanged one the same day (with the collector asking
 * again without a token for a tenth of the entities, as it does when
 * another provider's evidence changed), one the same day after a push to
 * 5% of the repositories, and one the next day. It prints the requests of
 * each cycle and how long one GitHub App installation at 15,000 requests
 * an hour needs for them. The server runs in a child process, so that it
 * does not take the provider's time. BENCH_REPOSITORIES lowers the number of
 * repositories. Run with `yarn --cwd plugins/maturity-backend-module-github bench`.
 */
import { fork } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import { GithubEvidenceProvider } from '../src';

const REPOSITORIES = Number(process.env.BENCH_REPOSITORIES ?? 10_000);
const CONCURRENCY = 16;
const HOURLY_LIMIT = 15_000;
const HOST = 'ghe.bench.example';
const DAY_1 = new Date('2024-05-02T08:00:00Z');
const DAY_2 = new Date('2024-05-03T08:00:00Z');

interface Counts {
  requests: number;
  notModified: number;
  graphql: number;
  points: number;
}

const counts: Counts = { requests: 0, notModified: 0, graphql: 0, points: 0 };
/** Bumped to make a repository change (a push). */
const versions = new Array<number>(REPOSITORIES).fill(1);

function iso(daysAgo: number): string {
  return new Date(DAY_1.getTime() - daysAgo * 86_400_000).toISOString();
}

/** Repositories have 0, 1 or 3 branches besides main. */
function branchesOf(index: number): string[] {
  return [[], ['feature/a'], ['feature/a', 'fix/b', 'renovate/c']][index % 3];
}

function repositoryAnswer(index: number, pullRequests: number) {
  const at = (date: string) => ({ committedDate: date });
  return {
    data: {
      repository: {
        defaultBranchRef: {
          name: 'main',
          branchProtectionRule:
            index % 2
              ? {
                  pattern: 'main',
                  requiresApprovingReviews: true,
                  requiredApprovingReviewCount: 1,
                  requiresStatusChecks: true,
                  requiredStatusCheckContexts: ['ci'],
                }
              : null,
          refUpdateRule: null,
          target: {
            oid: `head-${index}-${versions[index]}`,
            committedDate: iso(0),
            history: {
              pageInfo: { hasNextPage: true },
              nodes: Array.from({ length: 50 }, (_, i) => ({
                oid: `c-${index}-${i}`,
                committedDate: iso(i),
                message: `feat(core): change ${i} of repository ${index}\n\nA body that explains the change.\n\nRefs: PAY-${i}\nCo-authored-by: Ada <ada@example.com>`,
              })),
            },
            docsFolder: { nodes: [{ oid: 'd', committedDate: iso(30) }] },
            docFolder: { nodes: [] },
            mkdocs: { nodes: [] },
            readme: { nodes: [{ oid: 'r', committedDate: iso(60) }] },
          },
        },
        branches: {
          totalCount: 1 + branchesOf(index).length,
          nodes: ['main', ...branchesOf(index)].map(name => ({
            name,
            target: at(iso(1)),
          })),
        },
        tags: {
          totalCount: 5,
          nodes: Array.from({ length: 5 }, (_, i) => ({
            name: `v1.${4 - i}.0`,
            target: { tagger: { date: iso(i * 7) }, target: at(iso(i * 7)) },
          })),
        },
        releases: {
          nodes: [
            {
              tagName: 'v1.4.0',
              isDraft: false,
              publishedAt: iso(0),
              createdAt: iso(0),
            },
          ],
        },
        pullRequests: {
          nodes: Array.from({ length: pullRequests }, (_, i) => ({
            number: i + 1,
            reviewDecision: i % 5 ? 'APPROVED' : null,
            reviews: { totalCount: i % 5 ? 1 : 0 },
          })),
        },
      },
    },
  };
}

function branchesAnswer(variables: Record<string, unknown>) {
  const compared: Record<string, unknown> = {};
  for (const key of Object.keys(variables).filter(k => /^h\d+$/.test(k))) {
    compared[`b${key.slice(1)}`] = {
      aheadBy: 2,
      atStart: { nodes: [{ committedDate: iso(2) }] },
      atEnd: { nodes: [{ committedDate: iso(1) }] },
    };
  }
  return { data: { repository: { defaultBranchRef: compared } } };
}

/**
 * GraphQL points as GitHub documents them: the requests needed to fill
 * every connection (each `first: n` of every parent node), divided by 100,
 * rounded, at least 1.
 */
function points(query: string, variables: Record<string, unknown>): number {
  if (query.includes('MaturityBranches')) {
    const branches = Object.keys(variables).filter(k => /^h/.test(k)).length;
    return Math.max(1, Math.round((2 * branches) / 100));
  }
  const pullRequests = Number(variables.pullRequests ?? 0);
  // history, 4 docs histories, branches, tags, releases, pull requests, and
  // the reviews of each pull request.
  return Math.max(1, Math.round((9 + pullRequests) / 100));
}

function send(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  etag?: string,
) {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
  };
  if (etag) headers.etag = etag;
  res.writeHead(status, headers);
  res.end(status === 304 ? undefined : JSON.stringify(body));
}

function conditional(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  body: () => unknown,
  etag: string,
) {
  counts.requests += 1;
  if (req.headers['if-none-match'] === etag) {
    counts.notModified += 1;
    send(res, 304, undefined, etag);
    return;
  }
  send(res, 200, body(), etag);
}

function handle(req: http.IncomingMessage, res: http.ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method === 'POST' && url.pathname === '/api/graphql') {
    let text = '';
    req.on('data', chunk => {
      text += chunk;
    });
    req.on('end', () => {
      const { query, variables } = JSON.parse(text);
      const index = Number(String(variables.name).slice('repo-'.length));
      counts.requests += 1;
      counts.graphql += 1;
      counts.points += points(query, variables);
      send(
        res,
        200,
        query.includes('MaturityBranches')
          ? branchesAnswer(variables)
          : repositoryAnswer(index, Number(variables.pullRequests)),
      );
    });
    return;
  }
  const match = /^\/api\/v3\/repos\/acme\/repo-(\d+)(\/.*)?$/.exec(
    url.pathname,
  );
  if (!match) {
    send(res, 404, { message: 'Not Found' });
    return;
  }
  const index = Number(match[1]);
  const rest = match[2] ?? '';
  if (rest === '') {
    conditional(
      req,
      res,
      () => ({ full_name: `acme/repo-${index}`, default_branch: 'main' }),
      `W/"repo-${index}-${versions[index]}"`,
    );
  } else if (rest === '/rules/branches/main') {
    conditional(
      req,
      res,
      () =>
        index % 2
          ? []
          : [
              {
                type: 'pull_request',
                ruleset_source_type: 'Organization',
                ruleset_source: 'acme',
                parameters: { required_approving_review_count: 1 },
              },
            ],
      `W/"rules-${index % 2}"`,
    );
  } else if (rest === '/codeowners/errors') {
    conditional(req, res, () => ({ errors: [] }), 'W/"codeowners"');
  } else {
    send(res, 404, { message: 'Not Found' });
  }
}

function entity(index: number): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: `repo-${index}`,
      annotations: {
        'backstage.io/source-location': `url:https://${HOST}/acme/repo-${index}/tree/main/`,
      },
    },
    spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
  };
}

async function pool<T>(items: T[], run: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < items.length) await run(items[next++]);
    }),
  );
}

/** The fake GitHub, in this process: answers the parent's messages. */
async function serve() {
  const server = http.createServer(handle);
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  process.on('message', (message: { push?: number[] }) => {
    for (const index of message.push ?? []) versions[index] += 1;
    process.send!({ counts });
  });
  process.send!({ port: (server.address() as AddressInfo).port });
}

/** The fake GitHub in a child process, and a way to ask it. */
async function startServer() {
  const child = fork(__filename, ['--serve']);
  const replies: Array<(message: any) => void> = [];
  child.on('message', (message: { type?: string }) => {
    // The TypeScript transform reports the files it loads on the same channel.
    if (message.type !== 'watch') replies.shift()?.(message);
  });
  const next = () => new Promise<any>(resolve => replies.push(resolve));
  const { port } = await next();
  return {
    port: port as number,
    /** Pushes to the repositories given; answers the counts so far. */
    async ask(push: number[] = []): Promise<Counts> {
      const reply = next();
      child.send({ push });
      return (await reply).counts;
    },
    stop: () => child.kill(),
  };
}

async function main() {
  const server = await startServer();
  const port = server.port;

  let now = DAY_1;
  const provider = new GithubEvidenceProvider({
    integrations: ScmIntegrations.fromConfig(
      new ConfigReader({
        integrations: {
          github: [
            {
              host: HOST,
              apiBaseUrl: `http://127.0.0.1:${port}/api/v3`,
              token: 'bench-token',
            },
          ],
        },
      }),
    ),
    // No budget: the benchmark measures what a cycle needs.
    settings: { requestsPerCycle: Number.MAX_SAFE_INTEGER },
    now: () => now,
  });
  const entities = Array.from({ length: REPOSITORIES }, (_, i) => entity(i));
  const tokens = new Map<string, string>();

  const rows: string[][] = [];
  async function cycle(name: string, reask: number) {
    const before = await server.ask();
    const started = process.hrtime.bigint();
    const session = provider.startCycle();
    let notModified = 0;
    let unknown = 0;
    await pool(entities, async e => {
      const previousToken = tokens.get(e.metadata.name);
      let result = await session.collect({
        entity: e,
        previousToken,
        contentGlobs: [],
      });
      // The collector asks again without a token when another provider's
      // evidence changed.
      const index = Number(e.metadata.name.slice('repo-'.length));
      if (result.kind === 'not-modified') {
        notModified += 1;
        if (index % 100 < reask * 100) {
          result = await session.collect({ entity: e, contentGlobs: [] });
        }
      }
      if (result.kind === 'evidence') {
        const facts = Object.values(result.evidence.scm ?? {});
        if (facts.some(f => f?.value === 'unknown')) unknown += 1;
      }
      if (result.token) tokens.set(e.metadata.name, result.token);
      else tokens.delete(e.metadata.name);
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const after = await server.ask();
    const requests = after.requests - before.requests;
    const free = after.notModified - before.notModified;
    const costly = requests - free;
    const graphqlPoints = after.points - before.points;
    rows.push([
      name,
      String(requests),
      (requests / REPOSITORIES).toFixed(2),
      String(costly),
      (costly / REPOSITORIES).toFixed(2),
      String(free),
      `${after.graphql - before.graphql} / ${graphqlPoints}`,
      (costly / HOURLY_LIMIT).toFixed(2),
      String(notModified),
      String(unknown),
      seconds.toFixed(1),
    ]);
  }

  await cycle('first (empty cache)', 0);
  await cycle('unchanged, same day', 0.1);
  await server.ask(Array.from({ length: REPOSITORIES / 20 }, (_, i) => i * 20));
  await cycle('5% pushed, same day', 0);
  now = DAY_2;
  await cycle('next day', 0);
  server.stop();

  const header = [
    'cycle',
    'requests',
    'per repo',
    'cost rate limit',
    'per repo',
    '304s',
    'GraphQL queries / points',
    'hours at 15k/h',
    'not-modified',
    'unknown',
    'seconds',
  ];
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map(r => r[i].length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join('  ');
  console.log(
    `${REPOSITORIES} repositories on one host, ${CONCURRENCY} entities at a time; ` +
      `heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(
        0,
      )} MiB after the run`,
  );
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

(process.argv.includes('--serve') ? serve() : main()).catch(error => {
  console.error(error);
  process.exit(1);
});
