import {
  isSemverTag,
  parseTrailers,
  type GitBranchSummary,
  type GitCommitSummary,
  type GitHistory,
  type GitTagSummary,
} from '@backstage-maturity/plugin-maturity-node';
import type { GitlabBranch, GitlabCommit, GitlabTag } from './gitlabTypes';

/** The commits of a branch that the default branch does not hold. */
export interface UnmergedCommits {
  /** How many were seen (at most the bound). */
  count: number;
  /** Committer date of the oldest one seen. */
  oldestDate?: string;
  /** Whether there were more than the bound. */
  truncated: boolean;
}

/** A branch as read, with its unmerged commits when they were compared. */
export interface BranchReading {
  branch: GitlabBranch;
  unmerged?: UnmergedCommits;
}

/** What the GitLab API showed of a project's history. */
export interface GitlabHistoryInput {
  defaultBranch: string;
  /** The last commits on the default branch, newest first. */
  commits: GitlabCommit[];
  commitsTruncated: boolean;
  /** Newest first. */
  tags: GitlabTag[];
  tagsTruncated: boolean;
  branches: BranchReading[];
  /** Whether the branch list was cut at its bound. */
  branchListTruncated: boolean;
  lastDocsChange?: { hash: string; date: string };
}

/** A commit of the API as git history shows it. */
export function commitSummary(commit: GitlabCommit): GitCommitSummary {
  const trailers = parseTrailers(commit.message ?? '');
  const seen = new Set(trailers.map(keyOf));
  // GitLab's own trailer parsing, when asked for, may know more.
  const reported: Array<{ key: string; value: string }> =
    commit.extended_trailers
      ? Object.entries(commit.extended_trailers).flatMap(([key, values]) =>
          values.map(value => ({ key, value })),
        )
      : Object.entries(commit.trailers ?? {}).map(([key, value]) => ({
          key,
          value,
        }));
  for (const trailer of reported) {
    if (!seen.has(keyOf(trailer))) {
      seen.add(keyOf(trailer));
      trailers.push(trailer);
    }
  }
  return {
    hash: commit.id,
    date: commit.committed_date,
    subject: commit.title,
    trailers,
  };
}

function keyOf(trailer: { key: string; value: string }): string {
  return `${trailer.key.toLowerCase()}\n${trailer.value.trim()}`;
}

/** A tag of the API: dated by its annotation, else by its commit. */
export function tagSummary(tag: GitlabTag): GitTagSummary {
  return {
    name: tag.name,
    semver: isSemverTag(tag.name),
    date: tag.created_at ?? tag.commit?.committed_date ?? undefined,
  };
}

/**
 * A branch of the API. An unmerged branch whose unmerged commits were not
 * compared is dated by its last commit: a lower bound of its age.
 */
export function branchSummary(
  reading: BranchReading,
  defaultBranch: string,
): GitBranchSummary {
  const { branch, unmerged } = reading;
  const trunk = branch.default || branch.name === defaultBranch;
  const summary: GitBranchSummary = {
    name: branch.name,
    remote: false,
    lastCommitDate: branch.commit.committed_date,
    trunk,
    unmergedCommits: 0,
  };
  if (trunk || branch.merged) return summary;
  if (!unmerged) {
    return {
      ...summary,
      unmergedSince: branch.commit.committed_date,
      unmergedCommits: 1,
    };
  }
  return unmerged.count > 0 && unmerged.oldestDate
    ? {
        ...summary,
        unmergedSince: unmerged.oldestDate,
        unmergedCommits: unmerged.count,
      }
    : summary;
}

/**
 * The project's history as `scmFactsFromHistory` reads a checkout's, so that
 * a verdict is the same whichever of the two supplied it.
 */
export function historyFromGitlab(input: GitlabHistoryInput): GitHistory {
  const branches = input.branches.map(reading =>
    branchSummary(reading, input.defaultBranch),
  );
  // An age that is only a lower bound can show a failure, never a pass.
  const agesBounded = input.branches.some(
    ({ branch, unmerged }) =>
      !branch.merged &&
      !branch.default &&
      branch.name !== input.defaultBranch &&
      (!unmerged || unmerged.truncated),
  );
  const head =
    input.commits[0]?.id ??
    input.branches.find(b => b.branch.name === input.defaultBranch)?.branch
      .commit.id ??
    '';
  return {
    available: true,
    head,
    trunk: input.defaultBranch,
    commits: input.commits.map(commitSummary),
    commitsTruncated: input.commitsTruncated,
    tags: input.tags.map(tagSummary),
    tagsTruncated: input.tagsTruncated,
    branches,
    branchesTruncated: input.branchListTruncated || agesBounded,
    lastDocsChange: input.lastDocsChange,
    shallow: false,
    notSeen: [],
  };
}
