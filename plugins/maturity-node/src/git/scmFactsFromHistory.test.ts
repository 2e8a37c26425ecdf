import { readGitHistory } from './readGitHistory';
import { scmFactsFromHistory } from './scmFactsFromHistory';
import {
  GitTestRepository,
  NOW,
  removeTemporaryFolders,
} from './gitTestRepository';
import type { GitFactThresholds } from './scmFactsFromHistory';

afterAll(removeTemporaryFolders);

async function factsOf(
  repo: GitTestRepository,
  thresholds: Partial<GitFactThresholds> = {},
) {
  return scmFactsFromHistory(
    await readGitHistory(repo.directory),
    NOW,
    thresholds,
  );
}

describe('scmFactsFromHistory', () => {
  describe('co-authored-by-trailers', () => {
    it('passes when recent commits carry Co-authored-by trailers', async () => {
      const repo = GitTestRepository.init();
      repo.commit('Solo', 3);
      repo.commit('Pair\n\nCo-authored-by: Ada <ada@example.com>', 2);
      repo.commit('Assisted\n\nco-authored-by: Bot <bot@example.com>', 1);
      expect((await factsOf(repo))['co-authored-by-trailers']).toEqual({
        value: true,
        detail: '2 of 3 recent commits carry Co-authored-by trailers',
      });
    });

    it('fails when the trailer is only in the body text or older than the recent commits', async () => {
      const repo = GitTestRepository.init();
      repo.commit('Old pair\n\nCo-authored-by: Ada <ada@example.com>', 9);
      repo.commit(
        'Mention\n\nCo-authored-by: Ada <ada@example.com> is how we credit.\n\nThat was a paragraph.',
        2,
      );
      repo.commit('Solo', 1);
      expect(
        (await factsOf(repo, { recentCommits: 2 }))['co-authored-by-trailers'],
      ).toEqual({
        value: false,
        detail: 'none of the 2 recent commits carries a Co-authored-by trailer',
      });
    });
  });

  describe('commit-conventions', () => {
    it('passes when recent commits follow Conventional Commits or reference a work item', async () => {
      const repo = GitTestRepository.init();
      repo.commit('feat(api): list payments by day', 7);
      repo.commit('fix!: reject negative amounts', 6);
      repo.commit('PAY-142 Retry refunds on timeout', 5);
      repo.commit('Handle empty carts (#88)', 4);
      repo.commit("Merge branch 'feature/x'", 3);
      repo.commit('Tidy the README\n\nRefs: PAY-150', 2);
      repo.commit('docs: explain the refund flow', 1);
      expect((await factsOf(repo))['commit-conventions']).toEqual({
        value: true,
        detail:
          '6 of 6 recent commits follow Conventional Commits or reference a work item',
      });
    });

    it('fails for free-form subjects whose only look-alikes are standards or a type without a colon', async () => {
      const repo = GitTestRepository.init();
      repo.commit('feat(api): list payments by day', 6);
      repo.commit('Use UTF-8 everywhere', 5);
      repo.commit('Hash with SHA-256', 4);
      repo.commit('fix the build', 3);
      repo.commit('wip', 2);
      repo.commit('Mention the issue in the body\n\nSee issue 12 upstream.', 1);
      expect((await factsOf(repo))['commit-conventions']).toEqual({
        value: false,
        detail:
          '1 of 6 recent commits follow Conventional Commits or reference a work item, fewer than 80% (e.g. "Mention the issue in the body")',
      });
    });

    it('says nothing about fewer than five authored commits', async () => {
      const repo = GitTestRepository.init();
      repo.commit('wip', 3);
      repo.commit("Merge branch 'a'", 2);
      repo.commit('wip again', 1);
      expect((await factsOf(repo))['commit-conventions']).toBeUndefined();
    });
  });

  describe('semver-tags', () => {
    it('passes with a semver tag and names the latest', async () => {
      const repo = GitTestRepository.init();
      repo.commit('One', 30);
      repo.tag('v1.3.0', 30, true);
      repo.commit('Two', 10);
      repo.tag('v1.4.2', 10, true);
      repo.commit('Three', 5);
      repo.tag('deployed-prod', 5);
      expect((await factsOf(repo))['semver-tags']).toEqual({
        value: true,
        detail: 'latest semver tag v1.4.2',
      });
    });

    it('fails when tags are only near-semver: two numbers, calendar versions, names', async () => {
      const repo = GitTestRepository.init();
      repo.commit('One', 3);
      repo.tag('v1.4', 3, true);
      repo.tag('2024.05.1', 2, true);
      repo.tag('release-7', 1, true);
      expect((await factsOf(repo))['semver-tags']).toEqual({
        value: false,
        detail: 'none of 3 tags is a semantic version (latest: release-7)',
      });
    });
  });

  describe('short-lived-branches', () => {
    it('passes when every unmerged branch is younger than 3 days (merged old branches do not count)', async () => {
      const repo = GitTestRepository.init();
      repo.commit('Start', 40);
      repo.checkout('old-merged', true);
      repo.commit('Old work', 30);
      repo.checkout('main');
      repo.git(['merge', '-q', '--no-ff', '--no-edit', 'old-merged']);
      repo.checkout('feature/fresh', true);
      repo.commit('Fresh work', 2);
      repo.checkout('main');
      expect((await factsOf(repo))['short-lived-branches']).toEqual({
        value: true,
        detail:
          'no branch besides main unmerged for more than 3 days (1 unmerged branch)',
      });
    });

    it('fails for a branch unmerged for 4 days even though its last commit is recent', async () => {
      const repo = GitTestRepository.init();
      repo.commit('Start', 10);
      repo.checkout('feature/slow', true);
      repo.commit('Begin', 4);
      repo.commit('Still going', 0);
      repo.checkout('main');
      expect((await factsOf(repo))['short-lived-branches']).toEqual({
        value: false,
        detail:
          '1 branch besides main unmerged for more than 3 days: feature/slow (4 days)',
      });
    });

    it('fails for more than 3 unmerged branches, however young', async () => {
      const repo = GitTestRepository.init();
      repo.commit('Start', 10);
      for (const name of ['a', 'b', 'c', 'd']) {
        repo.checkout(name, true);
        repo.commit(`Work on ${name}`, 1);
        repo.checkout('main');
      }
      expect((await factsOf(repo))['short-lived-branches']).toEqual({
        value: false,
        detail: '4 unmerged branches besides main, more than 3',
      });
    });
  });

  describe('docs-changed-recently', () => {
    it('passes when docs changed within 180 days', async () => {
      const repo = GitTestRepository.init();
      repo.commit('Docs', 12, { 'docs/index.md': '# Docs' });
      repo.commit('Code', 1, { 'src/a.ts': 'export {}' });
      expect((await factsOf(repo))['docs-changed-recently']).toEqual({
        value: true,
        detail: 'docs changed 12 days ago',
      });
    });

    it('fails when docs last changed 181 days ago, however recent the code', async () => {
      const repo = GitTestRepository.init();
      repo.commit('Docs', 181, { 'docs/index.md': '# Docs' });
      repo.commit('Nested readme', 1, { 'src/docs-like/README.md': '# x' });
      expect((await factsOf(repo))['docs-changed-recently']).toEqual({
        value: false,
        detail: 'docs last changed 181 days ago, more than 180 days',
      });
    });
  });

  describe('on a shallow clone', () => {
    it('leaves out what the clone cannot show instead of reporting it false', async () => {
      const repo = GitTestRepository.init();
      repo.commit('Docs\n\nCo-authored-by: Ada <ada@example.com>', 10, {
        'docs/index.md': '# Docs',
      });
      repo.tag('v1.0.0', 10, true);
      repo.checkout('feature/old', true);
      repo.commit('Old work', 30);
      repo.checkout('main');
      repo.commit('Code', 1, { 'src/a.ts': 'export {}' });
      const clone = repo.shallowClone();

      const history = await readGitHistory(clone.directory);
      expect(scmFactsFromHistory(history, NOW)).toEqual({});
      expect(history.available && history.notSeen.join()).toMatch(
        /shallow clone/,
      );
    });

    it('keeps what the visible commits settle', async () => {
      const repo = GitTestRepository.init();
      repo.commit('Docs', 300, { 'docs/index.md': '# Docs' });
      repo.commit('Release\n\nCo-authored-by: Ada <ada@example.com>', 200);
      repo.tag('v2.0.0', 200, true);
      const clone = repo.shallowClone();

      expect(
        scmFactsFromHistory(await readGitHistory(clone.directory), NOW),
      ).toEqual({
        'co-authored-by-trailers': {
          value: true,
          detail: '1 of 1 recent commits carry Co-authored-by trailers',
        },
        'semver-tags': { value: true, detail: 'latest semver tag v2.0.0' },
        'docs-changed-recently': {
          value: false,
          detail:
            'docs not changed in the 200 days this shallow clone shows, more than 180 days',
        },
      });
    });
  });

  it('gives no facts when the history could not be read', () => {
    expect(
      scmFactsFromHistory(
        { available: false, reason: 'not a git repository' },
        NOW,
      ),
    ).toEqual({});
  });
});
