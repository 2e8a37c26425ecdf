import { promises as fs } from 'node:fs';
import path from 'node:path';
import { GitUnavailableError, runGit, type GitRunLimits } from './runGit';
import { isSemverTag } from './semverTag';
import { outsideOf } from './topLevel';
import type {
  GitBranchSummary,
  GitCommitSummary,
  GitHistory,
  GitTagSummary,
  ReadGitHistoryOptions,
} from './types';

const DEFAULTS = {
  maxCommits: 200,
  maxTags: 500,
  maxBranches: 500,
  maxUnmergedCommits: 2000,
  timeoutMs: 10_000,
  maxBuffer: 8 * 1024 * 1024,
};

// Field and record separators of git's --format output.
const FIELD = '%x1f';
const RECORD = '%x1e';
// for-each-ref writes a byte from its hex code without the `x`.
const REF_FIELD = '%1f';

// Where documentation lives: docs/ and doc/, Markdown at the root
// (`:(glob)*.md` does not descend into folders), the MkDocs configuration.
const DOCS_PATHSPECS = [
  'docs/',
  'doc/',
  ':(glob)*.md',
  'mkdocs.yml',
  'mkdocs.yaml',
];

// Branch names taken for the trunk when the remote does not name its HEAD.
const TRUNK_NAMES = ['main', 'master', 'trunk'];

/**
 * Reads a bounded summary of the git checkout (or mirror) at `directory`:
 * recent commits with their trailers, tags, branches with their ages, the
 * last change to documentation, and whether the clone is shallow. Runs only
 * read-only git commands, without a shell, hooks or programs named by the
 * repository's configuration. Never throws: a directory that is not a
 * repository, or git missing, gives `available: false` with the reason.
 *
 * @public
 */
export async function readGitHistory(
  directory: string,
  options: ReadGitHistoryOptions = {},
): Promise<GitHistory> {
  const bounds = { ...DEFAULTS, ...definedOnly(options) };
  const limits: GitRunLimits = {
    gitBinary: options.gitBinary,
    timeoutMs: bounds.timeoutMs,
    maxBuffer: bounds.maxBuffer,
  };
  const git = (args: string[]) => runGit(directory, args, limits);
  try {
    const stat = await fs.stat(directory).catch(() => undefined);
    if (!stat?.isDirectory()) {
      return { available: false, reason: `${directory} is not a directory` };
    }
    const [topLevel, shallowLine, head] = lines(
      await git([
        'rev-parse',
        '--show-toplevel',
        '--is-shallow-repository',
        'HEAD',
      ]).catch((error: Error) => {
        throw /unknown revision|ambiguous argument 'HEAD'/i.test(error.message)
          ? new GitUnavailableError('the repository has no commits yet')
          : error;
      }),
    );
    const shallow = shallowLine === 'true';
    if (options.topLevelWithin !== undefined) {
      const outside = await outsideOf(topLevel, options.topLevelWithin);
      if (outside) return { available: false, reason: outside };
    }

    const [commits, tags, refs, currentBranch] = await Promise.all([
      readCommits(git, bounds.maxCommits),
      readTags(git, bounds.maxTags),
      readBranchRefs(git, bounds.maxBranches),
      git(['symbolic-ref', '-q', '--short', 'HEAD']).then(
        out => out.trim() || undefined,
        () => undefined, // a detached HEAD
      ),
    ]);
    const trunk = chooseTrunk(refs, currentBranch);
    const unmerged = await readUnmerged(
      git,
      refs.branches,
      trunk,
      bounds.maxUnmergedCommits,
    );
    const boundary = shallow ? await readShallowBoundary(git, directory) : [];
    const boundaryHashes = new Set(boundary.map(commit => commit.hash));
    const visibleSince = boundary
      .map(commit => commit.date)
      .sort(byDate)
      .at(0);

    let lastDocsChange = await readLastDocsChange(git);
    // A commit whose parents are missing seems to add every file it holds.
    if (lastDocsChange && boundaryHashes.has(lastDocsChange.hash)) {
      lastDocsChange = undefined;
    }

    const branches: GitBranchSummary[] = refs.branches.map(branch => ({
      name: branch.name,
      remote: branch.remote,
      lastCommitDate: branch.lastCommitDate,
      trunk: isTrunk(branch, trunk),
      unmergedSince: unmerged.since.get(branch.ref),
      unmergedCommits: unmerged.counts.get(branch.ref) ?? 0,
    }));

    const notSeen: string[] = [];
    if (shallow) {
      notSeen.push(
        `history before ${
          visibleSince ?? 'the newest commits'
        } (shallow clone): ` +
          'branch ages, older commits, tags and documentation changes',
      );
    }
    if (!trunk && refs.branches.length > 0) {
      notSeen.push('the trunk (no origin/HEAD, main, master or trunk branch)');
    }
    if (unmerged.truncated) {
      notSeen.push(
        `where branches start beyond ${bounds.maxUnmergedCommits} unmerged commits`,
      );
    }
    if (refs.truncated) {
      notSeen.push(`branches beyond the ${bounds.maxBranches} most recent`);
    }

    return {
      available: true,
      head,
      trunk,
      commits: commits.slice(0, bounds.maxCommits),
      commitsTruncated: commits.length > bounds.maxCommits,
      tags: tags.slice(0, bounds.maxTags),
      tagsTruncated: tags.length > bounds.maxTags,
      branches,
      branchesTruncated: unmerged.truncated || refs.truncated,
      lastDocsChange,
      shallow,
      visibleSince,
      notSeen,
    };
  } catch (error) {
    if (error instanceof GitUnavailableError) {
      return { available: false, reason: error.message };
    }
    return { available: false, reason: `git failed: ${String(error)}` };
  }
}

