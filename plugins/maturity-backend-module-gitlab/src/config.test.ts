import { mockServices } from '@backstage/backend-test-utils';
import { readGitlabModuleConfig } from './config';

type ConfigData = NonNullable<
  NonNullable<Parameters<typeof mockServices.rootConfig>[0]>['data']
>;

function read(gitlab: ConfigData | undefined) {
  return readGitlabModuleConfig(
    mockServices.rootConfig({
      data: gitlab === undefined ? {} : { maturity: { gitlab } },
    }),
  );
}

describe('readGitlabModuleConfig', () => {
  it('is on, with 2000 requests per cycle, 20 merge requests and 20 000 cached projects, by default', () => {
    expect(read(undefined)).toEqual({
      enabled: true,
      requestsPerCycle: 2000,
      recentMergeRequests: 20,
      cacheSize: 20000,
    });
  });

  it('reads every key, keeping the default of each key left out', () => {
    expect(
      read({ enabled: false, requestsPerCycle: 500, recentMergeRequests: 0 }),
    ).toEqual({
      enabled: false,
      requestsPerCycle: 500,
      recentMergeRequests: 0,
      cacheSize: 20000,
    });
    expect(read({ cacheSize: 100 }).cacheSize).toBe(100);
  });

  it('accepts numbers and booleans written as strings, as environment substitution gives them', () => {
    expect(read({ requestsPerCycle: '300', enabled: 'false' })).toMatchObject({
      requestsPerCycle: 300,
      enabled: false,
    });
  });

  it('names every wrong and unknown key in one error', () => {
    expect(() =>
      read({
        enabled: 'yes',
        requestsPerCycle: 0,
        recentMergeRequests: 101,
        cacheSize: 2.5,
        token: 'glpat-x',
        cachesize: 10,
      }),
    ).toThrow(
      [
        'Invalid GitLab maturity configuration:',
        'maturity.gitlab.enabled: expected true or false, got "yes"',
        'maturity.gitlab.requestsPerCycle: expected a whole number of at least 1, got 0',
        'maturity.gitlab.recentMergeRequests: expected a whole number from 0 to 100, got 101',
        'maturity.gitlab.cacheSize: expected a whole number of at least 1, got 2.5',
        'maturity.gitlab.token: unknown key; expected one of enabled, requestsPerCycle, recentMergeRequests, cacheSize',
        'maturity.gitlab.cachesize: unknown key; did you mean maturity.gitlab.cacheSize?',
      ].join('\n'),
    );
  });

  it('rejects a block that is not an object', () => {
    expect(() =>
      readGitlabModuleConfig(
        mockServices.rootConfig({ data: { maturity: { gitlab: true } } }),
      ),
    ).toThrow('maturity.gitlab: expected an object');
  });
});
