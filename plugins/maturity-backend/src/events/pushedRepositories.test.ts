import { pushedRepository } from './pushedRepositories';

const github = (ref: string) => ({
  ref,
  repository: {
    html_url: 'https://github.com/acme/payments-api',
    default_branch: 'main',
  },
});

const gitlab = (ref: string) => ({
  object_kind: 'push',
  ref,
  project: {
    web_url: 'https://gitlab.example.com/acme/payments-api/',
    default_branch: 'trunk',
  },
});

describe('pushedRepository', () => {
  it('names the repository of a push to the default branch, which evaluations read', () => {
    expect(pushedRepository('github.push', github('refs/heads/main'))).toBe(
      'https://github.com/acme/payments-api',
    );
    expect(pushedRepository('gitlab.push', gitlab('refs/heads/trunk'))).toBe(
      'https://gitlab.example.com/acme/payments-api',
    );
  });

  it('ignores pushes to other branches and tags, and other events', () => {
    expect(
      pushedRepository('github.push', github('refs/heads/feature/main')),
    ).toBeUndefined();
    expect(
      pushedRepository('github.push', github('refs/tags/main')),
    ).toBeUndefined();
    expect(
      pushedRepository('gitlab.push', gitlab('refs/heads/main')),
    ).toBeUndefined();
    expect(
      pushedRepository('github.pull_request', github('refs/heads/main')),
    ).toBeUndefined();
    expect(pushedRepository('github.push', undefined)).toBeUndefined();
    expect(pushedRepository('github.push', { ref: 5 })).toBeUndefined();
  });
});
