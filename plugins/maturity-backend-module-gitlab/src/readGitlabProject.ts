import type {
  ScmFact,
  ScmFacts,
} from '@backstage-maturity/plugin-maturity-common';
import {
  scmFactsFromHistory,
  type GitFactThresholds,
} from '@backstage-maturity/plugin-maturity-node';
import {
  GitlabReadError,
  type GitlabClient,
  type GitlabListAnswer,
} from './GitlabClient';
import type {
  GitlabApprovalRule,
  GitlabBranch,
  GitlabCommit,
  GitlabProject,
  GitlabProtectedBranch,
  GitlabTag,
  GitlabTreeEntry,
} from './gitlabTypes';
import {
  historyFromGitlab,
  type BranchReading,
  type UnmergedCommits,
} from './historyFromGitlab';
import {
  matchesBranch,
  reviewsRequired,
  type DefaultBranchProtection,
  type RecentMergeRequests,
  type ReviewSettings,
} from './reviewsRequired';

/** Pages of 100 branches read at most. */
const MAX_BRANCH_PAGES = 5;
/** Unmerged branches whose divergence is looked up at most. */
const MAX_COMPARED_BRANCHES = 10;
/** Unmerged commits read per branch. */
const UNMERGED_COMMITS_PER_BRANCH = 100;
/** Documentation paths whose last change is looked up at most. */
const MAX_DOCS_PATHS = 8;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The facts of a full read. */
export interface ProjectReading {
  scm: ScmFacts;
  /**
   * Whether the host answered throughout. A part the token may not read is
   * unknown for as long as the token stays the same; a part skipped for a
   * rate limit, the budget or an outage is read again next time.
   */
  complete: boolean;
}

/** Bounds and thresholds of a full read. */
export interface ReadProjectOptions {
  recentMergeRequests: number;
  thresholds: GitFactThresholds;
  now: Date;
}

const RECENT_MERGE_REQUESTS_QUERY = `
query MaturityRecentMergeRequests($fullPath: ID!, $branch: String!, $first: Int!) {
  project(fullPath: $fullPath) {
    mergeRequests(state: merged, targetBranches: [$branch], sort: MERGED_AT_DESC, first: $first) {
      nodes { iid approvedBy { nodes { id } } }
    }
  }
}`;

class ProjectRead {
  readonly #client: GitlabClient;
  readonly #id: string;
  readonly #fullPath: string;
  readonly #branch: string;
  readonly #project: GitlabProject;
  readonly #options: ReadProjectOptions;
  readonly #unknown = new Map<ScmFact, string>();
  /** Set when the host could not be asked: the read is repeated soon. */
  #stoppedBy?: string;

  constructor(
    client: GitlabClient,
    project: GitlabProject & { default_branch: string },
    options: ReadProjectOptions,
  ) {
    this.#client = client;
    this.#fullPath = project.path_with_namespace;
    this.#id = `projects/${encodeURIComponent(project.path_with_namespace)}`;
    this.#branch = project.default_branch;
    this.#project = project;
    this.#options = options;
  }

