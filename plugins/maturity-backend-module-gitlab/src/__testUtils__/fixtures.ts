import type { Entity } from '@backstage/catalog-model';
import type {
  GitlabApprovalRule,
  GitlabBranch,
  GitlabCommit,
  GitlabProtectedBranch,
  GitlabTag,
  GitlabTreeEntry,
} from '../gitlabTypes';
import type { FakeProject } from './fakeGitlab';

/** The tests' clock: a Friday noon, UTC. */
export const NOW = new Date('2024-05-10T12:00:00Z');

export function daysAgo(days: number, from: Date = NOW): string {
  return new Date(from.getTime() - days * 24 * 60 * 60 * 1000).toISOString();
}

let nextSha = 1;

/** A commit as `GET /repository/commits?trailers=true` lists it. */
export function commit(
  message: string,
  committedDate: string,
  trailers: Record<string, string> = {},
): GitlabCommit & Record<string, unknown> {
  const id = (nextSha++).toString(16).padStart(40, 'a');
  return {
    id,
    short_id: id.slice(0, 8),
    created_at: committedDate,
    parent_ids: [],
    title: message.split('\n')[0],
    message,
    author_name: 'Ada Lovelace',
    author_email: 'ada@example.com',
    authored_date: committedDate,
    committer_name: 'Ada Lovelace',
    committer_email: 'ada@example.com',
    committed_date: committedDate,
    trailers,
    extended_trailers: Object.fromEntries(
      Object.entries(trailers).map(([key, value]) => [key, [value]]),
    ),
    web_url: `https://gitlab.com/acme/x/-/commit/${id}`,
  };
}

/** A branch as `GET /repository/branches` lists it. */
export function branch(
  name: string,
  lastCommitDate: string,
  options: Partial<
    Pick<
      GitlabBranch,
      'merged' | 'protected' | 'default' | 'developers_can_push'
    >
  > = {},
): GitlabBranch & Record<string, unknown> {
  return {
    name,
    merged: options.merged ?? false,
    protected: options.protected ?? false,
    default: options.default ?? false,
    developers_can_push: options.developers_can_push ?? false,
    developers_can_merge: false,
    can_push: true,
    web_url: `https://gitlab.com/acme/x/-/tree/${name}`,
    commit: commit(`tip of ${name}`, lastCommitDate),
  };
}

/** A tag as `GET /repository/tags` lists it. */
export function tag(
  name: string,
  date: string,
  annotated = true,
): GitlabTag & Record<string, unknown> {
  return {
    name,
    message: annotated ? `Release ${name}` : '',
    target: 'f0e1d2',
    protected: false,
    release: null,
    created_at: annotated ? date : null,
    commit: commit(`release ${name}`, date),
  };
}

/** An entry of `GET /repository/tree` at the root. */
export function treeEntry(
  name: string,
  type: 'tree' | 'blob',
): GitlabTreeEntry & Record<string, unknown> {
  return {
    id: `${type}-${name}`,
    name,
    type,
    path: name,
    mode: type === 'tree' ? '040000' : '100644',
  };
}

const ACCESS_DESCRIPTIONS: Record<number, string> = {
  0: 'No one',
  30: 'Developers + Maintainers',
  40: 'Maintainers',
};

/** A protected branch setting, `push`/`merge` as access levels. */
export function protectedBranch(
  name: string,
  options: { push?: number; merge?: number; codeOwners?: boolean } = {},
): GitlabProtectedBranch & Record<string, unknown> {
  const level = (access: number) => ({
    id: access,
    access_level: access,
    access_level_description: ACCESS_DESCRIPTIONS[access] ?? 'Maintainers',
    user_id: null,
    group_id: null,
  });
  return {
    id: 1,
    name,
    push_access_levels: [level(options.push ?? 40)],
    merge_access_levels: [level(options.merge ?? 30)],
    allow_force_push: false,
    unprotect_access_levels: [],
    code_owner_approval_required: options.codeOwners ?? false,
  };
}