type Git = (args: string[]) => Promise<string>;

interface BranchRef {
  ref: string;
  name: string;
  remote: boolean;
  lastCommitDate: string;
}

async function readCommits(
  git: Git,
  maxCommits: number,
): Promise<GitCommitSummary[]> {
  const out = await git([
    'log',
    `--max-count=${maxCommits + 1}`,
    `--format=%H${FIELD}%cI${FIELD}%s${FIELD}%(trailers:only,unfold)${RECORD}`,
    'HEAD',
  ]);
  return records(out).map(record => {
    const [hash, date, subject, trailerText = ''] = record.split('\x1f');
    return { hash, date, subject, trailers: parseTrailers(trailerText) };
  });
}

function parseTrailers(text: string): GitCommitSummary['trailers'] {
  return lines(text).flatMap(line => {
    const separator = line.indexOf(':');
    if (separator <= 0) return [];
    return [
      {
        key: line.slice(0, separator).trim(),
        value: line.slice(separator + 1).trim(),
      },
    ];
  });
}

async function readTags(git: Git, maxTags: number): Promise<GitTagSummary[]> {
  const out = await git([
    'for-each-ref',
    `--count=${maxTags + 1}`,
    '--sort=-creatordate',
    `--format=%(refname:strip=2)${REF_FIELD}%(creatordate:iso-strict)`,
    'refs/tags',
  ]);
  return lines(out).map(line => {
    const [name, date] = line.split('\x1f');
    return { name, semver: isSemverTag(name), date: date || undefined };
  });
}

async function readBranchRefs(
  git: Git,
  maxBranches: number,
): Promise<{
  branches: BranchRef[];
  remoteHead?: string;
  truncated: boolean;
}> {
  const out = await git([
    'for-each-ref',
    '--sort=-committerdate',
    `--format=%(refname)${REF_FIELD}%(committerdate:iso-strict)${REF_FIELD}%(symref)`,
    'refs/heads',
    'refs/remotes',
  ]);
  const branches: BranchRef[] = [];
  let remoteHead: string | undefined;
  for (const line of lines(out)) {
    const [ref, date, symref] = line.split('\x1f');
    if (symref) {
      // refs/remotes/origin/HEAD -> refs/remotes/origin/main names the trunk.
      if (ref.endsWith('/HEAD') && !remoteHead) {
        remoteHead = symref.split('/').slice(3).join('/');
      }
      continue;
    }
    const remote = ref.startsWith('refs/remotes/');
    branches.push({
      ref,
      name: ref.split('/').slice(2).join('/'),
      remote,
      lastCommitDate: date,
    });
  }
  return {
    branches: branches.slice(0, maxBranches),
    remoteHead,
    truncated: branches.length > maxBranches,
  };
}

