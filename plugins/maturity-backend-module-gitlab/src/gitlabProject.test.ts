import { ConfigReader } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import { component } from './__testUtils__/fixtures';
import { gitlabProjectOf } from './gitlabProject';

const integrations = ScmIntegrations.fromConfig(
  new ConfigReader({
    integrations: {
      gitlab: [
        { host: 'gitlab.com', token: 'a' },
        {
          host: 'git.example.com',
          baseUrl: 'https://git.example.com/gitlab',
          apiBaseUrl: 'https://git.example.com/gitlab/api/v4',
          token: 'b',
        },
      ],
    },
  }),
);

function pathOf(url: string) {
  return gitlabProjectOf(component('x', url), integrations)?.path;
}

describe('gitlabProjectOf', () => {
  it('takes the project path up to /-/', () => {
    expect(pathOf('https://gitlab.com/group/sub/project/-/tree/main/svc')).toBe(
      'group/sub/project',
    );
    expect(pathOf('https://gitlab.com/group/project')).toBe('group/project');
    expect(pathOf('https://gitlab.com/group/project.git')).toBe(
      'group/project',
    );
    expect(pathOf('https://gitlab.com/group/project/blob/main/x.yaml')).toBe(
      'group/project',
    );
  });

  it('leaves out the path of a GitLab served under a sub-path', () => {
    expect(
      pathOf(
        'https://git.example.com/gitlab/team/api/-/blob/main/catalog-info.yaml',
      ),
    ).toBe('team/api');
  });

  it('knows no project on a bare host or a single namespace', () => {
    expect(pathOf('https://gitlab.com/')).toBeUndefined();
    expect(pathOf('https://gitlab.com/group')).toBeUndefined();
  });

  it('gives the host configuration with the path', () => {
    expect(
      gitlabProjectOf(
        component('x', 'https://git.example.com/gitlab/team/api'),
        integrations,
      )?.integration,
    ).toMatchObject({
      host: 'git.example.com',
      apiBaseUrl: 'https://git.example.com/gitlab/api/v4',
      token: 'b',
    });
  });
});
