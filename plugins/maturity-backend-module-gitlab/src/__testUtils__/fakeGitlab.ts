import { http, HttpResponse, type HttpHandler } from 'msw';
import type {
  GitlabApprovalRule,
  GitlabBranch,
  GitlabCommit,
  GitlabProtectedBranch,
  GitlabTag,
  GitlabTreeEntry,
} from '../gitlabTypes';

/** A project as the fake GitLab serves it. */
export interface FakeProject {
  /** `group/project` */
  path: string;
  /** Absent for an empty repository. */
  defaultBranch?: string;
  /** The project's ETag; change it to make the project "modified". */
  etag: string;
  lastActivityAt?: string;
  approvalsBeforeMerge?: number;
  protectedBranches: GitlabProtectedBranch[] | 403 | 404;
  approvalRules: GitlabApprovalRule[] | 403 | 404;
  /** Merged merge requests into the default branch, newest first. */
  mergeRequests: Array<{ iid: number; approvers: number }>;
  /** The default branch's commits, newest first. */
  commits: GitlabCommit[];
  tags: GitlabTag[];
  /** Sorted by name, as GitLab lists them. */
  branches: GitlabBranch[];
  /** A branch's commits that the default branch does not hold. */
  unmerged: Record<string, GitlabCommit[]>;
  /** The root of the default branch. */
  tree: GitlabTreeEntry[];
  /** The commits that changed a path, newest first. */
  pathCommits: Record<string, GitlabCommit[]>;
}

/** A request the fake received, and how it answered. */
export interface RecordedRequest {
  method: string;
  /** After the API base, e.g. `/projects/acme%2Fpayments/repository/tags`. */
  path: string;
  query: URLSearchParams;
  ifNoneMatch: string | null;
  status: number;
  /** GraphQL variables, for POST /api/graphql. */
  variables?: Record<string, unknown>;
}

/** A forced answer for requests whose path matches. */
interface ForcedAnswer {
  path: RegExp;
  status: number;
  headers: Record<string, string>;
}

/**
 * A GitLab instance at the HTTP level, answering REST v4 and GraphQL with
 * the shapes GitLab documents, for msw.
 */
export class FakeGitlab {
  readonly baseUrl: string;
  readonly token: string;
  readonly projects = new Map<string, FakeProject>();
  readonly requests: RecordedRequest[] = [];
  /** Whether lists carry a `Link` header besides `x-next-page`. */
  links = true;
  /** Headers added to every answer, e.g. rate-limit counters. */
  extraHeaders: Record<string, string> = {};
  #forced: ForcedAnswer[] = [];

  constructor(options: { baseUrl?: string; token?: string } = {}) {
    this.baseUrl = options.baseUrl ?? 'https://gitlab.com';
    this.token = options.token ?? 'glpat-test-token';
  }

  get apiBaseUrl(): string {
    return `${this.baseUrl}/api/v4`;
  }

  add(project: FakeProject): FakeProject {
    this.projects.set(project.path, project);
    return project;
  }

  /**
   * Answers requests whose path (after the API base, or `/graphql`) matches
   * with a status and headers, e.g. a rate limit; `path` defaults to all.
   */
  force(status: number, headers: Record<string, string> = {}, path = /.*/) {
    this.#forced.push({ path, status, headers });
  }

  /** Answers normally again. */
  heal() {
    this.#forced = [];
  }

  /** `GET /projects/acme%2Fpayments/repository/tags`-style lines. */
  requestLines(): string[] {
    return this.requests.map(r => {
      const query = r.query.toString();
      return `${r.method} ${r.path}${query ? `?${query}` : ''}`;
    });
  }

