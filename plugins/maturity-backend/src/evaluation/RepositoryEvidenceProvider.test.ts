import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Entity } from '@backstage/catalog-model';
import { LocalDirectoryRepositoryReader } from '@backstage-maturity/plugin-maturity-node';
import {
  RepositoryEvidenceProvider,
  withoutServerPath,
} from './RepositoryEvidenceProvider';

function entityAt(location: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'legacy-gateway',
      annotations: { 'backstage.io/source-location': `url:${location}` },
    },
    spec: { type: 'service', owner: 'team-a', lifecycle: 'production' },
  };
}

describe('RepositoryEvidenceProvider', () => {
  let root: string;
  beforeEach(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'maturity-mirror-'));
  });
  afterEach(() => fs.rm(root, { recursive: true, force: true }));

  it("names a missing mirror by the repository's URL, never by the server's folder", async () => {
    const provider = new RepositoryEvidenceProvider({
      urlReader: { read: jest.fn() },
      localReader: new LocalDirectoryRepositoryReader({ roots: [root] }),
      mirrors: [{ urlPrefix: 'https://github.com/acme/', directory: root }],
      circuitBreakerFailures: 3,
    });

    const result = await provider.collect({
      entity: entityAt('https://github.com/acme/legacy-gateway'),
      contentGlobs: [],
    });

    expect(result.kind).toBe('evidence');
    const repository =
      result.kind === 'evidence' ? result.evidence.repository : undefined;
    expect(repository?.status).toBe('unavailable');
    const reason =
      repository?.status === 'unavailable' ? repository.reason : '';
    expect(reason).toContain(
      'the local copy of https://github.com/acme/legacy-gateway',
    );
    expect(reason).not.toContain(root);
  });

  it('names a mirror path that is a file by the repository, never the server folder', async () => {
    await fs.writeFile(path.join(root, 'legacy-gateway'), 'not a folder');
    const provider = new RepositoryEvidenceProvider({
      urlReader: { read: jest.fn() },
      localReader: new LocalDirectoryRepositoryReader({ roots: [root] }),
      mirrors: [{ urlPrefix: 'https://github.com/acme/', directory: root }],
      circuitBreakerFailures: 3,
    });

    const result = await provider.collect({
      entity: entityAt('https://github.com/acme/legacy-gateway'),
      contentGlobs: [],
    });

    expect(result).toEqual({
      kind: 'evidence',
      evidence: {
        repository: {
          status: 'unavailable',
          location: 'https://github.com/acme/legacy-gateway',
          reason:
            'no such directory: the local copy of https://github.com/acme/legacy-gateway is a file',
        },
      },
    });
  });
});

describe('withoutServerPath', () => {
  it('makes paths inside the mirror relative and names the folders', () => {
    expect(
      withoutServerPath(
        "could not read /srv/m/api: EACCES: permission denied, open '/srv/m/api/src/a.ts' (root /srv/m)",
        '/srv/m/api',
        'https://github.com/acme/api',
        ['/srv/m'],
      ),
    ).toBe(
      "could not read the local copy of https://github.com/acme/api: EACCES: permission denied, open 'src/a.ts' (root the mirror folder)",
    );
  });
});
