import { ConfigReader } from '@backstage/config';
import { readSettings } from './readSettings';
import { booleanSetting, wholeNumberSetting } from './settingChecks';

const CHECKS = { enabled: booleanSetting, cacheSize: wholeNumberSetting(1) };
const DEFAULTS = { enabled: true, cacheSize: 100 };

function read(block: unknown) {
  return readSettings(
    new ConfigReader({ maturity: { host: block } as any }),
    'maturity.host',
    CHECKS,
    DEFAULTS,
  );
}

describe('readSettings', () => {
  it('takes the defaults for a block or keys left out', () => {
    expect(
      readSettings(new ConfigReader({}), 'maturity.host', CHECKS, DEFAULTS),
    ).toEqual({ settings: DEFAULTS, problems: [] });
    expect(read({ cacheSize: '5' })).toEqual({
      settings: { enabled: true, cacheSize: 5 },
      problems: [],
    });
  });

  it('names every wrong and unknown key, in the order of the block', () => {
    expect(read({ cacheSize: 0, token: 'x', enabled: 'yes' }).problems).toEqual(
      [
        'maturity.host.cacheSize: expected a whole number of at least 1, got 0',
        'maturity.host.token: unknown key; expected one of enabled, cacheSize',
        'maturity.host.enabled: expected true or false, got "yes"',
      ],
    );
  });

  it('names the known key that an unknown one is probably a typo of', () => {
    expect(
      read({ cahceSize: 5, Enable: true, cache: 1, enabledd: true }).problems,
    ).toEqual([
      'maturity.host.cahceSize: unknown key; did you mean maturity.host.cacheSize?',
      'maturity.host.Enable: unknown key; did you mean maturity.host.enabled?',
      'maturity.host.cache: unknown key; expected one of enabled, cacheSize',
      'maturity.host.enabledd: unknown key; did you mean maturity.host.enabled?',
    ]);
  });

  it('refuses a block that is not an object', () => {
    expect(read(true)).toEqual({
      settings: DEFAULTS,
      problems: ['maturity.host: expected an object, got true'],
    });
  });
});
