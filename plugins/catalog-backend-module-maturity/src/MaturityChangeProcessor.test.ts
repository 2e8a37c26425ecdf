import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import type { CatalogProcessorCache } from '@backstage/plugin-catalog-node';
import type { JsonValue } from '@backstage/types';
import { MATURITY_PHASE_LABEL } from '@backstage-maturity/plugin-maturity-common';
import { MATURITY_ENTITY_CHANGED_TOPIC } from '@backstage-maturity/plugin-maturity-node';
import { MaturityChangeProcessor } from './MaturityChangeProcessor';

/** The catalog's cache of one entity, kept across processing runs. */
function processorCache(): CatalogProcessorCache {
  const values = new Map<string, JsonValue>();
  return {
    async get<T extends JsonValue>(key: string) {
      return values.get(key) as T | undefined;
    },
    async set(key: string, value: JsonValue) {
      values.set(key, value);
    },
  };
}

function entity(
  changes: Partial<Entity['metadata']> = {},
  lifecycle = 'production',
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'payments-api', namespace: 'default', ...changes },
    spec: { type: 'service', lifecycle, owner: 'team-a' },
  };
}

describe('MaturityChangeProcessor', () => {
  const location = { type: 'url', target: 'https://example.com/catalog.yaml' };
  let publish: jest.Mock;
  let processor: MaturityChangeProcessor;
  let cache: CatalogProcessorCache;

  const process = (e: Entity) =>
    processor.preProcessEntity(e, location, jest.fn(), location, cache);

  beforeEach(() => {
    publish = jest.fn(async () => {});
    processor = new MaturityChangeProcessor({
      events: { publish, subscribe: jest.fn() },
      logger: mockServices.logger.mock(),
    });
    cache = processorCache();
  });

  it('announces a changed entity once, and not one seen for the first time or unchanged', async () => {
    await process(entity());
    await process(entity());
    expect(publish).not.toHaveBeenCalled();

    await process(entity({}, 'deprecated'));
    await process(entity({}, 'deprecated'));
    expect(publish).toHaveBeenCalledTimes(1);
    expect(publish).toHaveBeenCalledWith({
      topic: MATURITY_ENTITY_CHANGED_TOPIC,
      eventPayload: { entityRef: 'component:default/payments-api' },
    });
  });

  it('does not take the labels it writes itself for a change, but does an annotation a user adds', async () => {
    await process(entity());
    await process(entity({ labels: { [MATURITY_PHASE_LABEL]: 'foundation' } }));
    expect(publish).not.toHaveBeenCalled();
    await process(
      entity({
        labels: { [MATURITY_PHASE_LABEL]: 'foundation' },
        annotations: { 'pagerduty.com/service-id': 'P123' },
      }),
    );
    expect(publish).toHaveBeenCalledTimes(1);
  });

  it('returns the entity unchanged and goes on when publishing fails', async () => {
    publish.mockRejectedValue(new Error('events backend down'));
    await process(entity());
    const changed = entity({}, 'experimental');
    await expect(process(changed)).resolves.toBe(changed);
  });
});
