import { scmFactsFromHistory } from '@backstage-maturity/plugin-maturity-node';
import { branch, commit, daysAgo, NOW, tag } from './__testUtils__/fixtures';
import {
  branchSummary,
  commitSummary,
  historyFromGitlab,
  tagSummary,
} from './historyFromGitlab';

describe('commitSummary', () => {
  it('reads trailers from the message, and adds those only GitLab reported', () => {
    const summary = commitSummary({
      ...commit(
        'feat: pairing\n\nCo-authored-by: Grace <grace@example.com>\n',
        daysAgo(1),
      ),
      extended_trailers: {
        'Co-authored-by': ['Grace <grace@example.com>'],
        Changelog: ['added'],
      },
    });

    expect(summary.subject).toBe('feat: pairing');
    expect(summary.trailers).toEqual([
      { key: 'Co-authored-by', value: 'Grace <grace@example.com>' },
      { key: 'Changelog', value: 'added' },
    ]);
  });

  it('uses the single-valued trailers field when GitLab gives no extended one', () => {
    const summary = commitSummary({
      ...commit('fix: x', daysAgo(1)),
      trailers: { 'Co-authored-by': 'Alan <alan@example.com>' },
      extended_trailers: undefined,
    });

    expect(summary.trailers).toEqual([
      { key: 'Co-authored-by', value: 'Alan <alan@example.com>' },
    ]);
  });
});

describe('tagSummary', () => {
  it('dates an annotated tag by itself and a lightweight one by its commit', () => {
    expect(tagSummary(tag('v2.0.0', daysAgo(3)))).toEqual({
      name: 'v2.0.0',
      semver: true,
      date: daysAgo(3),
    });
    expect(tagSummary(tag('nightly', daysAgo(5), false))).toEqual({
      name: 'nightly',
      semver: false,
      date: daysAgo(5),
    });
  });
});

describe('branchSummary', () => {
  it('dates an uncompared unmerged branch by its last commit', () => {
    expect(
      branchSummary({ branch: branch('old', daysAgo(30)) }, 'main'),
    ).toMatchObject({
      unmergedSince: daysAgo(30),
      unmergedCommits: 1,
      trunk: false,
      remote: false,
    });
  });

  it('treats a branch with no commit beyond the default branch as merged', () => {
    expect(
      branchSummary(
        {
          branch: branch('fresh', daysAgo(1)),
          unmerged: { count: 0, truncated: false },
        },
        'main',
      ),
    ).not.toHaveProperty('unmergedSince');
  });
});

describe('historyFromGitlab', () => {
  it('lets a bounded branch age show a failure but never a pass', () => {
    const input = {
      defaultBranch: 'main',
      commits: [],
      commitsTruncated: false,
      tags: [],
      tagsTruncated: false,
      branchListTruncated: false,
    };
    const young = historyFromGitlab({
      ...input,
      branches: [{ branch: branch('young', daysAgo(1)) }],
    });
    const old = historyFromGitlab({
      ...input,
      branches: [{ branch: branch('old', daysAgo(10)) }],
    });

    expect(young).toMatchObject({ branchesTruncated: true });
    expect(scmFactsFromHistory(young, NOW)).not.toHaveProperty(
      'short-lived-branches',
    );
    expect(scmFactsFromHistory(old, NOW)['short-lived-branches']).toEqual({
      value: false,
      detail:
        '1 branch besides main unmerged for more than 3 days: old (10 days)',
    });
  });
});
