import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readGitHistory } from './readGitHistory';
import {
  GitTestRepository,
  daysAgo,
  removeTemporaryFolders,
  temporaryFolder,
} from './gitTestRepository';

afterAll(removeTemporaryFolders);

function available<T extends { available: boolean }>(
  history: T,
): Extract<T, { available: true }> {
  if (!history.available) {
    throw new Error(`history unavailable: ${JSON.stringify(history)}`);
  }
  return history as Extract<T, { available: true }>;
}

describe('readGitHistory', () => {
  it('reads commits with their trailers, tags, branches and the last docs change', async () => {
    const repo = GitTestRepository.init();
    repo.commit('Add the guide', 20, { 'docs/guide.md': '# Guide' });
    repo.tag('v1.0.0', 20, true);
    repo.commit(
      'Pair on the parser\n\nCo-authored-by: Ada <ada@example.com>',
      10,
      {
        'src/parser.ts': 'export {}',
      },
    );
    repo.tag('nightly', 10);
    repo.checkout('feature/search', true);
    repo.commit('Start search', 5);
    repo.commit('Finish search', 1);
    repo.checkout('main');
    repo.commit('Tidy', 0, { 'src/tidy.ts': 'export {}' });

    const history = available(await readGitHistory(repo.directory));

    expect(history.head).toBe(repo.head());
    expect(history.trunk).toBe('main');
    expect(history.shallow).toBe(false);
    expect(history.notSeen).toEqual([]);
    expect(history.commits.map(commit => commit.subject)).toEqual([
      'Tidy',
      'Pair on the parser',
      'Add the guide',
    ]);
    expect(history.commits[1].trailers).toEqual([
      { key: 'Co-authored-by', value: 'Ada <ada@example.com>' },
    ]);
    expect(Date.parse(history.commits[1].date)).toBe(Date.parse(daysAgo(10)));
    expect(history.tags).toEqual([
      { name: 'nightly', semver: false, date: expect.any(String) },
      { name: 'v1.0.0', semver: true, date: expect.any(String) },
    ]);
    const feature = history.branches.find(b => b.name === 'feature/search');
    expect(feature).toMatchObject({
      remote: false,
      trunk: false,
      unmergedCommits: 2,
    });
    expect(Date.parse(feature!.unmergedSince!)).toBe(Date.parse(daysAgo(5)));
    expect(Date.parse(feature!.lastCommitDate)).toBe(Date.parse(daysAgo(1)));
    expect(history.branches.find(b => b.name === 'main')).toMatchObject({
      trunk: true,
      unmergedCommits: 0,
    });
    expect(Date.parse(history.lastDocsChange!.date)).toBe(
      Date.parse(daysAgo(20)),
    );
  });

  it('counts root Markdown and mkdocs.yml as docs, not Markdown in sub-folders', async () => {
    const repo = GitTestRepository.init();
    repo.commit('Root readme', 30, { 'README.md': '# Hi' });
    repo.commit('Package readme', 2, { 'packages/a/README.md': '# A' });
    let history = available(await readGitHistory(repo.directory));
    expect(Date.parse(history.lastDocsChange!.date)).toBe(
      Date.parse(daysAgo(30)),
    );

    repo.commit('Site', 1, { 'mkdocs.yml': 'site_name: x' });
    history = available(await readGitHistory(repo.directory));
    expect(Date.parse(history.lastDocsChange!.date)).toBe(
      Date.parse(daysAgo(1)),
    );
  });

  it('reads only the last maxCommits commits and says there are more', async () => {
    const repo = GitTestRepository.init();
    for (let day = 5; day >= 0; day--) repo.commit(`Commit ${day}`, day);
    const history = available(
      await readGitHistory(repo.directory, { maxCommits: 3 }),
    );
    expect(history.commits.map(commit => commit.subject)).toEqual([
      'Commit 0',
      'Commit 1',
      'Commit 2',
    ]);
    expect(history.commitsTruncated).toBe(true);
  });

  it('sees remote-tracking branches and takes the trunk from origin/HEAD', async () => {
    const origin = GitTestRepository.init();
    origin.commit('Start', 9);
    origin.checkout('feature/remote', true);
    origin.commit('Remote work', 4);
    origin.checkout('main');
    const clone = new GitTestRepository(path.join(temporaryFolder(), 'clone'));
    origin.git(['clone', '-q', `file://${origin.directory}`, clone.directory]);

    const history = available(await readGitHistory(clone.directory));

    expect(history.trunk).toBe('main');
    expect(history.branches.map(b => [b.name, b.remote, b.trunk])).toEqual(
      expect.arrayContaining([
        ['main', false, true],
        ['origin/main', true, true],
        ['origin/feature/remote', true, false],
      ]),
    );
    const remote = history.branches.find(
      b => b.name === 'origin/feature/remote',
    );
    expect(Date.parse(remote!.unmergedSince!)).toBe(Date.parse(daysAgo(4)));
  });

  it('says a shallow clone is shallow and what it could not see', async () => {
    const repo = GitTestRepository.init();
    repo.commit('Docs', 10, { 'docs/index.md': '# Docs' });
    repo.commit('Code', 3, { 'src/a.ts': 'export {}' });
    const clone = repo.shallowClone();

    const history = available(await readGitHistory(clone.directory));

    expect(history.shallow).toBe(true);
    expect(history.commits.map(commit => commit.subject)).toEqual(['Code']);
    expect(Date.parse(history.visibleSince!)).toBe(Date.parse(daysAgo(3)));
    // The cut-off commit seems to add every file; it is no docs change.
    expect(history.lastDocsChange).toBeUndefined();
    expect(history.notSeen.join('\n')).toMatch(/shallow clone/);
  });

  it('gives a reason, never a throw, for a folder that is not a repository', async () => {
    await expect(readGitHistory(temporaryFolder())).resolves.toEqual({
      available: false,
      reason: 'not a git repository',
    });
  });

  it('reads a mirror of its own, not a folder that only sits inside another repository', async () => {
    const repo = GitTestRepository.init();
    repo.commit('Examples', 1, { 'examples/svc/README.md': '# Svc' });
    const mirrorRoot = path.join(repo.directory, 'examples');
    await expect(
      readGitHistory(path.join(mirrorRoot, 'svc'), {
        topLevelWithin: mirrorRoot,
      }),
    ).resolves.toEqual({
      available: false,
      reason:
        'the folder sits inside another git repository and has no history of its own',
    });
    // The repository itself, mirrored at its own folder, is read.
    const own = await readGitHistory(repo.directory, {
      topLevelWithin: repo.directory,
    });
    expect(own.available && own.commits.map(c => c.subject)).toEqual([
      'Examples',
    ]);
  });

  it('gives a reason for a missing folder, a repository without commits and a missing git', async () => {
    const missing = path.join(temporaryFolder(), 'nowhere');
    await expect(readGitHistory(missing)).resolves.toEqual({
      available: false,
      reason: `${missing} is not a directory`,
    });
    await expect(
      readGitHistory(GitTestRepository.init().directory),
    ).resolves.toEqual({
      available: false,
      reason: 'the repository has no commits yet',
    });
    const repo = GitTestRepository.init();
    repo.commit('One', 0);
    await expect(
      readGitHistory(repo.directory, { gitBinary: '/nonexistent/git' }),
    ).resolves.toEqual({
      available: false,
      reason: expect.stringMatching(/^git could not be run/),
    });
  });

  it('runs no hook and no program that the repository configuration names', async () => {
    const repo = GitTestRepository.init();
    repo.commit('One', 0);
    // git log would run gpg.program to verify this commit's signature.
    repo.commitSigned('Signed');
    const marker = path.join(repo.directory, 'ran');
    const script = path.join(repo.directory, 'evil.sh');
    writeFileSync(script, `#!/bin/sh\ntouch "${marker}"\nexit 1\n`);
    chmodSync(script, 0o755);
    const hooks = path.join(repo.directory, 'hooks');
    mkdirSync(hooks);
    for (const hook of [
      'post-checkout',
      'pre-commit',
      'reference-transaction',
    ]) {
      writeFileSync(
        path.join(hooks, hook),
        `#!/bin/sh\ntouch "${marker}"\nexit 1\n`,
      );
      chmodSync(path.join(hooks, hook), 0o755);
    }
    repo.git(['config', 'core.hooksPath', hooks]);
    repo.git(['config', 'core.fsmonitor', script]);
    repo.git(['config', 'core.pager', script]);
    repo.git(['config', 'gpg.program', script]);
    repo.git(['config', 'log.showSignature', 'true']);

    const history = available(await readGitHistory(repo.directory));

    expect(history.commits.map(commit => commit.subject)).toEqual([
      'Signed',
      'One',
    ]);
    expect(existsSync(marker)).toBe(false);
  });
});
