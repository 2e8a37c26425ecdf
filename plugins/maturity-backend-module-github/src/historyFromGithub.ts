import {
  isSemverTag,
  parseTrailers,
  type GitBranchSummary,
  type GitHistory,
  type GitTagSummary,
} from '@backstage-maturity/plugin-maturity-node';
import {
  DOCS_PATHS,
  MAX_COMPARED_COMMITS,
  type ComparisonData,
  type RepositoryData,
} from './queries';

/**
 * What GitHub's GraphQL API showed of a repository, as the git history the
 * engine's facts are computed from, so that a verdict is the same whether
 * a checkout or GitHub supplied it. `comparisons` holds each branch's
 * comparison with the default branch (null when GitHub could not compare);
 * a branch without one makes the branches incomplete.
 */
export function historyFromGithub(
  repository: RepositoryData,
  comparisons: ReadonlyMap<string, ComparisonData | null>,
): GitHistory {
  const trunk = repository.defaultBranchRef;
  const head = trunk?.target;
  if (!trunk || !head?.oid || !head.history) {
    return { available: false, reason: 'the repository has no commits' };
  }

  const commits = present(head.history.nodes).map(commit => ({
    hash: commit.oid,
    date: commit.committedDate,
    subject: commit.message.split('\n', 1)[0].trim(),
    trailers: parseTrailers(commit.message),
  }));

  const notSeen: string[] = [];
  const branches: GitBranchSummary[] = [
    {
      name: trunk.name,
      remote: false,
      lastCommitDate: head.committedDate ?? commits[0]?.date ?? '',
      trunk: true,
      unmergedCommits: 0,
    },
  ];
  let branchesTruncated = false;
  const branchNodes = present(repository.branches?.nodes);
  if ((repository.branches?.totalCount ?? 0) > branchNodes.length) {
    branchesTruncated = true;
    notSeen.push(
      `branches beyond the first ${branchNodes.length} of ${repository.branches?.totalCount}`,
    );
  }
  for (const node of branchNodes) {
    if (node.name === trunk.name) continue;
    const comparison = comparisons.get(node.name);
    if (!comparison) {
      branchesTruncated = true;
      notSeen.push(`the unmerged commits of ${node.name}`);
    } else if (comparison.aheadBy > MAX_COMPARED_COMMITS) {
      branchesTruncated = true;
    }
    const ends = [
      ...present(comparison?.atStart?.nodes),
      ...present(comparison?.atEnd?.nodes),
    ].map(commit => commit.committedDate);
    branches.push({
      name: node.name,
      remote: false,
      lastCommitDate: node.target?.committedDate ?? '',
      trunk: false,
      unmergedSince:
        comparison && comparison.aheadBy > 0 ? oldest(ends) : undefined,
      unmergedCommits: comparison?.aheadBy ?? 0,
    });
  }

  const { tags, tagsTruncated } = tagsOf(repository);
  const docsChanges = Object.keys(DOCS_PATHS)
    .flatMap(alias => present(head[alias as keyof typeof DOCS_PATHS]?.nodes))
    .sort((a, b) => Date.parse(b.committedDate) - Date.parse(a.committedDate));

  return {
    available: true,
    head: head.oid,
    trunk: trunk.name,
    commits,
    commitsTruncated: head.history.pageInfo.hasNextPage,
    tags,
    tagsTruncated,
    branches,
    branchesTruncated,
    lastDocsChange: docsChanges[0]
      ? { hash: docsChanges[0].oid, date: docsChanges[0].committedDate }
      : undefined,
    shallow: false,
    notSeen,
  };
}

/**
 * Tags newest first, with the tags of recent releases that the first page
 * of tags did not hold. An annotated tag is dated by its tagger, a
 * lightweight one by its commit.
 */
function tagsOf(repository: RepositoryData): {
  tags: GitTagSummary[];
  tagsTruncated: boolean;
} {
  const nodes = present(repository.tags?.nodes);
  const tags: GitTagSummary[] = nodes.map(node => ({
    name: node.name,
    semver: isSemverTag(node.name),
    date:
      node.target?.tagger?.date ??
      node.target?.committedDate ??
      node.target?.target?.committedDate ??
      undefined,
  }));
  const names = new Set(tags.map(tag => tag.name));
  for (const release of present(repository.releases?.nodes)) {
    if (release.isDraft || names.has(release.tagName)) continue;
    names.add(release.tagName);
    tags.push({
      name: release.tagName,
      semver: isSemverTag(release.tagName),
      date: release.publishedAt ?? release.createdAt,
    });
  }
  // Newest first; a tag without a date last.
  const time = (tag: GitTagSummary) => (tag.date ? Date.parse(tag.date) : 0);
  tags.sort((a, b) => time(b) - time(a));
  return {
    tags,
    tagsTruncated: (repository.tags?.totalCount ?? 0) > nodes.length,
  };
}

function oldest(dates: string[]): string | undefined {
  return dates.sort((a, b) => Date.parse(a) - Date.parse(b))[0];
}

function present<T>(
  items: Array<T | null | undefined> | null | undefined,
): T[] {
  return (items ?? []).filter(
    (item): item is T => item !== null && item !== undefined,
  );
}
