import type { RootConfigService } from '@backstage/backend-plugin-api';
import { readDurationFromConfig } from '@backstage/config';
import type { HumanDuration } from '@backstage/types';

/** The module's settings: `maturity.catalogLabels.*`. */
export interface CatalogLabelsConfig {
  enabled: boolean;
  refresh: HumanDuration;
}

const DEFAULT_REFRESH: HumanDuration = { minutes: 5 };

export function readCatalogLabelsConfig(
  config: RootConfigService,
): CatalogLabelsConfig {
  const key = 'maturity.catalogLabels';
  return {
    enabled: config.getOptionalBoolean(`${key}.enabled`) ?? true,
    refresh: config.has(`${key}.refresh`)
      ? readDurationFromConfig(config, { key: `${key}.refresh` })
      : DEFAULT_REFRESH,
  };
}
