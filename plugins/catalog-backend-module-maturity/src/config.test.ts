import { mockServices } from '@backstage/backend-test-utils';
import { readCatalogLabelsConfig } from './config';
import type { JsonValue } from '@backstage/types';

describe('readCatalogLabelsConfig', () => {
  it('is on and reloads every 5 minutes by default', () => {
    expect(readCatalogLabelsConfig(mockServices.rootConfig())).toEqual({
      enabled: true,
      refresh: { minutes: 5 },
    });
  });

  it('reads both keys, with durations in any of their forms', () => {
    const read = (refresh: JsonValue) =>
      readCatalogLabelsConfig(
        mockServices.rootConfig({
          data: { maturity: { catalogLabels: { enabled: false, refresh } } },
        }),
      );

    expect(read({ seconds: 30 })).toEqual({
      enabled: false,
      refresh: { seconds: 30 },
    });
    expect(read('PT2M').refresh).toEqual({ minutes: 2 });
    expect(read('10m').refresh).toEqual({ minutes: 10 });
  });

  it('names the key of an invalid duration', () => {
    expect(() =>
      readCatalogLabelsConfig(
        mockServices.rootConfig({
          data: { maturity: { catalogLabels: { refresh: 'soon' } } },
        }),
      ),
    ).toThrow('maturity.catalogLabels.refresh');
  });
});