  async run(): Promise<ProjectReading> {
    const commits = await this.#part(
      ['commit-conventions', 'co-authored-by-trailers'],
      () => this.#commits(),
    );
    const tags = await this.#part(['semver-tags'], () => this.#tags());
    const branches = await this.#part(['short-lived-branches'], () =>
      this.#branches(),
    );
    const docs = await this.#part(['docs-changed-recently'], () =>
      this.#docs(),
    );
    const reviews = await this.#part(['reviews-required'], () =>
      this.#reviews(branches?.readings.map(r => r.branch)),
    );

    const history = historyFromGitlab({
      defaultBranch: this.#branch,
      commits: commits?.items ?? [],
      commitsTruncated: commits?.truncated ?? false,
      tags: tags?.items ?? [],
      tagsTruncated: tags?.truncated ?? false,
      branches: branches?.readings ?? [],
      branchListTruncated: branches?.truncated ?? false,
      lastDocsChange: docs?.lastChange,
    });
    const scm = scmFactsFromHistory(
      history,
      this.#options.now,
      this.#options.thresholds,
    );
    // Documentation paths past the bound may hold a later change.
    if (docs?.truncated && scm['docs-changed-recently']?.value === false) {
      delete scm['docs-changed-recently'];
    }
    if (reviews) scm['reviews-required'] = reviews;
    for (const [fact, reason] of this.#unknown) {
      scm[fact] = { value: 'unknown', detail: reason };
    }
    return { scm, complete: this.#stoppedBy === undefined };
  }

  /** Reads one part; a failure makes its facts unknown. */
  async #part<T>(
    facts: ScmFact[],
    read: () => Promise<T>,
  ): Promise<T | undefined> {
    const skipped = this.#stoppedBy;
    if (skipped) {
      for (const fact of facts) this.#unknown.set(fact, skipped);
      return undefined;
    }
    try {
      return await read();
    } catch (error) {
      if (!(error instanceof GitlabReadError)) throw error;
      if (error.stopsRead) this.#stoppedBy = error.message;
      for (const fact of facts) this.#unknown.set(fact, error.message);
      return undefined;
    }
  }

  async #commits() {
    return this.#listed(
      await this.#client.list<GitlabCommit>(
        `${this.#id}/repository/commits`,
        {
          ref_name: this.#branch,
          per_page: this.#options.thresholds.recentCommits,
          trailers: true,
        },
        1,
      ),
      'repository commits',
    );
  }

  async #tags() {
    return this.#listed(
      await this.#client.list<GitlabTag>(
        `${this.#id}/repository/tags`,
        { order_by: 'updated', sort: 'desc', per_page: 100 },
        1,
      ),
      'repository tags',
    );
  }

  async #branches(): Promise<{
    readings: BranchReading[];
    truncated: boolean;
  }> {
    const { items, truncated } = this.#listed(
      await this.#client.list<GitlabBranch>(
        `${this.#id}/repository/branches`,
        { per_page: 100 },
        MAX_BRANCH_PAGES,
      ),
      'repository branches',
    );
    const unmerged = items.filter(
      b => !b.merged && !b.default && b.name !== this.#branch,
    );
    // Where a branch diverged decides only a pass: with few unmerged
    // branches, each last changed within the lifetime. Older ones are
    // long-lived whenever they diverged.
    const { maxActiveBranches, branchLifetimeDays } = this.#options.thresholds;
    const now = this.#options.now.getTime();
    const toCompare =
      truncated || unmerged.length > maxActiveBranches
        ? []
        : unmerged
            .filter(
              b =>
                now - Date.parse(b.commit.committed_date) <=
                branchLifetimeDays * DAY_MS,
            )
            .sort(
              (a, b) =>
                Date.parse(b.commit.committed_date) -
                Date.parse(a.commit.committed_date),
            )
            .slice(0, MAX_COMPARED_BRANCHES);
    const compared = new Map<string, UnmergedCommits>();
    for (const branch of toCompare) {
      compared.set(branch.name, await this.#unmergedCommits(branch));
    }
    return {
      readings: items.map(branch => ({
        branch,
        unmerged: compared.get(branch.name),
      })),
      truncated,
    };
  }

  /** The branch's commits that the default branch does not hold. */
  async #unmergedCommits(branch: GitlabBranch): Promise<UnmergedCommits> {
    const { items, truncated } = this.#listed(
      await this.#client.list<GitlabCommit>(
        `${this.#id}/repository/commits`,
        {
          ref_name: `${this.#branch}..${branch.name}`,
          per_page: UNMERGED_COMMITS_PER_BRANCH,
        },
        1,
      ),
      `commits of ${branch.name}`,
    );
    const dates = items.map(c => c.committed_date).sort();
    return { count: items.length, oldestDate: dates[0], truncated };
  }

  async #docs(): Promise<{
    lastChange?: { hash: string; date: string };
    truncated: boolean;
  }> {
    const tree = await this.#client.list<GitlabTreeEntry>(
      `${this.#id}/repository/tree`,
      { ref: this.#branch, per_page: 100 },
      1,
    );
    // An empty repository has no tree.
    if (tree.status === 'denied' && tree.code === 404) {
      return { truncated: false };
    }
    const entries = this.#listed(tree, 'repository tree');
    const candidates = entries.items
      .filter(isDocumentation)
      .sort(
        (a, b) => docsRank(a) - docsRank(b) || a.name.localeCompare(b.name),
      );
    let lastChange: { hash: string; date: string } | undefined;
    for (const entry of candidates.slice(0, MAX_DOCS_PATHS)) {
      const { items } = this.#listed(
        await this.#client.list<GitlabCommit>(
          `${this.#id}/repository/commits`,
          { ref_name: this.#branch, path: entry.path, per_page: 1 },
          1,
        ),
        `commits of ${entry.path}`,
      );
      const latest = items[0];
      if (
        latest &&
        (!lastChange ||
          Date.parse(latest.committed_date) > Date.parse(lastChange.date))
      ) {
        lastChange = { hash: latest.id, date: latest.committed_date };
      }
    }
    return {
      lastChange,
      truncated: entries.truncated || candidates.length > MAX_DOCS_PATHS,
    };
  }

  async #reviews(branches: GitlabBranch[] | undefined) {
    const settings: ReviewSettings = {
      defaultBranch: this.#branch,
      protection: await this.#protection(branches),
      approvalRules: await this.#approvalRules(),
      approvalsBeforeMerge: this.#project.approvals_before_merge,
      mergeRequests: await this.#mergeRequests(),
    };
    return reviewsRequired(settings);
  }

  async #protection(
    branches: GitlabBranch[] | undefined,
  ): Promise<DefaultBranchProtection> {
    const settings = await this.#client.list<GitlabProtectedBranch>(
      `${this.#id}/protected_branches`,
      { per_page: 100 },
      1,
    );
    if (settings.status === 'ok') {
      return {
        source: 'protected-branches',
        matching: settings.items.filter(p =>
          matchesBranch(p.name, this.#branch),
        ),
      };
    }
    if (settings.code === 401) throw this.#refusal(401, 'protected branches');
    // Hidden from the token's role: the branch's own flags still tell
    // whether developers can push to it.
    let branch = branches?.find(b => b.name === this.#branch);
    if (!branch) {
      const answer = await this.#client.get<GitlabBranch>(
        `${this.#id}/repository/branches/${encodeURIComponent(this.#branch)}`,
      );
      if (answer.status !== 'ok') {
        throw new GitlabReadError(
          `the token can read neither the protected branch settings nor the branch ${
            this.#branch
          }`,
          false,
        );
      }
      branch = answer.body;
    }
    return {
      source: 'branch',
      protected: branch.protected,
      developersCanPush: branch.developers_can_push,
    };
  }

  async #approvalRules(): Promise<ReviewSettings['approvalRules']> {
    const rules = await this.#client.list<GitlabApprovalRule>(
      `${this.#id}/approval_rules`,
      { per_page: 100 },
      1,
    );
    if (rules.status === 'ok') return { readable: true, rules: rules.items };
    // 403 or 404: the tier has no approval rules, or the role cannot see
    // them. Either way they cannot be told from here.
    if (rules.code === 401) throw this.#refusal(401, 'approval rules');
    return { readable: false };
  }

  async #mergeRequests(): Promise<RecentMergeRequests | undefined> {
    const first = this.#options.recentMergeRequests;
    if (first === 0) return undefined;
    try {
      const data = await this.#client.graphql<{
        project: {
          mergeRequests: {
            nodes: Array<{ approvedBy?: { nodes: unknown[] } | null }>;
          };
        } | null;
      }>(RECENT_MERGE_REQUESTS_QUERY, {
        fullPath: this.#fullPath,
        branch: this.#branch,
        first,
      });
      if (!data.project) {
        throw new GitlabReadError('project not visible to GraphQL', false);
      }
      const nodes = data.project.mergeRequests.nodes;
      return {
        read: true,
        merged: nodes.length,
        approved: nodes.filter(mr => (mr.approvedBy?.nodes.length ?? 0) > 0)
          .length,
      };
    } catch (error) {
      // The approved share only adds to the detail: the fact stands
      // without it.
      if (!(error instanceof GitlabReadError)) throw error;
      if (error.stopsRead) this.#stoppedBy = error.message;
      return { read: false, reason: error.message };
    }
  }

  /** The items of a list, or why the token may not read it. */
  #listed<T>(
    answer: GitlabListAnswer<T>,
    what: string,
  ): { items: T[]; truncated: boolean } {
    if (answer.status === 'ok') return answer;
    throw this.#refusal(answer.code, what);
  }

  /** Why the token may not read something; a rejected token stops the read. */
  #refusal(code: 401 | 403 | 404, what: string): GitlabReadError {
    const host = this.#client.host;
    if (code === 401) {
      return new GitlabReadError(
        `${host} rejected the token (401) reading ${what}`,
        true,
      );
    }
    return new GitlabReadError(
      code === 403
        ? `the token may not read ${what} on ${host} (403)`
        : `${what} not found on ${host} (404)`,
      false,
    );
  }
}

/**
 * Reads a project's history and review settings, and derives its facts.
 * A part that cannot be read makes the facts it feeds unknown, with why;
 * once the host cannot be asked any more, the parts after it are skipped.
 */
export async function readGitlabProject(
  client: GitlabClient,
  project: GitlabProject & { default_branch: string },
  options: ReadProjectOptions,
): Promise<ProjectReading> {
  const read = new ProjectRead(client, project, options);
  return read.run();
}

/** Where documentation lives, as git history looks for it. */
function isDocumentation(entry: GitlabTreeEntry): boolean {
  if (entry.type === 'tree')
    return entry.name === 'docs' || entry.name === 'doc';
  return (
    entry.type === 'blob' &&
    (entry.name === 'mkdocs.yml' ||
      entry.name === 'mkdocs.yaml' ||
      entry.name.endsWith('.md'))
  );
}

const DOCS_ORDER = ['docs', 'doc', 'mkdocs.yml', 'mkdocs.yaml', 'README.md'];

function docsRank(entry: GitlabTreeEntry): number {
  const rank = DOCS_ORDER.indexOf(entry.name);
  return rank === -1 ? DOCS_ORDER.length : rank;
}
