import type { Entity } from '@backstage/catalog-model';
import { mockServices } from '@backstage/backend-test-utils';
import type {
  EvidenceRequest,
  MaturityEvidenceProvider,
} from '@backstage-maturity/plugin-maturity-node';
import { EvidenceCollector } from './EvidenceCollector';

const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'svc', namespace: 'default' },
};

const snapshot = { files: [], contents: {}, skipped: {} };

/** A provider whose data has the given version, recording what it is asked. */
function versioned(id: string, version: () => string) {
  const asked: Array<string | undefined> = [];
  const provider: MaturityEvidenceProvider = {
    id,
    async collect(request: EvidenceRequest) {
      asked.push(request.previousToken);
      const token = version();
      if (request.previousToken === token) {
        return { kind: 'not-modified', token };
      }
      return id === 'repository'
        ? {
            kind: 'evidence',
            token,
            evidence: { repository: { status: 'read', snapshot } },
          }
        : {
            kind: 'evidence',
            token,
            evidence: {
              facts: { [`${id}.fact`]: { value: true, detail: token } },
            },
          };
    },
  };
  return { provider, asked };
}

function collector(...providers: MaturityEvidenceProvider[]) {
  return new EvidenceCollector({
    providers,
    contentGlobs: [],
    logger: mockServices.logger.mock(),
  });
}

describe('EvidenceCollector', () => {
  it('reports no change only when every provider reports none', async () => {
    const repository = versioned('repository', () => 'r1');
    let pager = 'p1';
    const onCall = versioned('on-call', () => pager);
    const evidence = collector(repository.provider, onCall.provider);

    const first = await evidence.collect(entity);
    expect(first).toMatchObject({
      kind: 'evidence',
      tokens: { repository: 'r1', 'on-call': 'p1' },
    });
    await expect(evidence.collect(entity, first.tokens)).resolves.toEqual({
      kind: 'not-modified',
      tokens: { repository: 'r1', 'on-call': 'p1' },
    });

    // The on-call data changed: the repository, unchanged, is read again
    // without its token so that the evaluation sees all the evidence.
    pager = 'p2';
    repository.asked.length = 0;
    const changed = await evidence.collect(entity, first.tokens);
    expect(repository.asked).toEqual(['r1', undefined]);
    expect(changed).toMatchObject({
      kind: 'evidence',
      evidence: {
        repository: { status: 'read' },
        facts: { 'on-call.fact': { value: true, detail: 'p2' } },
      },
    });
  });

  it('takes nothing from a provider that fails, and an unreadable repository from the reader that fails', async () => {
    const failing = (id: string): MaturityEvidenceProvider => ({
      id,
      async collect() {
        throw new Error('quota exhausted');
      },
    });

    const withRepository = await collector(
      versioned('repository', () => 'r1').provider,
      failing('on-call'),
    ).collect(entity);
    expect(withRepository).toMatchObject({
      kind: 'evidence',
      evidence: { repository: { status: 'read' } },
    });
    expect(
      withRepository.kind === 'evidence' && withRepository.evidence.facts,
    ).toBeFalsy();

    const without = await collector(failing('repository')).collect(entity);
    expect(without).toMatchObject({
      kind: 'evidence',
      evidence: {
        repository: {
          status: 'unavailable',
          reason: 'evidence provider repository failed: quota exhausted',
        },
      },
    });
  });
});
