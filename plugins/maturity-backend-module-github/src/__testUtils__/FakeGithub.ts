import { graphql, http, HttpResponse, type RequestHandler } from 'msw';

/** A repository as the fake GitHub serves it. */
export interface FakeRepository {
  owner: string;
  name: string;
  defaultBranch?: string;
  /** ETag of `GET /repos/{owner}/{repo}`; change it to make the repository change. */
  etag?: string;
  /** `branchProtectionRule`; `'forbidden'` answers a GraphQL error for the field. */
  protection?: Record<string, unknown> | null | 'forbidden';
  refUpdateRule?: Record<string, unknown> | null;
  /** Pages of `GET …/rules/branches/{branch}`, or a status. */
  rules?: Array<Array<Record<string, unknown>>> | { status: number };
  /** CODEOWNERS errors; `'none'` answers 404 (no file). */
  codeowners?: Array<Record<string, unknown>> | 'none';
  /** Newest first. */
  commits?: Array<{ message: string; date: string }>;
  /** Branches besides the default one. */
  branches?: Array<{
    name: string;
    lastCommitDate: string;
    aheadBy: number;
    oldestUnmerged?: string;
  }>;
  /** `refs.totalCount` of branches when more than the nodes served. */
  branchesTotal?: number;
  tags?: Array<{ name: string; date: string; annotated?: boolean }>;
  releases?: Array<{ tagName: string; publishedAt: string; isDraft?: boolean }>;
  /** Merged pull requests: whether each has an approving review. */
  pullRequests?: boolean[];
  /** When docs/ last changed. */
  docsChanged?: string;
}

/** What the fake was asked. */
export interface FakeGithubCalls {
  probes: number;
  notModified: number;
  repositoryQueries: number;
  branchQueries: number;
  rules: number;
  codeowners: number;
}

const at = (date: string) => ({ committedDate: date });

/**
 * A JSON answer as GitHub's GraphQL API writes it: its errors carry a
 * `type`, which the GraphQL types of msw do not know.
 */
export function githubGraphqlAnswer(body: unknown, init: ResponseInit = {}) {
  return new Response(JSON.stringify(body), {
    ...init,
    headers: { 'content-type': 'application/json', ...init.headers },
  });
}

/**
 * GitHub's REST and GraphQL APIs for a few repositories, with the shapes
 * GitHub documents, ETags on REST answers, and a count of every call.
 */
export class FakeGithub {
  readonly repositories = new Map<string, FakeRepository>();
  readonly calls: FakeGithubCalls = {
    probes: 0,
    notModified: 0,
    repositoryQueries: 0,
    branchQueries: 0,
    rules: 0,
    codeowners: 0,
  };
  /** Branch names compared by the last branches query. */
  compared: string[] = [];

  constructor(
    readonly apiBaseUrl = 'https://api.github.com',
    readonly graphqlUrl = 'https://api.github.com/graphql',
  ) {}

  add(...repositories: FakeRepository[]): this {
    for (const repository of repositories) {
      this.repositories.set(
        `${repository.owner}/${repository.name}`.toLowerCase(),
        repository,
      );
    }
    return this;
  }

  get requests(): number {
    const c = this.calls;
    return (
      c.probes + c.repositoryQueries + c.branchQueries + c.rules + c.codeowners
    );
  }

