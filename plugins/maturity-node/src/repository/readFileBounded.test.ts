import { createMockDirectory } from '@backstage/backend-test-utils';
import fs from 'node:fs';
import { readFileBounded } from './readFileBounded';

describe('readFileBounded', () => {
  const mockDir = createMockDirectory();

  beforeEach(() => {
    mockDir.setContent({
      'text.md': '# Title\n',
      'empty.txt': '',
      'big.txt': 'x'.repeat(100),
      folder: {},
      'other.txt': 'other',
    });
  });

  const identity = (path: string) => {
    const stat = fs.lstatSync(mockDir.resolve(path));
    return { dev: stat.dev, ino: stat.ino };
  };

  it('reads a file whole, and an empty one', () => {
    const read = readFileBounded(
      mockDir.resolve('text.md'),
      1024,
      identity('text.md'),
    );
    expect(read).toEqual({ bytes: Buffer.from('# Title\n'), size: 8 });
    expect(readFileBounded(mockDir.resolve('empty.txt'), 1024)).toEqual({
      bytes: Buffer.alloc(0),
      size: 0,
    });
  });

  it('gives only the size of a file over the cap', () => {
    expect(readFileBounded(mockDir.resolve('big.txt'), 99)).toEqual({
      bytes: Buffer.alloc(0),
      size: 100,
    });
  });

  it('does not follow a symbolic link', () => {
    fs.symlinkSync(mockDir.resolve('text.md'), mockDir.resolve('link.md'));
    expect(readFileBounded(mockDir.resolve('link.md'), 1024)).toEqual({
      problem: 'symbolic link not followed',
    });
  });

  it('reports a file that disappeared, and what is not a regular file', () => {
    expect(readFileBounded(mockDir.resolve('gone.md'), 1024)).toEqual({
      problem: 'file disappeared',
    });
    expect(readFileBounded(mockDir.resolve('folder'), 1024)).toEqual({
      problem: 'not a regular file',
    });
  });

  it('refuses a file that is no longer the one listed', () => {
    const listed = identity('text.md');
    fs.renameSync(mockDir.resolve('other.txt'), mockDir.resolve('text.md'));
    expect(readFileBounded(mockDir.resolve('text.md'), 1024, listed)).toEqual({
      problem: 'changed while being read',
    });
  });
});
