import type { ScmFacts } from '@backstage-maturity/plugin-maturity-common';
import type { GitBranchSummary, GitCommitSummary, GitHistory } from './types';

/**
 * The thresholds {@link scmFactsFromHistory} applies, as the checks' texts
 * promise them.
 *
 * @public
 */
export interface GitFactThresholds {
  /** `docs-as-code`: documentation changed within this many days. */
  docsChangedWithinDays: number;
  /** `trunk-based`: a branch not merged for longer than this is long-lived. */
  branchLifetimeDays: number;
  /** `trunk-based`: at most this many unmerged branches besides the trunk. */
  maxActiveBranches: number;
  /**
   * `co-authored-by`, `commit-conventions`: how many of the newest commits
   * count as recent.
   */
  recentCommits: number;
  /**
   * `commit-conventions`: the share of recent commits (merge and revert
   * commits that git wrote aside) that must follow a convention or
   * reference a work item.
   */
  conventionalShare: number;
}

/**
 * Default thresholds: docs within 180 days (the `docs-as-code` text); for
 * trunk-based development, DORA's three or fewer active branches, each
 * unmerged for at most 3 days; the last 50 commits for trailers.
 *
 * @public
 */
export const DEFAULT_GIT_FACT_THRESHOLDS: GitFactThresholds = {
  docsChangedWithinDays: 180,
  branchLifetimeDays: 3,
  maxActiveBranches: 3,
  recentCommits: 50,
  conventionalShare: 0.8,
};

/** Fewer authored commits than this say nothing about a team's habit. */
const MIN_COMMITS_FOR_CONVENTIONS = 5;

/**
 * A Conventional Commits subject (`feat(api)!: …`, with the types of the
 * Angular convention that commitlint's default configuration knows).
 */
const CONVENTIONAL_SUBJECT =
  /^(?:feat|fix|docs|style|refactor|perf|test|build|ci|chore|revert)(?:\([^()\n]+\))?!?: \S/i;

/**
 * A work item: an issue or pull request number (`#123`, `GH-123`,
 * `owner/repo#123`), or a tracker key such as Jira's `PAY-123`, but not a
 * standard's name that looks like one (`UTF-8`, `SHA-256`, `ISO-8601`).
 */
const WORK_ITEM = new RegExp(
  [
    '(?:^|[\\s([{])(?:[\\w.-]+/[\\w.-]+)?#\\d+\\b',
    '\\bGH-\\d+\\b',
    '\\b(?!(?:UTF|UCS|SHA|MD|ISO|RFC|HTTP|TLS|SSL|ES|ECMA|AES|RSA|IPV|PEP|JSR|CVE|CWE|X)-)[A-Z][A-Z0-9]{1,9}-\\d+\\b',
  ].join('|'),
);

/** Trailers that link a commit to a work item. */
const WORK_ITEM_TRAILERS = new Set([
  'refs',
  'ref',
  'references',
  'closes',
  'fixes',
  'resolves',
  'issue',
  'ticket',
  'jira',
  'work-item',
]);