/** A project-level approval rule. */
export function approvalRule(
  name: string,
  approvalsRequired: number,
  options: Partial<GitlabApprovalRule> = {},
): GitlabApprovalRule & Record<string, unknown> {
  return {
    id: 7,
    name,
    rule_type: 'regular',
    eligible_approvers: [],
    approvals_required: approvalsRequired,
    users: [],
    groups: [],
    contains_hidden_groups: false,
    protected_branches: [],
    applies_to_all_protected_branches: false,
    ...options,
  };
}

/**
 * A project that passes everything: approvals required on `main`,
 * Conventional Commits with co-author trailers, semver tags, one young
 * branch, documentation changed 10 days ago.
 */
export function wellKeptProject(path = 'acme/payments'): FakeProject {
  return {
    path,
    defaultBranch: 'main',
    etag: 'W/"3f1c2a-payments-v1"',
    protectedBranches: [protectedBranch('main')],
    approvalRules: [
      approvalRule('All members', 1, { rule_type: 'any_approver' }),
    ],
    mergeRequests: [
      { iid: 12, approvers: 1 },
      { iid: 11, approvers: 2 },
    ],
    commits: [
      commit("Merge branch 'feat/refunds' into 'main'", daysAgo(1)),
      commit(
        'feat(refunds): partial refunds\n\nCo-authored-by: Grace Hopper <grace@example.com>\n',
        daysAgo(1),
        { 'Co-authored-by': 'Grace Hopper <grace@example.com>' },
      ),
      commit('fix: round amounts half-even', daysAgo(2)),
      commit(
        'docs: document the refund states\n\nRefs: PAY-118\nCo-authored-by: Alan Turing <alan@example.com>\n',
        daysAgo(3),
        {
          Refs: 'PAY-118',
          'Co-authored-by': 'Alan Turing <alan@example.com>',
        },
      ),
      commit('chore(deps): bump express', daysAgo(4)),
      commit('test: cover currency rounding', daysAgo(5)),
    ],
    tags: [tag('v1.4.0', daysAgo(2)), tag('v1.3.2', daysAgo(20))],
    branches: [
      branch('feat/webhooks', daysAgo(1)),
      branch('fix/typo', daysAgo(60), { merged: true }),
      branch('main', daysAgo(1), { default: true, protected: true }),
    ],
    unmerged: {
      'feat/webhooks': [
        commit('feat: webhook retries', daysAgo(1)),
        commit('feat: webhook signatures', daysAgo(2)),
      ],
    },
    tree: [
      treeEntry('docs', 'tree'),
      treeEntry('src', 'tree'),
      treeEntry('README.md', 'blob'),
      treeEntry('package.json', 'blob'),
    ],
    pathCommits: {
      docs: [commit('docs: refund states', daysAgo(10))],
      'README.md': [commit('docs: badges', daysAgo(30))],
    },
  };
}

/**
 * A project that fails everything: no approval required, free-form
 * commits, no semver tag, a branch unmerged for 40 days, documentation
 * last changed 400 days ago.
 */
export function neglectedProject(path = 'acme/legacy'): FakeProject {
  return {
    path,
    defaultBranch: 'main',
    etag: 'W/"9a8b7c-legacy-v1"',
    protectedBranches: [protectedBranch('main')],
    approvalRules: [],
    mergeRequests: [
      { iid: 3, approvers: 0 },
      { iid: 2, approvers: 0 },
    ],
    commits: [
      commit('fixed stuff', daysAgo(1)),
      commit('wip', daysAgo(2)),
      commit('update', daysAgo(3)),
      commit('more changes', daysAgo(4)),
      commit('final fix', daysAgo(5)),
      commit('typo', daysAgo(6)),
    ],
    tags: [tag('release-2023', daysAgo(100)), tag('prod', daysAgo(200), false)],
    branches: [
      branch('feature/rewrite', daysAgo(40)),
      branch('main', daysAgo(1), { default: true, protected: true }),
    ],
    unmerged: {
      'feature/rewrite': [commit('rewrite everything', daysAgo(40))],
    },
    tree: [treeEntry('README.md', 'blob')],
    pathCommits: { 'README.md': [commit('add readme', daysAgo(400))] },
  };
}

/** A component whose source location is the given repository URL. */
export function component(name: string, repositoryUrl: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: 'default',
      annotations: { 'backstage.io/source-location': `url:${repositoryUrl}` },
    },
    spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
  };
}
