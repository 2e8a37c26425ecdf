import { createBackendModule } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import {
  maturityChecksExtensionPoint,
  maturityEvidenceProvidersExtensionPoint,
  maturityRuleKindsExtensionPoint,
} from '@backstage-maturity/plugin-maturity-node';
import { maturityPlugin } from './plugin';

function component(name: string, tags: string[] = []): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default', tags },
    spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
  };
}

/** What an organisation's on-call tool knows, by service. */
const rotations: Record<string, { value: boolean; detail: string }> = {
  'svc-a': { value: true, detail: '4 people in the primary rotation' },
  'svc-b': { value: false, detail: 'no rotation covers svc-b' },
};

/** A module as an organisation would write one, without forking. */
const onCallModule = createBackendModule({
  pluginId: 'maturity',
  moduleId: 'test-on-call',
  register(env) {
    env.registerInit({
      deps: {
        providers: maturityEvidenceProvidersExtensionPoint,
        checks: maturityChecksExtensionPoint,
        ruleKinds: maturityRuleKindsExtensionPoint,
      },
      async init({ providers, checks, ruleKinds }) {
        providers.addEvidenceProvider({
          id: 'on-call',
          async collect({ entity }) {
            const rotation = rotations[entity.metadata.name];
            return {
              kind: 'evidence',
              evidence: rotation
                ? { facts: { 'on-call.rotation': rotation } }
                : {},
            };
          },
        });
        ruleKinds.addRuleKind({
          name: 'tagged',
          validateOptions: options =>
            typeof options?.tag === 'string' ? [] : ['tag: expected a tag'],
          evaluate(options, { entity }) {
            const tag = String(options?.tag);
            return entity?.metadata.tags?.includes(tag)
              ? {
                  value: true,
                  evidence: [{ kind: 'entity', detail: `tagged ${tag}` }],
                }
              : { value: false, lookedFor: [`the tag ${tag}`] };
          },
        });
        checks.addChecks(
          {
            id: 'on-call-rotation',
            title: 'Someone is on call',
            track: 'nice-to-have',
            why: 'Incidents wait for office hours otherwise.',
            howToPass: 'Put the service in an on-call rotation.',
            attestable: true,
            rule: { fact: { name: 'on-call.rotation' } },
          },
          {
            id: 'tier-declared',
            title: 'The service declares its tier',
            track: 'nice-to-have',
            why: 'Support levels follow the tier.',
            howToPass: 'Tag the entity tier-1, tier-2 or tier-3.',
            rule: { custom: { kind: 'tagged', options: { tag: 'tier-1' } } },
          },
        );
      },
    });
  },
});

async function startBackend(config: object = {}) {
  return startTestBackend({
    features: [
      maturityPlugin,
      onCallModule,
      catalogServiceMock.factory({
        entities: [
          component('svc-a', ['tier-1']),
          component('svc-b'),
          component('svc-c'),
        ],
      }),
      mockServices.rootConfig.factory({ data: config }),
    ],
  });
}

async function scorecardOf(
  server: Parameters<typeof request>[0],
  name: string,
): Promise<Record<string, any>> {
  const path = `/api/maturity/entities/component/default/${name}`;
  const refresh = await request(server)
    .post(`${path}/refresh`)
    .set('Authorization', mockCredentials.user.header());
  expect(refresh.status).toBe(200);
  const response = await request(server)
    .get(path)
    .set('Authorization', mockCredentials.user.header());
  expect(response.status).toBe(200);
  return Object.fromEntries(
    response.body.checks.map((c: { checkId: string }) => [c.checkId, c]),
  );
}

describe('maturityPlugin extended by a module', () => {
  it('evaluates the checks a module added with the evidence its provider supplies', async () => {
    const { server } = await startBackend();

    const a = await scorecardOf(server, 'svc-a');
    const b = await scorecardOf(server, 'svc-b');
    const c = await scorecardOf(server, 'svc-c');

    expect(a['on-call-rotation']).toMatchObject({
      outcome: 'pass',
      evidence: [
        expect.objectContaining({ detail: '4 people in the primary rotation' }),
      ],
    });
    expect(a['tier-declared']).toMatchObject({ outcome: 'pass' });
    expect(b['on-call-rotation']).toMatchObject({
      outcome: 'fail',
      lookedFor: ['no rotation covers svc-b'],
    });
    expect(b['tier-declared']).toMatchObject({
      outcome: 'fail',
      lookedFor: ['the tag tier-1'],
    });
    // Nothing was known about svc-c: the check can be attested; it says
    // where the data would come from.
    expect(c['on-call-rotation'].lookedFor).toEqual([
      'on-call.rotation (from an evidence provider, or an attestation)',
    ]);
  });

  it('refuses to start when a check uses a rule kind no module installed', async () => {
    await expect(
      startBackend({
        maturity: {
          checklist: {
            checks: [
              {
                id: 'quality-gate',
                title: 'The quality gate passes',
                track: 'nice-to-have',
                why: 'Regressions reach users otherwise.',
                howToPass: 'Pass the quality gate.',
                rule: { custom: { kind: 'sonar.gate' } },
              },
            ],
          },
        },
      }),
    ).rejects.toThrow(
      'check quality-gate: rule: rule kind "sonar.gate" is not installed; installed: tagged',
    );
  });
});