  #find(owner: unknown, name: unknown): FakeRepository | undefined {
    return this.repositories.get(`${owner}/${name}`.toLowerCase());
  }

  /** A REST answer with an ETag over its body, or 304 when it matches. */
  #conditional(request: Request, body: unknown, etag: string) {
    if (request.headers.get('if-none-match') === etag) {
      this.calls.notModified += 1;
      return new HttpResponse(null, { status: 304, headers: { etag } });
    }
    return HttpResponse.json(body as Record<string, unknown>, {
      headers: { etag },
    });
  }

  handlers(): RequestHandler[] {
    const api = this.apiBaseUrl;
    const link = graphql.link(this.graphqlUrl);
    return [
      http.get(`${api}/repos/:owner/:name`, ({ request, params }) => {
        this.calls.probes += 1;
        const repository = this.#find(params.owner, params.name);
        if (!repository) {
          return HttpResponse.json({ message: 'Not Found' }, { status: 404 });
        }
        return this.#conditional(
          request,
          {
            full_name: `${repository.owner}/${repository.name}`,
            default_branch: repository.defaultBranch ?? 'main',
            private: true,
          },
          repository.etag ?? '"v1"',
        );
      }),
      http.get(
        `${api}/repos/:owner/:name/rules/branches/:branch`,
        ({ request, params }) => {
          this.calls.rules += 1;
          const repository = this.#find(params.owner, params.name)!;
          const rules = repository.rules ?? [[]];
          if (!Array.isArray(rules)) {
            return HttpResponse.json(
              { message: 'Resource not accessible by integration' },
              { status: rules.status },
            );
          }
          const url = new URL(request.url);
          const page = Number(url.searchParams.get('page') ?? '1');
          const headers: Record<string, string> = {
            etag: `"rules-${page}-${JSON.stringify(rules).length}"`,
          };
          if (page < rules.length) {
            url.searchParams.set('page', String(page + 1));
            headers.link = `<${url}>; rel="next", <${url}>; rel="last"`;
          }
          if (request.headers.get('if-none-match') === headers.etag) {
            this.calls.notModified += 1;
            return new HttpResponse(null, { status: 304, headers });
          }
          return HttpResponse.json(rules[page - 1], { headers });
        },
      ),
      http.get(
        `${api}/repos/:owner/:name/codeowners/errors`,
        ({ request, params }) => {
          this.calls.codeowners += 1;
          const repository = this.#find(params.owner, params.name)!;
          const errors = repository.codeowners ?? [];
          if (errors === 'none') {
            return HttpResponse.json({ message: 'Not Found' }, { status: 404 });
          }
          return this.#conditional(
            request,
            { errors },
            `"codeowners-${errors.length}"`,
          );
        },
      ),
      link.query('MaturityRepository', ({ variables }) => {
        this.calls.repositoryQueries += 1;
        const repository = this.#find(variables.owner, variables.name);
        if (!repository) {
          return githubGraphqlAnswer({
            data: { repository: null },
            errors: [
              {
                type: 'NOT_FOUND',
                path: ['repository'],
                message: `Could not resolve to a Repository with the name '${variables.owner}/${variables.name}'.`,
              },
            ],
          });
        }
        return githubGraphqlAnswer(
          this.#repositoryAnswer(
            repository,
            variables.readPullRequests ? Number(variables.pullRequests) : 0,
          ),
        );
      }),
      link.query('MaturityBranches', ({ variables }) => {
        this.calls.branchQueries += 1;
        const repository = this.#find(variables.owner, variables.name)!;
        const compared: Record<string, unknown> = {};
        this.compared = [];
        for (const [key, value] of Object.entries(variables)) {
          if (!/^h\d+$/.test(key)) continue;
          this.compared.push(String(value));
          const branch = repository.branches?.find(b => b.name === value);
          const oldest = branch?.oldestUnmerged ?? branch?.lastCommitDate;
          // GitHub lists compared commits oldest first.
          compared[`b${key.slice(1)}`] = branch
            ? {
                aheadBy: branch.aheadBy,
                atStart: { nodes: branch.aheadBy ? [at(oldest!)] : [] },
                atEnd: {
                  nodes: branch.aheadBy ? [at(branch.lastCommitDate)] : [],
                },
              }
            : null;
        }
        return HttpResponse.json({
          data: { repository: { defaultBranchRef: compared } },
        });
      }),
    ];
  }

  #repositoryAnswer(repository: FakeRepository, pullRequests: number) {
    const branch = repository.defaultBranch ?? 'main';
    const commits = repository.commits ?? [];
    const errors: unknown[] = [];
    let protection = repository.protection ?? null;
    if (protection === 'forbidden') {
      protection = null;
      errors.push({
        type: 'FORBIDDEN',
        path: ['repository', 'defaultBranchRef', 'branchProtectionRule'],
        message: 'Resource not accessible by integration',
      });
    }
    const branches = [
      { name: branch, target: at(commits[0]?.date ?? '2024-01-01T00:00:00Z') },
      ...(repository.branches ?? []).map(b => ({
        name: b.name,
        target: at(b.lastCommitDate),
      })),
    ];
    const docs = repository.docsChanged
      ? { nodes: [{ oid: 'd0c5', committedDate: repository.docsChanged }] }
      : { nodes: [] };
    const data = {
      repository: {
        defaultBranchRef: commits.length
          ? {
              name: branch,
              branchProtectionRule: protection,
              refUpdateRule: repository.refUpdateRule ?? null,
              target: {
                oid: 'c0',
                committedDate: commits[0].date,
                history: {
                  pageInfo: { hasNextPage: false },
                  nodes: commits.map((commit, i) => ({
                    oid: `c${i}`,
                    committedDate: commit.date,
                    message: commit.message,
                  })),
                },
                docsFolder: docs,
                docFolder: { nodes: [] },
                mkdocs: { nodes: [] },
                readme: { nodes: [] },
              },
            }
          : null,
        branches: {
          totalCount: repository.branchesTotal ?? branches.length,
          nodes: branches.slice(0, 100),
        },
        tags: {
          totalCount: repository.tags?.length ?? 0,
          nodes: (repository.tags ?? []).map(tag => ({
            name: tag.name,
            target: tag.annotated
              ? { tagger: { date: tag.date }, target: at(tag.date) }
              : at(tag.date),
          })),
        },
        releases: {
          nodes: (repository.releases ?? []).map(release => ({
            tagName: release.tagName,
            isDraft: release.isDraft ?? false,
            publishedAt: release.publishedAt,
            createdAt: release.publishedAt,
          })),
        },
        // Left out by `@include(if: false)`.
        pullRequests: pullRequests
          ? {
              nodes: (repository.pullRequests ?? [])
                .slice(0, pullRequests)
                .map((approved, i) => ({
                  number: i + 1,
                  reviewDecision: approved ? 'APPROVED' : null,
                  reviews: { totalCount: approved ? 1 : 0 },
                })),
            }
          : undefined,
      },
    };
    return errors.length ? { data, errors } : { data };
  }
}
