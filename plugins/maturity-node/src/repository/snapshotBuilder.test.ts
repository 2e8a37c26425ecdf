import { SnapshotBuilder } from './snapshotBuilder';
import { DEFAULT_READ_LIMITS, type RepositoryReadLimits } from './types';

function builder(limits: Partial<RepositoryReadLimits> = {}) {
  return new SnapshotBuilder(['*.md', 'package.json', '*.yaml'], {
    ...DEFAULT_READ_LIMITS,
    ...limits,
  });
}

describe('SnapshotBuilder', () => {
  it('lists every file and plans the text only of matching ones', () => {
    const b = builder();

    expect(b.addFile('src/index.ts', 10)).toBe(false);
    expect(b.addFile('README.md', 5)).toBe(true);
    b.addContent('README.md', Buffer.from('hello'));

    expect(b.build()).toEqual({
      files: [
        { path: 'README.md', size: 5 },
        { path: 'src/index.ts', size: 10 },
      ],
      contents: { 'README.md': 'hello' },
      skipped: {},
    });
  });

  it('stops listing beyond the file-count cap and says so', () => {
    const b = builder({ maxFiles: 2 });

    b.addFile('a.ts', 1);
    b.addFile('b.ts', 1);
    expect(b.full).toBe(false);
    b.addFile('c.ts', 1);

    expect(b.full).toBe(true);
    expect(b.build().files.map(f => f.path)).toEqual(['a.ts', 'b.ts']);
    expect(b.build().truncated).toBe('more than 2 files');
  });

  it('leaves .git, node_modules and tool caches out of the listing', () => {
    const b = builder({ maxFiles: 1 });

    b.addFile('.git/config', 1);
    b.addFile('node_modules/x/package.json', 1);
    b.addFile('packages/app/.cache/x.json', 1);
    b.addFile('README.md', 1);

    expect(b.build().files).toEqual([{ path: 'README.md', size: 1 }]);
    expect(b.full).toBe(false);
  });

  it('skips a file larger than the per-file cap, with its size', () => {
    const b = builder();

    expect(b.addFile('docs/big.md', 50_000_000)).toBe(false);

    expect(b.build().skipped).toEqual({
      'docs/big.md': 'larger than 1 MiB (50000000 bytes)',
    });
  });

  it('skips a matching symbolic link instead of following it', () => {
    const b = builder();

    expect(b.addFile('README.md', 12, 'symlink')).toBe(false);

    expect(b.build().files).toEqual([{ path: 'README.md', size: 12 }]);
    expect(b.build().skipped).toEqual({
      'README.md': 'symbolic link not followed',
    });
  });

  it.each([
    ['a NUL byte', Buffer.from([0x61, 0x00, 0x62])],
    ['mostly undecodable bytes', Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0x61])],
  ])('skips a binary file with %s', (_, bytes) => {
    const b = builder();
    b.addFile('logo.yaml', bytes.length);

    b.addContent('logo.yaml', bytes);

    expect(b.build().contents).toEqual({});
    expect(b.build().skipped).toEqual({ 'logo.yaml': 'binary file' });
  });

  it('decodes UTF-16 text with a byte order mark', () => {
    const b = builder();
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('name: x', 'utf16le'),
    ]);
    b.addFile('values.yaml', bytes.length);

    b.addContent('values.yaml', bytes);

    expect(b.build().contents).toEqual({ 'values.yaml': 'name: x' });
  });

  it('spends the budget on files nearest the root, whatever the order', () => {
    const b = builder({ maxTotalBytes: 100 });

    expect(b.addFile('deploy/k8s/a.yaml', 40)).toBe(true);
    expect(b.addFile('deploy/b.yaml', 40)).toBe(true);
    expect(b.addFile('package.json', 40)).toBe(true);
    expect(b.addFile('README.md', 40)).toBe(true);
    expect(b.addFile('docs/guide.md', 30)).toBe(false);

    expect(b.wanted()).toEqual(['README.md', 'package.json']);
    expect(b.build().skipped).toEqual({
      'deploy/k8s/a.yaml': 'read budget of 100 bytes used up',
      'deploy/b.yaml': 'read budget of 100 bytes used up',
      'docs/guide.md': 'read budget of 100 bytes used up',
    });
  });

  it('charges what was actually read, so a grown file cannot exceed the budget', () => {
    const b = builder({ maxTotalBytes: 12 });
    b.addFile('a.md', 5);
    b.addFile('b.md', 5);

    b.addContent('a.md', Buffer.from('123456'));
    b.addContent('b.md', Buffer.from('1234567'));

    expect(b.build().contents).toEqual({ 'a.md': '123456' });
    expect(b.build().skipped).toEqual({
      'b.md': 'read budget of 12 bytes used up',
    });
  });
});
