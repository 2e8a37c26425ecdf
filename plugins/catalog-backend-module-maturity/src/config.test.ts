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

  it('names every wrong and unknown key in one error', () => {
    const read = (catalogLabels: JsonValue) => () =>
      readCatalogLabelsConfig(
        mockServices.rootConfig({ data: { maturity: { catalogLabels } } }),
      );
    const expected = `a positive duration such as { minutes: 5 }, '5m' or 'PT5M'`;

    expect(read({ refresh: 'soon' })).toThrow(
      `maturity.catalogLabels.refresh: expected ${expected}, got "soon"`,
    );
    expect(read({ refresh: { minutes: 0 } })).toThrow(
      `maturity.catalogLabels.refresh: expected ${expected}, got {"minutes":0}`,
    );
    expect(read({ refresh: 'PT-5M' })).toThrow(
      `maturity.catalogLabels.refresh: expected ${expected}, got "PT-5M"`,
    );
    expect(read({ enable: false, refresh: { minutes: -1 } })).toThrow(
      [
        'Invalid maturity catalog labels configuration:',
        'maturity.catalogLabels.enable: unknown key; did you mean maturity.catalogLabels.enabled?',
        `maturity.catalogLabels.refresh: expected ${expected}, got {"minutes":-1}`,
      ].join('\n'),
    );
  });
});
