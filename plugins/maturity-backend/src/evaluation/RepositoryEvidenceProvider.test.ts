import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Entity } from '@backstage/catalog-model';
import { LocalDirectoryRepositoryReader } from '@backstage-maturity/plugin-maturity-node';
import { RepositoryEvidenceProvider } from './RepositoryEvidenceProvider';

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
});
