import { mockServices } from '@backstage/backend-test-utils';
import { readGithubEvidenceConfig } from './config';

function read(github: unknown) {
  return readGithubEvidenceConfig(
    mockServices.rootConfig({ data: { maturity: { github } as any } }),
  );
}

describe('readGithubEvidenceConfig', () => {
  it('is on, with 2000 requests per cycle, 20 pull requests and 20000 cached repositories by default', () => {
    expect(readGithubEvidenceConfig(mockServices.rootConfig())).toEqual({
      enabled: true,
      requestsPerCycle: 2000,
      recentPullRequests: 20,
      cacheSize: 20_000,
    });
  });

  it('reads every key, also from environment variables as strings', () => {
    expect(
      read({
        enabled: 'false',
        requestsPerCycle: '500',
        recentPullRequests: 0,
        cacheSize: 100,
      }),
    ).toEqual({
      enabled: false,
      requestsPerCycle: 500,
      recentPullRequests: 0,
      cacheSize: 100,
    });
  });

  it('names every wrong key at once', () => {
    expect(() =>
      read({
        enabled: 'yes',
        requestsPerCycle: 0,
        recentPullRequests: 500,
        cacheSize: 1.5,
        requestPerCycle: 10,
      }),
    ).toThrow(
      'Invalid configuration: ' +
        'maturity.github.enabled: expected true or false, got "yes"; ' +
        'maturity.github.requestsPerCycle: expected a whole number of at least 1, got 0; ' +
        'maturity.github.recentPullRequests: expected a whole number from 0 to 100, got 500; ' +
        'maturity.github.cacheSize: expected a whole number of at least 1, got 1.5; ' +
        'maturity.github.requestPerCycle: unknown key; did you mean maturity.github.requestsPerCycle?',
    );
  });

  it('refuses a section that is not an object', () => {
    expect(() => read(true)).toThrow(
      'maturity.github: expected an object, got true',
    );
  });
});
