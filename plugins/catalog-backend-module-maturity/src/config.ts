import type { RootConfigService } from '@backstage/backend-plugin-api';
import { ConfigReader, readDurationFromConfig } from '@backstage/config';
import {
  booleanSetting,
  readSettings,
  type SettingCheck,
} from '@backstage-maturity/plugin-maturity-node';
import { durationToMilliseconds, type HumanDuration } from '@backstage/types';

/** The module's settings: `maturity.catalogLabels.*`. */
export interface CatalogLabelsConfig {
  enabled: boolean;
  refresh: HumanDuration;
}

const DEFAULTS: CatalogLabelsConfig = {
  enabled: true,
  refresh: { minutes: 5 },
};

/** A positive duration, in any of the forms the platform reads. */
const positiveDuration: SettingCheck<HumanDuration> = value => {
  try {
    const duration = readDurationFromConfig(
      new ConfigReader({ value } as never),
      { key: 'value' },
    );
    const parts = Object.values(duration) as number[];
    if (
      parts.every(part => part >= 0) &&
      durationToMilliseconds(duration) > 0
    ) {
      return { value: duration };
    }
  } catch {
    // Not a duration: said below.
  }
  return {
    expected: `a positive duration such as { minutes: 5 }, '5m' or 'PT5M'`,
  };
};

/**
 * Reads `maturity.catalogLabels`. Every wrong or unknown key is named in one
 * error, one `<key>: <problem>` per line, which stops the backend at
 * start-up.
 */
export function readCatalogLabelsConfig(
  config: RootConfigService,
): CatalogLabelsConfig {
  const { settings, problems } = readSettings(
    config,
    'maturity.catalogLabels',
    { enabled: booleanSetting, refresh: positiveDuration },
    DEFAULTS,
  );
  if (problems.length > 0) {
    throw new Error(
      `Invalid maturity catalog labels configuration:\n${problems.join('\n')}`,
    );
  }
  return settings;
}
