/**
 * The GraphQL queries of a full read and the shapes of their answers, as
 * GitHub's GraphQL schema documents them.
 */

/** Commits read on the default branch: as many as the facts count as recent. */
export const RECENT_COMMITS = 50;
/** Branches and tags read, at most: one page of refs. */
export const MAX_REFS = 100;
/** Releases read, newest first, for tags beyond the first page. */
export const RECENT_RELEASES = 10;
/**
 * GitHub compares at most this many commits; a branch further ahead may
 * have older unmerged commits than the comparison shows.
 */
export const MAX_COMPARED_COMMITS = 250;

/** Paths whose history tells when documentation last changed. */
export const DOCS_PATHS = {
  docsFolder: 'docs',
  docFolder: 'doc',
  mkdocs: 'mkdocs.yml',
  readme: 'README.md',
} as const;

const docsHistories = Object.entries(DOCS_PATHS)
  .map(
    ([alias, path]) =>
      `${alias}: history(first: 1, path: ${JSON.stringify(
        path,
      )}) { nodes { oid committedDate } }`,
  )
  .join('\n          ');

/**
 * Everything but the branches' unmerged commits, in one request: the
 * default branch's protection, recent commits and documentation changes,
 * branches, tags, releases and the reviews of recent merged pull requests.
 */
export const REPOSITORY_QUERY = `
query MaturityRepository($owner: String!, $name: String!, $branch: String!, $pullRequests: Int!, $readPullRequests: Boolean!) {
  repository(owner: $owner, name: $name) {
    defaultBranchRef {
      name
      branchProtectionRule {
        pattern
        requiresApprovingReviews
        requiredApprovingReviewCount
        requiresStatusChecks
        requiredStatusCheckContexts
      }
      refUpdateRule {
        pattern
        requiredApprovingReviewCount
        requiredStatusCheckContexts
      }
      target {
        ... on Commit {
          oid
          committedDate
          history(first: ${RECENT_COMMITS}) {
            pageInfo { hasNextPage }
            nodes { oid committedDate message }
          }
          ${docsHistories}
        }
      }
    }
    branches: refs(refPrefix: "refs/heads/", first: ${MAX_REFS}) {
      totalCount
      nodes { name target { ... on Commit { committedDate } } }
    }
    tags: refs(refPrefix: "refs/tags/", first: ${MAX_REFS}, orderBy: { field: TAG_COMMIT_DATE, direction: DESC }) {
      totalCount
      nodes {
        name
        target {
          ... on Commit { committedDate }
          ... on Tag { tagger { date } target { ... on Commit { committedDate } } }
        }
      }
    }
    releases(first: ${RECENT_RELEASES}, orderBy: { field: CREATED_AT, direction: DESC }) {
      nodes { tagName isDraft publishedAt createdAt }
    }
    pullRequests(states: MERGED, baseRefName: $branch, first: $pullRequests, orderBy: { field: UPDATED_AT, direction: DESC }) @include(if: $readPullRequests) {
      nodes {
        number
        reviewDecision
        reviews(states: APPROVED, first: 1) { totalCount }
      }
    }
  }
}`;

/**
 * The unmerged commits of each branch: `Ref.compare(headRef:)` on the
 * default branch, with the branch as the head, counts the commits the
 * default branch does not hold (`aheadBy`). The oldest of them is either
 * end of the list, whichever order GitHub returns it in, so both ends are
 * read and the older date is taken.
 */
export function branchesQuery(count: number): string {
  const variables = Array.from(
    { length: count },
    (_, i) => `$h${i}: String!`,
  ).join(', ');
  const comparisons = Array.from(
    { length: count },
    (_, i) =>
      `b${i}: compare(headRef: $h${i}) { aheadBy atStart: commits(first: 1) { nodes { committedDate } } atEnd: commits(last: 1) { nodes { committedDate } } }`,
  ).join('\n      ');
  return `
query MaturityBranches($owner: String!, $name: String!, ${variables}) {
  repository(owner: $owner, name: $name) {
    defaultBranchRef {
      ${comparisons}
    }
  }
}`;
}

type Nodes<T> = { nodes?: Array<T | null> | null } | null;

/** A protection rule as `branchProtectionRule` or `refUpdateRule` answers it. */
export interface ProtectionRuleData {
  pattern?: string;
  requiresApprovingReviews?: boolean;
  requiredApprovingReviewCount?: number | null;
  requiresStatusChecks?: boolean;
  requiredStatusCheckContexts?: Array<string | null> | null;
}

type CommitDate = { committedDate?: string } | null;

/** The answer's `data.repository` of {@link REPOSITORY_QUERY}. */
export interface RepositoryData {
  defaultBranchRef: {
    name: string;
    branchProtectionRule: ProtectionRuleData | null;
    refUpdateRule: ProtectionRuleData | null;
    target: {
      oid?: string;
      committedDate?: string;
      history?: {
        pageInfo: { hasNextPage: boolean };
        nodes: Array<{
          oid: string;
          committedDate: string;
          message: string;
        } | null>;
      };
    } & Partial<
      Record<
        keyof typeof DOCS_PATHS,
        Nodes<{ oid: string; committedDate: string }>
      >
    >;
  } | null;
  branches: {
    totalCount: number;
    nodes: Array<{ name: string; target: CommitDate } | null>;
  } | null;
  tags: {
    totalCount: number;
    nodes: Array<{
      name: string;
      target:
        | (CommitDate & {
            tagger?: { date?: string | null } | null;
            target?: CommitDate;
          })
        | null;
    } | null>;
  } | null;
  releases: Nodes<{
    tagName: string;
    isDraft: boolean;
    publishedAt: string | null;
    createdAt: string;
  }>;
  /** Absent when not asked for (`recentPullRequests: 0`). */
  pullRequests?: Nodes<{
    number: number;
    reviewDecision: string | null;
    reviews: { totalCount: number } | null;
  }>;
}

/** One branch's comparison in {@link branchesQuery}. */
export interface ComparisonData {
  aheadBy: number;
  atStart: Nodes<{ committedDate: string }>;
  atEnd: Nodes<{ committedDate: string }>;
}