  handlers(): HttpHandler[] {
    return [
      http.post(`${this.baseUrl}/api/graphql`, async ({ request }) => {
        const body = (await request.json()) as {
          variables: Record<string, unknown>;
        };
        return this.#answer(request, '/graphql', body.variables, () =>
          this.#graphql(body.variables),
        );
      }),
      http.all(`${this.apiBaseUrl}/*`, async ({ request }) => {
        const url = new URL(request.url);
        const path = url.pathname.slice(
          new URL(this.apiBaseUrl).pathname.length,
        );
        return this.#answer(request, path, undefined, () =>
          this.#rest(request, path, url.searchParams),
        );
      }),
    ];
  }

  #answer(
    request: Request,
    path: string,
    variables: Record<string, unknown> | undefined,
    answer: () => Response,
  ): Response {
    const response = this.#respond(request, path, answer);
    for (const [name, value] of Object.entries(this.extraHeaders)) {
      response.headers.set(name, value);
    }
    this.requests.push({
      method: request.method,
      path,
      query: new URL(request.url).searchParams,
      ifNoneMatch: request.headers.get('if-none-match'),
      status: response.status,
      variables,
    });
    return response;
  }

  #respond(request: Request, path: string, answer: () => Response): Response {
    const forced = this.#forced.find(f => f.path.test(path));
    if (forced) {
      return HttpResponse.json(
        { message: forced.status === 429 ? 'Retry later' : 'Error' },
        { status: forced.status, headers: forced.headers },
      );
    }
    if (request.headers.get('authorization') !== `Bearer ${this.token}`) {
      return HttpResponse.json(
        { message: '401 Unauthorized' },
        { status: 401 },
      );
    }
    return answer();
  }

  #rest(request: Request, path: string, query: URLSearchParams): Response {
    const match = /^\/projects\/([^/]+)(?:\/(.*))?$/.exec(path);
    const project = match && this.projects.get(decodeURIComponent(match[1]));
    if (!match || !project || match[1].includes('/')) {
      return HttpResponse.json(
        { message: '404 Project Not Found' },
        { status: 404 },
      );
    }
    const rest = match[2] ?? '';
    const url = new URL(request.url);
    if (rest === '') return this.#project(request, project);
    if (rest === 'repository/commits') {
      const commits = commitsOf(project, query);
      const withTrailers = query.get('trailers') === 'true';
      return paginate(
        url,
        commits.map(c =>
          withTrailers
            ? c
            : { ...c, trailers: undefined, extended_trailers: undefined },
        ),
        { total: false, links: this.links },
      );
    }
    if (rest === 'repository/tags') return this.#page(url, project.tags);
    if (rest === 'repository/branches')
      return this.#page(url, project.branches);
    if (rest.startsWith('repository/branches/')) {
      const name = decodeURIComponent(
        rest.slice('repository/branches/'.length),
      );
      const branch = project.branches.find(b => b.name === name);
      return branch
        ? HttpResponse.json(branch)
        : HttpResponse.json(
            { message: '404 Branch Not Found' },
            { status: 404 },
          );
    }
    if (rest === 'repository/tree') return this.#page(url, project.tree);
    if (rest === 'protected_branches') {
      return this.#listOrStatus(url, project.protectedBranches);
    }
    if (rest === 'approval_rules') {
      return this.#listOrStatus(url, project.approvalRules);
    }
    return HttpResponse.json({ message: '404 Not Found' }, { status: 404 });
  }

  #page<T>(url: URL, items: T[]): Response {
    return paginate(url, items, { links: this.links });
  }

  #listOrStatus<T>(url: URL, list: T[] | 403 | 404): Response {
    if (list === 403) {
      return HttpResponse.json({ message: '403 Forbidden' }, { status: 403 });
    }
    if (list === 404) {
      return HttpResponse.json({ message: '404 Not Found' }, { status: 404 });
    }
    return this.#page(url, list);
  }

  #project(request: Request, project: FakeProject): Response {
    if (request.headers.get('if-none-match') === project.etag) {
      return new HttpResponse(null, {
        status: 304,
        headers: { ETag: project.etag },
      });
    }
    return HttpResponse.json(
      {
        id: 4242,
        name: project.path.split('/').pop(),
        path: project.path.split('/').pop(),
        path_with_namespace: project.path,
        default_branch: project.defaultBranch ?? null,
        visibility: 'private',
        web_url: `${this.baseUrl}/${project.path}`,
        last_activity_at: project.lastActivityAt ?? '2024-05-09T08:00:00.000Z',
        empty_repo: !project.defaultBranch,
        archived: false,
        ...(project.approvalsBeforeMerge !== undefined
          ? { approvals_before_merge: project.approvalsBeforeMerge }
          : {}),
      },
      { headers: { ETag: project.etag } },
    );
  }

  #graphql(variables: Record<string, unknown>): Response {
    const project = this.projects.get(String(variables.fullPath));
    if (!project) return HttpResponse.json({ data: { project: null } });
    const nodes = project.mergeRequests
      .slice(0, Number(variables.first))
      .map(mr => ({
        iid: String(mr.iid),
        approvedBy: {
          nodes: Array.from({ length: mr.approvers }, (_, i) => ({
            id: `gid://gitlab/User/${i + 1}`,
          })),
        },
      }));
    return HttpResponse.json({
      data: { project: { mergeRequests: { nodes } } },
    });
  }
}

/** The commits of a ref, a range (`main..feature`) or a path. */
function commitsOf(
  project: FakeProject,
  query: URLSearchParams,
): GitlabCommit[] {
  const ref = query.get('ref_name') ?? project.defaultBranch ?? '';
  const range = /^(.+)\.\.(.+)$/.exec(ref);
  if (range) return project.unmerged[range[2]] ?? [];
  const path = query.get('path');
  if (path) return project.pathCommits[path] ?? [];
  return project.commits;
}

/** GitLab's offset pagination: `page`, `per_page`, `x-*` and `Link` headers. */
function paginate<T>(
  url: URL,
  items: T[],
  options: { total?: boolean; links: boolean },
): Response {
  const perPage = Number(url.searchParams.get('per_page') ?? 20);
  const page = Number(url.searchParams.get('page') ?? 1);
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const pages = Math.max(1, Math.ceil(items.length / perPage));
  const headers: Record<string, string> = {
    'x-page': String(page),
    'x-per-page': String(perPage),
    'x-next-page': page < pages ? String(page + 1) : '',
    'x-prev-page': page > 1 ? String(page - 1) : '',
  };
  // The commits API leaves totals out, for performance.
  if (options.total !== false) {
    headers['x-total'] = String(items.length);
    headers['x-total-pages'] = String(pages);
  }
  if (options.links && page < pages) {
    const next = new URL(url);
    next.searchParams.set('page', String(page + 1));
    headers.link = `<${next}>; rel="next"`;
  }
  return HttpResponse.json(slice, { headers });
}