/** Subjects git writes itself, which say nothing of the team's habit. */
const GENERATED_SUBJECT =
  /^(?:Merge (?:pull request|branch|remote-tracking branch|tag)\b|Revert ")/;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The hosting-provider facts a git checkout's history shows:
 * `short-lived-branches`, `commit-conventions`, `co-authored-by-trailers`,
 * `semver-tags` and `docs-changed-recently`, each with what was seen in plain words. A fact
 * the history cannot tell (a shallow clone, an unknown trunk, a bound
 * reached) is left out rather than reported false; `history.notSeen` says
 * what was missing.
 *
 * @public
 */
export function scmFactsFromHistory(
  history: GitHistory,
  now: Date,
  thresholds: Partial<GitFactThresholds> = {},
): ScmFacts {
  if (!history.available) return {};
  const limits = { ...DEFAULT_GIT_FACT_THRESHOLDS, ...thresholds };
  const facts: ScmFacts = {};
  const branches = shortLivedBranches(history, now, limits);
  if (branches) facts['short-lived-branches'] = branches;
  const conventions = commitConventions(history, limits);
  if (conventions) facts['commit-conventions'] = conventions;
  const trailers = coAuthoredBy(history, limits);
  if (trailers) facts['co-authored-by-trailers'] = trailers;
  const semver = semverTags(history);
  if (semver) facts['semver-tags'] = semver;
  const docs = docsChangedRecently(history, now, limits);
  if (docs) facts['docs-changed-recently'] = docs;
  return facts;
}

type Fact = { value: boolean; detail: string };
type ReadHistory = Extract<GitHistory, { available: true }>;

function shortLivedBranches(
  history: ReadHistory,
  now: Date,
  limits: GitFactThresholds,
): Fact | undefined {
  // Without the trunk, or on a shallow clone, what is merged cannot be told.
  if (!history.trunk || history.shallow) return undefined;
  const trunk = history.trunk;
  // A local branch and its remote-tracking copy are one branch.
  const active = new Map<string, GitBranchSummary>();
  for (const branch of history.branches) {
    if (branch.trunk || !branch.unmergedSince) continue;
    const name = branch.remote
      ? branch.name.split('/').slice(1).join('/')
      : branch.name;
    const known = active.get(name);
    if (
      !known ||
      Date.parse(branch.unmergedSince) < Date.parse(known.unmergedSince!)
    ) {
      active.set(name, { ...branch, name });
    }
  }
  const ages = [...active.values()]
    .map(branch => ({
      name: branch.name,
      days: daysBetween(branch.unmergedSince!, now),
    }))
    .sort((a, b) => b.days - a.days);
  const longLived = ages.filter(
    branch => branch.days > limits.branchLifetimeDays,
  );
  // Ages and counts seen past a bound are lower bounds: they can show a
  // failure, never a pass.
  if (longLived.length > 0) {
    const named = longLived
      .slice(0, 3)
      .map(branch => `${branch.name} (${plural(branch.days, 'day')})`)
      .join(', ');
    const more =
      longLived.length > 3 ? ` and ${longLived.length - 3} more` : '';
    return {
      value: false,
      detail: `${plural(
        longLived.length,
        'branch',
        'branches',
      )} besides ${trunk} unmerged for more than ${plural(
        limits.branchLifetimeDays,
        'day',
      )}: ${named}${more}`,
    };
  }
  if (ages.length > limits.maxActiveBranches) {
    return {
      value: false,
      detail: `${ages.length} unmerged branches besides ${trunk}, more than ${limits.maxActiveBranches}`,
    };
  }
  if (history.branchesTruncated) return undefined;
  return {
    value: true,
    detail:
      `no branch besides ${trunk} unmerged for more than ${plural(
        limits.branchLifetimeDays,
        'day',
      )} ` + `(${plural(ages.length, 'unmerged branch', 'unmerged branches')})`,
  };
}

function coAuthoredBy(
  history: ReadHistory,
  limits: GitFactThresholds,
): Fact | undefined {
  const recent = history.commits.slice(0, limits.recentCommits);
  const credited = recent.filter(commit =>
    commit.trailers.some(
      trailer => trailer.key.toLowerCase() === 'co-authored-by',
    ),
  ).length;
  if (credited > 0) {
    return {
      value: true,
      detail: `${credited} of ${recent.length} recent commits carry Co-authored-by trailers`,
    };
  }
  // A shallow clone showing fewer commits than "recent" may hide the rest.
  if (history.shallow && recent.length < limits.recentCommits) return undefined;
  return {
    value: false,
    detail: `none of the ${plural(
      recent.length,
      'recent commit',
    )} carries a Co-authored-by trailer`,
  };
}

function commitConventions(
  history: ReadHistory,
  limits: GitFactThresholds,
): Fact | undefined {
  const authored = history.commits
    .slice(0, limits.recentCommits)
    .filter(commit => !GENERATED_SUBJECT.test(commit.subject));
  if (authored.length < MIN_COMMITS_FOR_CONVENTIONS) return undefined;
  const following = authored.filter(followsConvention).length;
  const share = following / authored.length;
  const seen = `${following} of ${plural(
    authored.length,
    'recent commit',
  )} follow Conventional Commits or reference a work item`;
  if (share >= limits.conventionalShare) return { value: true, detail: seen };
  // Too few commits on a shallow clone may be an unlucky sample.
  if (history.shallow && authored.length < limits.recentCommits) {
    return undefined;
  }
  return {
    value: false,
    detail: `${seen}, fewer than ${Math.round(
      limits.conventionalShare * 100,
    )}% (e.g. "${authored.find(c => !followsConvention(c))?.subject}")`,
  };
}

function followsConvention(commit: GitCommitSummary): boolean {
  return (
    CONVENTIONAL_SUBJECT.test(commit.subject) ||
    WORK_ITEM.test(commit.subject) ||
    commit.trailers.some(
      trailer =>
        WORK_ITEM_TRAILERS.has(trailer.key.toLowerCase()) &&
        trailer.value.trim() !== '',
    )
  );
}

function semverTags(history: ReadHistory): Fact | undefined {
  const latest = history.tags.find(tag => tag.semver);
  if (latest) {
    return { value: true, detail: `latest semver tag ${latest.name}` };
  }
  // A shallow clone fetches only the tags of the commits it holds.
  if (history.shallow) return undefined;
  if (history.tags.length === 0) {
    return { value: false, detail: 'no tags' };
  }
  return {
    value: false,
    detail: `none of ${plural(
      history.tags.length,
      'tag',
    )} is a semantic version (latest: ${history.tags[0].name})`,
  };
}

function docsChangedRecently(
  history: ReadHistory,
  now: Date,
  limits: GitFactThresholds,
): Fact | undefined {
  const within = limits.docsChangedWithinDays;
  if (history.lastDocsChange) {
    const days = daysBetween(history.lastDocsChange.date, now);
    return days <= within
      ? { value: true, detail: `docs changed ${ago(days)}` }
      : {
          value: false,
          detail: `docs last changed ${ago(days)}, more than ${within} days`,
        };
  }
  if (!history.shallow) {
    return {
      value: false,
      detail:
        'no commit changed docs/, doc/, Markdown at the root or mkdocs.yml',
    };
  }
  // A shallow clone: no change seen since its oldest commit. That settles
  // it only when the oldest commit is itself older than the window.
  if (history.visibleSince) {
    const days = daysBetween(history.visibleSince, now);
    if (days > within) {
      return {
        value: false,
        detail: `docs not changed in the ${days} days this shallow clone shows, more than ${within} days`,
      };
    }
  }
  return undefined;
}

function daysBetween(isoDate: string, now: Date): number {
  return Math.max(
    0,
    Math.floor((now.getTime() - Date.parse(isoDate)) / DAY_MS),
  );
}

function ago(days: number): string {
  return days === 0 ? 'today' : `${plural(days, 'day')} ago`;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
