import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import type { MaturityEvidenceProvider } from '../evidence';
import { maturityEvidenceProvidersExtensionPoint } from '../extensions';
import {
  createEvidenceProviderModule,
  type EvidenceProviderModuleOptions,
} from './createEvidenceProviderModule';

const provider: MaturityEvidenceProvider = {
  id: 'example',
  collect: async () => ({ kind: 'evidence', evidence: {} }),
};

async function start(
  createProvider: EvidenceProviderModuleOptions['createProvider'],
) {
  const added: MaturityEvidenceProvider[] = [];
  await startTestBackend({
    extensionPoints: [
      [
        maturityEvidenceProvidersExtensionPoint,
        { addEvidenceProvider: (...providers) => added.push(...providers) },
      ],
    ],
    features: [
      createEvidenceProviderModule({ moduleId: 'example', createProvider }),
      mockServices.rootConfig.factory({ data: { example: 'on' } }),
    ],
  });
  return added;
}

describe('createEvidenceProviderModule', () => {
  it('adds the provider made from the config', async () => {
    const added = await start(({ config }) =>
      config.getString('example') === 'on' ? provider : undefined,
    );

    expect(added).toEqual([provider]);
  });

  it('adds nothing when no provider is made', async () => {
    expect(await start(() => undefined)).toEqual([]);
  });

  it('stops start-up when making the provider fails', async () => {
    await expect(
      start(() => {
        throw new Error('Invalid configuration');
      }),
    ).rejects.toThrow('Invalid configuration');
  });
});