function chooseTrunk(
  refs: { branches: BranchRef[]; remoteHead?: string },
  currentBranch: string | undefined,
): string | undefined {
  if (refs.remoteHead) return refs.remoteHead;
  const names = new Set(refs.branches.map(branchName));
  return TRUNK_NAMES.find(name => names.has(name)) ?? currentBranch;
}

/** A branch's name without its remote: `origin/feature/x` -> `feature/x`. */
function branchName(branch: { name: string; remote: boolean }): string {
  return branch.remote
    ? branch.name.split('/').slice(1).join('/')
    : branch.name;
}

function isTrunk(
  branch: { name: string; remote: boolean },
  trunk: string | undefined,
): boolean {
  return trunk !== undefined && branchName(branch) === trunk;
}

/**
 * For each branch, the commits the trunk does not hold: how many, and the
 * date of the oldest, read with one bounded `git log --source`.
 */
async function readUnmerged(
  git: Git,
  branches: BranchRef[],
  trunk: string | undefined,
  maxCommits: number,
): Promise<{
  since: Map<string, string>;
  counts: Map<string, number>;
  truncated: boolean;
}> {
  const since = new Map<string, string>();
  const counts = new Map<string, number>();
  const trunkRefs = branches.filter(branch => isTrunk(branch, trunk));
  const others = branches.filter(branch => !isTrunk(branch, trunk));
  if (trunkRefs.length === 0 || others.length === 0) {
    return { since, counts, truncated: false };
  }
  const out = await git([
    'log',
    '--source',
    `--max-count=${maxCommits + 1}`,
    `--format=%S${FIELD}%cI`,
    ...others.map(branch => branch.ref),
    '--not',
    ...trunkRefs.map(branch => branch.ref),
  ]);
  const rows = lines(out);
  for (const row of rows.slice(0, maxCommits)) {
    const [ref, date] = row.split('\x1f');
    counts.set(ref, (counts.get(ref) ?? 0) + 1);
    const earliest = since.get(ref);
    if (!earliest || byDate(date, earliest) < 0) since.set(ref, date);
  }
  return { since, counts, truncated: rows.length > maxCommits };
}

async function readLastDocsChange(
  git: Git,
): Promise<{ hash: string; date: string } | undefined> {
  const out = await git([
    'log',
    '--max-count=1',
    `--format=%H${FIELD}%cI`,
    'HEAD',
    '--',
    ...DOCS_PATHSPECS,
  ]);
  const [line] = lines(out);
  if (!line) return undefined;
  const [hash, date] = line.split('\x1f');
  return { hash, date };
}

/** The commits of a shallow clone whose parents are missing. */
async function readShallowBoundary(
  git: Git,
  directory: string,
): Promise<Array<{ hash: string; date: string }>> {
  const shallowFile = path.resolve(
    directory,
    (await git(['rev-parse', '--git-path', 'shallow'])).trim(),
  );
  const hashes = lines(await fs.readFile(shallowFile, 'utf8')).filter(hash =>
    /^[0-9a-f]{40,64}$/.test(hash),
  );
  if (hashes.length === 0) return [];
  const out = await git([
    'log',
    '--no-walk=unsorted',
    `--format=%H${FIELD}%cI`,
    ...hashes,
  ]);
  return lines(out).map(line => {
    const [hash, date] = line.split('\x1f');
    return { hash, date };
  });
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map(line => line.trim())
    .filter(line => line.length > 0);
}

function records(text: string): string[] {
  return text
    .split('\x1e')
    .map(record => record.replace(/^\n/, '').replace(/\n$/, ''))
    .filter(record => record.length > 0);
}

function byDate(a: string, b: string): number {
  return Date.parse(a) - Date.parse(b);
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, entry]) => entry !== undefined),
  ) as Partial<T>;
}
