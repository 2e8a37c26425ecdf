/**
 * One commit of a checkout's recent history.
 *
 * @public
 */
export interface GitCommitSummary {
  hash: string;
  /** Committer date, ISO 8601. */
  date: string;
  subject: string;
  /** The message's trailers, in order (`Co-authored-by`, `Signed-off-by`, …). */
  trailers: Array<{ key: string; value: string }>;
}

/**
 * A tag of a checkout.
 *
 * @public
 */
export interface GitTagSummary {
  name: string;
  /** Whether the name is a semantic version (`v?MAJOR.MINOR.PATCH`). */
  semver: boolean;
  /** When the tag (or, for a lightweight tag, its commit) was made, ISO 8601. */
  date?: string;
}

/**
 * A local or remote-tracking branch of a checkout.
 *
 * @public
 */
export interface GitBranchSummary {
  /** Short name: `main`, `feature/x` or `origin/feature/x`. */
  name: string;
  remote: boolean;
  /** Committer date of its last commit, ISO 8601. */
  lastCommitDate: string;
  /** Whether it is the trunk (the default branch) or a copy of it. */
  trunk: boolean;
  /**
   * Committer date of its oldest commit that the trunk does not hold: when
   * its work diverged. Absent when everything on it is merged.
   */
  unmergedSince?: string;
  /** How many of its commits the trunk does not hold (at most the bound). */
  unmergedCommits: number;
}

/**
 * A bounded summary of a git checkout's history, as
 * {@link readGitHistory} reads it.
 *
 * @public
 */
export type GitHistory =
  | {
      available: true;
      head: string;
      /** The trunk's short name (`main`), when one could be told. */
      trunk?: string;
      /** The last commits on HEAD, newest first, at most `maxCommits`. */
      commits: GitCommitSummary[];
      /** Whether HEAD has more commits than `commits` holds. */
      commitsTruncated: boolean;
      tags: GitTagSummary[];
      tagsTruncated: boolean;
      branches: GitBranchSummary[];
      /**
       * Whether the unmerged commits of branches were cut at the bound, so
       * `unmergedSince` may be later than the truth.
       */
      branchesTruncated: boolean;
      /**
       * The newest commit on HEAD that changed documentation (`docs/`,
       * `doc/`, Markdown at the root, `mkdocs.yml`), when one was seen.
       */
      lastDocsChange?: { hash: string; date: string };
      /** Whether the clone is shallow: older history is not there. */
      shallow: boolean;
      /**
       * On a shallow clone, the committer date of the oldest commit whose
       * parents are missing: nothing before it could be seen.
       */
      visibleSince?: string;
      /** What could not be seen, in words (empty on a full clone). */
      notSeen: string[];
    }
  | {
      available: false;
      /** Why no history could be read, in words. */
      reason: string;
    };

/**
 * Bounds and programs of {@link readGitHistory}.
 *
 * @public
 */
export interface ReadGitHistoryOptions {
  /** How many commits on HEAD to read. Default 200. */
  maxCommits?: number;
  /** How many tags to read, newest first. Default 500. */
  maxTags?: number;
  /** How many branches to read. Default 500. */
  maxBranches?: number;
  /** How many unmerged branch commits to read in all. Default 2000. */
  maxUnmergedCommits?: number;
  /** Milliseconds one git command may take. Default 10 000. */
  timeoutMs?: number;
  /** Bytes one git command may write. Default 8 MiB. */
  maxBuffer?: number;
  /** The git executable. Default `git` on the PATH. */
  gitBinary?: string;
  /**
   * Read only a repository whose top level is this folder or inside it: a
   * mirror's folder that merely sits inside another repository (a folder of
   * examples) has no history of its own and must not be judged by that
   * repository's.
   */
  topLevelWithin?: string;
}
