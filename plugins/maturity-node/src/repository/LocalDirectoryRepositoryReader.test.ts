import { createMockDirectory } from '@backstage/backend-test-utils';
import { promises as fs } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { LocalDirectoryRepositoryReader } from './LocalDirectoryRepositoryReader';
import type { RepositoryReadResult } from './types';

const GLOBS = ['package.json', '*.md', '*.yaml'];

function snapshotOf(result: RepositoryReadResult) {
  if (result.status !== 'read') {
    throw new Error(`expected a snapshot, got ${JSON.stringify(result)}`);
  }
  return result.snapshot;
}

describe('LocalDirectoryRepositoryReader', () => {
  const mockDir = createMockDirectory();
  const root = () => mockDir.resolve('root');
  const repo = () => mockDir.resolve('root/repo');
  const reader = (limits = {}) =>
    new LocalDirectoryRepositoryReader({ roots: [root()], limits });

  beforeEach(() => {
    mockDir.setContent({
      root: {
        repo: {
          'package.json': '{"name":"svc"}',
          'README.md': '# Service',
          'src/index.ts': 'export {};',
          'docs/guide.md': 'Guide',
        },
      },
      outside: { 'secret.md': 'SECRET', 'dir/secret.yaml': 'SECRET' },
    });
  });

  it('reads the listing and the text of the files matching the globs', async () => {
    const result = await reader().read({
      location: repo(),
      contentGlobs: GLOBS,
    });

    expect(result).toEqual({
      status: 'read',
      snapshot: {
        files: [
          { path: 'README.md', size: 9 },
          { path: 'docs/guide.md', size: 5 },
          { path: 'package.json', size: 14 },
          { path: 'src/index.ts', size: 10 },
        ],
        contents: {
          'README.md': '# Service',
          'docs/guide.md': 'Guide',
          'package.json': '{"name":"svc"}',
        },
        skipped: {},
      },
    });
  });

  it.each([
    ['a file URL', () => pathToFileURL(repo()).toString()],
    ['a dir: location', () => `dir:${repo()}`],
  ])('accepts %s', async (_, location) => {
    const result = await reader().read({
      location: location(),
      contentGlobs: GLOBS,
    });

    expect(snapshotOf(result).contents['README.md']).toBe('# Service');
  });

  it('refuses a path outside the roots', async () => {
    await expect(
      reader().read({ location: '/etc', contentGlobs: GLOBS }),
    ).resolves.toEqual({
      status: 'unavailable',
      reason: 'path /etc is outside the allowed roots',
    });
  });

  it('refuses a path that climbs out of the roots with ..', async () => {
    const result = await reader().read({
      location: `${repo()}/../../outside`,
      contentGlobs: GLOBS,
    });

    expect(result).toEqual({
      status: 'unavailable',
      reason: `path ${mockDir.resolve('outside')} is outside the allowed roots`,
    });
  });

  it('refuses a symbolic link inside a root that leads outside it', async () => {
    await fs.symlink(
      mockDir.resolve('outside'),
      mockDir.resolve('root/escape'),
    );

    const result = await reader().read({
      location: mockDir.resolve('root/escape'),
      contentGlobs: GLOBS,
    });

    expect(result).toEqual({
      status: 'unavailable',
      reason: `path ${mockDir.resolve(
        'root/escape',
      )} leads outside the allowed roots`,
    });
  });

  it('refuses other kinds of location', async () => {
    await expect(
      reader().read({ location: 'https://github.com/o/r', contentGlobs: [] }),
    ).resolves.toEqual({
      status: 'unavailable',
      reason: 'https://github.com/o/r is not a local directory',
    });
  });

  it('reports a missing directory', async () => {
    await expect(
      reader().read({ location: `${root()}/missing`, contentGlobs: GLOBS }),
    ).resolves.toEqual({
      status: 'unavailable',
      reason: `no such directory: ${root()}/missing`,
    });
  });

  it('skips a file over the size cap with its size, without reading it', async () => {
    const huge = mockDir.resolve('root/repo/docs/huge.md');
    await fs.writeFile(huge, '');
    await fs.truncate(huge, 50 * 1024 * 1024); // sparse: fast to make

    const snapshot = snapshotOf(
      await reader().read({ location: repo(), contentGlobs: GLOBS }),
    );

    expect(snapshot.files).toContainEqual({
      path: 'docs/huge.md',
      size: 52428800,
    });
    expect(snapshot.skipped).toEqual({
      'docs/huge.md': 'larger than 1 MiB (52428800 bytes)',
    });
  });

  it('skips a binary file', async () => {
    mockDir.addContent({
      'root/repo/logo.yaml': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]),
    });

    const snapshot = snapshotOf(
      await reader().read({ location: repo(), contentGlobs: GLOBS }),
    );

    expect(snapshot.skipped).toEqual({ 'logo.yaml': 'binary file' });
    expect(snapshot.contents['logo.yaml']).toBeUndefined();
  });

  it('lists symbolic links without following them out of the tree', async () => {
    await fs.unlink(mockDir.resolve('root/repo/README.md'));
    await fs.symlink(
      mockDir.resolve('outside/secret.md'),
      mockDir.resolve('root/repo/README.md'),
    );
    await fs.symlink(
      mockDir.resolve('outside/dir'),
      mockDir.resolve('root/repo/deploy'),
    );

    const snapshot = snapshotOf(
      await reader().read({ location: repo(), contentGlobs: GLOBS }),
    );

    expect(snapshot.files.map(f => f.path)).toEqual([
      'README.md',
      'deploy',
      'docs/guide.md',
      'package.json',
      'src/index.ts',
    ]);
    expect(snapshot.skipped).toEqual({
      'README.md': 'symbolic link not followed',
    });
    expect(JSON.stringify(snapshot)).not.toContain('SECRET');
  });

  it('reads a symbolic link to a file inside the tree as that file, and one that climbs out as unread', async () => {
    await fs.symlink('docs/guide.md', mockDir.resolve('root/repo/CLAUDE.md'));
    await fs.symlink(
      '../../outside/secret.md',
      mockDir.resolve('root/repo/AGENTS.md'),
    );

    const snapshot = snapshotOf(
      await reader().read({ location: repo(), contentGlobs: GLOBS }),
    );

    expect(snapshot.contents['CLAUDE.md']).toBe(
      snapshot.contents['docs/guide.md'],
    );
    expect(snapshot.contents['CLAUDE.md']).toBeDefined();
    expect(snapshot.skipped['CLAUDE.md']).toBeUndefined();
    expect(snapshot.skipped['AGENTS.md']).toBe('symbolic link not followed');
    expect(JSON.stringify(snapshot)).not.toContain('SECRET');
  });

  it('terminates on a symbolic link loop', async () => {
    await fs.symlink('..', mockDir.resolve('root/repo/docs/loop'));
    await fs.symlink('.', mockDir.resolve('root/repo/self'));

    const snapshot = snapshotOf(
      await reader().read({ location: repo(), contentGlobs: GLOBS }),
    );

    expect(snapshot.files.map(f => f.path)).toEqual([
      'README.md',
      'docs/guide.md',
      'docs/loop',
      'package.json',
      'self',
      'src/index.ts',
    ]);
  });

  it('leaves .git, node_modules and tool caches out', async () => {
    mockDir.addContent({
      'root/repo/.git/config': '[core]',
      'root/repo/node_modules/x/package.json': '{}',
      'root/repo/.cache/yarn/x/package.json': '{}',
    });

    const snapshot = snapshotOf(
      await reader().read({ location: repo(), contentGlobs: GLOBS }),
    );

    expect(snapshot.files).toHaveLength(4);
  });

  it('truncates the listing of a tree with more files than the cap', async () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 3000; i++) many[`d${i % 30}/${i}.txt`] = '';
    mockDir.addContent({ 'root/repo/many': many });

    const snapshot = snapshotOf(
      await reader({ maxFiles: 2000 }).read({
        location: repo(),
        contentGlobs: GLOBS,
      }),
    );

    expect(snapshot.files).toHaveLength(2000);
    expect(snapshot.truncated).toBe('more than 2000 files');
    // Breadth first: the files near the root are all listed.
    expect(snapshot.contents['package.json']).toBe('{"name":"svc"}');
  });

  it('truncates the listing of a tree with more folders than the cap', async () => {
    const empty: Record<string, {}> = {};
    for (let i = 0; i < 12; i++) empty[`empty${i}`] = {};
    mockDir.addContent({ 'root/repo': empty });

    const snapshot = snapshotOf(
      await reader({ maxFiles: 10 }).read({
        location: repo(),
        contentGlobs: GLOBS,
      }),
    );

    expect(snapshot.truncated).toBe('more than 10 directories');
  });

  it('reads no more text than the total budget, root files first', async () => {
    const docs: Record<string, string> = {};
    for (let i = 0; i < 10; i++) docs[`docs/deep/${i}.md`] = 'x'.repeat(100);
    mockDir.addContent({ 'root/repo': docs });

    const snapshot = snapshotOf(
      await reader({ maxTotalBytes: 500 }).read({
        location: repo(),
        contentGlobs: GLOBS,
      }),
    );

    const read = Object.values(snapshot.contents).join('');
    expect(read.length).toBeLessThanOrEqual(500);
    expect(Object.keys(snapshot.contents)).toEqual(
      expect.arrayContaining(['README.md', 'package.json', 'docs/guide.md']),
    );
    expect(Object.keys(snapshot.skipped)).toHaveLength(6);
    expect(Object.values(snapshot.skipped)).toContain(
      'read budget of 500 bytes used up',
    );
  });

  it('gives up when the read is aborted', async () => {
    await expect(
      reader().read({
        location: repo(),
        contentGlobs: GLOBS,
        signal: AbortSignal.abort(),
      }),
    ).resolves.toEqual({ status: 'unavailable', reason: 'read aborted' });
  });
});
