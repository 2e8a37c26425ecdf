import { booleanSetting, wholeNumberSetting } from './settingChecks';

describe('wholeNumberSetting', () => {
  it('takes a whole number in range, also written as a string', () => {
    const check = wholeNumberSetting(0, 100);

    expect([check(0), check(' 100 '), check(7)]).toEqual([
      { value: 0 },
      { value: 100 },
      { value: 7 },
    ]);
  });

  it('says what it expected of anything else', () => {
    expect(wholeNumberSetting(0, 100)(101)).toEqual({
      expected: 'a whole number from 0 to 100',
    });
    expect(wholeNumberSetting(1)(1.5)).toEqual({
      expected: 'a whole number of at least 1',
    });
    expect(wholeNumberSetting(1)('-1')).toEqual({
      expected: 'a whole number of at least 1',
    });
  });
});

describe('booleanSetting', () => {
  it('takes true or false, also written as a string', () => {
    expect([booleanSetting(true), booleanSetting('false')]).toEqual([
      { value: true },
      { value: false },
    ]);
    expect(booleanSetting('yes')).toEqual({ expected: 'true or false' });
  });
});
