import type { SettingCheck } from './settingChecks';
import { closestKey } from '../config/closestKey';

/**
 * The settings of a block of the app config, with what is wrong in it.
 *
 * @public
 */
export interface SettingsRead<T> {
  /** The block's values, and the defaults of keys left out or wrong. */
  settings: T;
  /**
   * `<key>: <problem>`, one for each wrong or unknown key, in block order;
   * an unknown key names the known key it is probably a typo of
   * (`unknown key; did you mean maturity.github.cacheSize?`), or all of them.
   */
  problems: string[];
}

/**
 * Reads the block at `key` (e.g. `maturity.github`) of a Backstage
 * `Config`: each key with its check, the defaults for keys left out.
 * Every problem is returned rather than thrown, so that one failed start-up
 * names all there is to fix.
 *
 * @public
 */
export function readSettings<T extends object>(
  config: { getOptional(key: string): unknown },
  key: string,
  checks: { [K in keyof T]: SettingCheck<T[K]> },
  defaults: T,
): SettingsRead<T> {
  const settings = { ...defaults };
  const block = config.getOptional(key);
  if (block === undefined) return { settings, problems: [] };
  if (block === null || typeof block !== 'object' || Array.isArray(block)) {
    return {
      settings,
      problems: [`${key}: expected an object, got ${JSON.stringify(block)}`],
    };
  }
  const known = Object.keys(checks);
  const problems: string[] = [];
  for (const [name, value] of Object.entries(block)) {
    const check = known.includes(name)
      ? (checks[name as keyof T] as SettingCheck<unknown>)
      : undefined;
    if (!check) {
      const closest = closestKey(name, known);
      problems.push(
        closest
          ? `${key}.${name}: unknown key; did you mean ${key}.${closest}?`
          : `${key}.${name}: unknown key; expected one of ${known.join(', ')}`,
      );
      continue;
    }
    const result = check(value);
    if ('expected' in result) {
      problems.push(
        `${key}.${name}: expected ${result.expected}, got ${JSON.stringify(
          value,
        )}`,
      );
    } else {
      (settings as Record<string, unknown>)[name] = result.value;
    }
  }
  return { settings, problems };
}
