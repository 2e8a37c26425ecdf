/**
 * Checks one setting: its value, or what was expected instead.
 *
 * @public
 */
export type SettingCheck<T> = (
  value: unknown,
) => { value: T } | { expected: string };

/**
 * A whole number from `min` to `max`, also as an environment variable's
 * string.
 *
 * @public
 */
export function wholeNumberSetting(
  min: number,
  max: number = Number.MAX_SAFE_INTEGER,
): SettingCheck<number> {
  return value => {
    const number =
      typeof value === 'string' && /^\s*\d+\s*$/.test(value)
        ? Number(value)
        : value;
    if (
      typeof number === 'number' &&
      Number.isInteger(number) &&
      number >= min &&
      number <= max
    ) {
      return { value: number };
    }
    return {
      expected:
        max === Number.MAX_SAFE_INTEGER
          ? `a whole number of at least ${min}`
          : `a whole number from ${min} to ${max}`,
    };
  };
}

/**
 * `true` or `false`, also as an environment variable's string.
 *
 * @public
 */
export const booleanSetting: SettingCheck<boolean> = value => {
  if (value === true || value === 'true') return { value: true };
  if (value === false || value === 'false') return { value: false };
  return { expected: 'true or false' };
};
