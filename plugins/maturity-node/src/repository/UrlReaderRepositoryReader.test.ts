import { UrlReaders } from '@backstage/backend-defaults/urlReader';
import {
  createMockDirectory,
  mockServices,
  registerMswTestHooks,
} from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { UrlReaderService } from '@backstage/backend-plugin-api';
import { promises as fs } from 'node:fs';
import { Readable } from 'node:stream';
import * as tar from 'tar';
import { UrlReaderRepositoryReader } from './UrlReaderRepositoryReader';

const LOCATION = 'https://github.com/o/r/tree/main';
const GLOBS = ['package.json', '*.md', '*.png'];
const STATUS_URL = 'https://api.github.com/repos/o/r/commits/main/status';
const TARBALL_URL = 'https://api.github.com/repos/o/r/tarball/:sha';

describe('UrlReaderRepositoryReader', () => {
  const server = setupServer();
  registerMswTestHooks(server);
  const mockDir = createMockDirectory();

  const urlReader = UrlReaders.default({
    config: new ConfigReader({
      integrations: { github: [{ host: 'github.com', token: 'x' }] },
    }),
    logger: mockServices.logger.mock(),
  });
  const reader = new UrlReaderRepositoryReader({
    urlReader,
    workingDirectory: mockDir.resolve('work'),
  });

  let tarball: Buffer;
  let tarballDownloads: number;

  /** A GitHub-style tarball: everything below an `o-r-<sha>/` folder. */
  async function makeTarball(sha: string): Promise<Buffer> {
    const top = `o-r-${sha}`;
    mockDir.addContent({
      [`src/${top}`]: {
        'package.json': '{"name":"svc"}',
        'README.md': '# Service',
        'src/index.ts': 'export {};',
        'logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]),
      },
    });
    await fs.symlink('README.md', mockDir.resolve(`src/${top}/GUIDE.md`));
    await fs.symlink('/etc/passwd', mockDir.resolve(`src/${top}/passwd.md`));
    const chunks: Buffer[] = [];
    const stream = tar.c({ gzip: true, cwd: mockDir.resolve('src') }, [top]);
    for await (const chunk of stream) chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks);
  }

  function serveRepository(sha: string) {
    server.use(
      http.get(STATUS_URL, () =>
        HttpResponse.json({
          sha,
          repository: {
            archive_url:
              'https://api.github.com/repos/o/r/{archive_format}{/ref}',
          },
        }),
      ),
      http.get(TARBALL_URL, () => {
        tarballDownloads++;
        return new HttpResponse(tarball, {
          headers: { 'content-type': 'application/x-gzip' },
        });
      }),
    );
  }

  beforeAll(async () => {
    tarball = await makeTarball('abc123');
  });

  beforeEach(async () => {
    tarballDownloads = 0;
    await fs.mkdir(mockDir.resolve('work'), { recursive: true });
  });

  it('reads the listing, the text of matching files and the etag', async () => {
    serveRepository('abc123');

    const result = await reader.read({
      location: LOCATION,
      contentGlobs: GLOBS,
    });

    expect(result).toEqual({
      status: 'read',
      etag: 'abc123',
      snapshot: {
        files: [
          { path: 'GUIDE.md', size: 0 },
          { path: 'README.md', size: 9 },
          { path: 'logo.png', size: 8 },
          { path: 'package.json', size: 14 },
          { path: 'src/index.ts', size: 10 },
        ],
        contents: {
          'README.md': '# Service',
          'package.json': '{"name":"svc"}',
        },
        skipped: {
          'GUIDE.md': 'symbolic link not followed',
          'logo.png': 'binary file',
        },
      },
    });
    // Nothing is left behind in the working folder.
    await expect(fs.readdir(mockDir.resolve('work'))).resolves.toEqual([]);
  });

  it('answers not-modified for an unchanged repository without downloading it', async () => {
    serveRepository('abc123');

    const result = await reader.read({
      location: LOCATION,
      contentGlobs: GLOBS,
      etag: 'abc123',
    });

    expect(result).toEqual({ status: 'not-modified', etag: 'abc123' });
    expect(tarballDownloads).toBe(0);
  });

  it('reads again once the repository changed', async () => {
    serveRepository('def456');

    const result = await reader.read({
      location: LOCATION,
      contentGlobs: GLOBS,
      etag: 'abc123',
    });

    expect(result).toMatchObject({ status: 'read', etag: 'def456' });
    expect(tarballDownloads).toBe(1);
  });

  it('reports a rate limit with the HTTP status and the host', async () => {
    server.use(
      http.get(STATUS_URL, () =>
        HttpResponse.json(
          { message: 'API rate limit exceeded' },
          { status: 403, headers: { 'x-ratelimit-remaining': '0' } },
        ),
      ),
    );

    const result = await reader.read({
      location: LOCATION,
      contentGlobs: GLOBS,
    });

    expect(result).toEqual({
      status: 'unavailable',
      reason: `could not read ${LOCATION}: HTTP 403 Forbidden for ${STATUS_URL}?per_page=0 (rate limit exceeded)`,
      httpStatus: 403,
      host: 'github.com',
    });
  });

  it('reports a missing repository', async () => {
    server.use(
      http.get(STATUS_URL, () =>
        HttpResponse.json({ message: 'Not Found' }, { status: 404 }),
      ),
    );

    const result = await reader.read({
      location: LOCATION,
      contentGlobs: GLOBS,
    });

    expect(result).toEqual({
      status: 'unavailable',
      reason: `could not read ${LOCATION}: HTTP 404 Not Found for ${STATUS_URL}?per_page=0`,
      httpStatus: 404,
      host: 'github.com',
    });
  });

  it.each([
    ['garbage', Buffer.from('this is not an archive at all '.repeat(100))],
    ['a cut-off gzip stream', () => tarball.subarray(0, tarball.length / 2)],
  ])('reports an archive that is %s', async (_, body) => {
    serveRepository('abc123');
    server.use(
      http.get(
        TARBALL_URL,
        () =>
          new HttpResponse(typeof body === 'function' ? body() : body, {
            headers: { 'content-type': 'application/x-gzip' },
          }),
      ),
    );

    const result = await reader.read({
      location: LOCATION,
      contentGlobs: GLOBS,
    });

    expect(result).toEqual({
      status: 'unavailable',
      reason: expect.stringMatching(
        /^could not unpack the archive of https:\/\/github\.com\/o\/r\/tree\/main: \S/,
      ),
      host: 'github.com',
    });
  });

  it('truncates the listing at the file-count cap', async () => {
    serveRepository('abc123');

    const result = await new UrlReaderRepositoryReader({
      urlReader,
      limits: { maxFiles: 2 },
      workingDirectory: mockDir.resolve('work'),
    }).read({ location: LOCATION, contentGlobs: GLOBS });

    expect(result).toMatchObject({
      status: 'read',
      snapshot: { truncated: 'more than 2 files' },
    });
    expect(result.status === 'read' && result.snapshot.files).toHaveLength(2);
  });

  it('gives up after the time limit, even where the reader ignores the signal', async () => {
    server.use(
      http.get(STATUS_URL, async () => {
        await delay(500);
        return HttpResponse.json({}, { status: 500 });
      }),
    );

    const result = await new UrlReaderRepositoryReader({
      urlReader,
      timeoutMs: 100,
    }).read({ location: LOCATION, contentGlobs: GLOBS });

    expect(result).toEqual({
      status: 'unavailable',
      reason: 'timed out after 0.1 s',
      host: 'github.com',
    });
    await delay(500); // let the abandoned request finish within the test
  });

  it('lists the unpacked tree when a reader ignores the filter', async () => {
    const readTree = jest.fn(async () => ({
      etag: 'v1',
      files: async () => [],
      archive: async () => Readable.from([]),
      dir: async (options?: { targetDir?: string }) => {
        const dir = options!.targetDir!;
        await fs.mkdir(`${dir}/docs`);
        await fs.writeFile(`${dir}/README.md`, '# Readme');
        await fs.writeFile(`${dir}/docs/a.txt`, 'a');
        return dir;
      },
    }));

    const result = await new UrlReaderRepositoryReader({
      urlReader: { readTree } as unknown as UrlReaderService,
      workingDirectory: mockDir.resolve('work'),
    }).read({ location: 'https://bucket.example/repo', contentGlobs: GLOBS });

    expect(result).toEqual({
      status: 'read',
      etag: 'v1',
      snapshot: {
        files: [
          { path: 'README.md', size: 8 },
          { path: 'docs/a.txt', size: 1 },
        ],
        contents: { 'README.md': '# Readme' },
        skipped: {},
      },
    });
  });

  it('names files of a failed unpacking by their path in the repository, never the server folder', async () => {
    const workingDirectory = mockDir.resolve('work');
    const readTree = jest.fn(async () => ({
      etag: 'v1',
      files: async () => [],
      archive: async () => Readable.from([]),
      dir: async (options?: { targetDir?: string }) => {
        const error = new Error(
          `EACCES: permission denied, open '${
            options!.targetDir
          }/src/secret.ts'`,
        );
        throw Object.assign(error, { code: 'EACCES' });
      },
    }));

    const result = await new UrlReaderRepositoryReader({
      urlReader: { readTree } as unknown as UrlReaderService,
      workingDirectory,
    }).read({ location: 'https://bucket.example/repo', contentGlobs: GLOBS });

    expect(result).toEqual({
      status: 'unavailable',
      reason:
        "could not unpack the archive of https://bucket.example/repo: EACCES: permission denied, open 'src/secret.ts'",
      host: 'bucket.example',
    });
  });

  it('reports a location that is not a URL', async () => {
    await expect(
      reader.read({ location: '/srv/repo', contentGlobs: GLOBS }),
    ).resolves.toEqual({
      status: 'unavailable',
      reason: '/srv/repo is not a URL',
    });
  });
});
