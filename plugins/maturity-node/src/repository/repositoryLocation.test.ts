import path from 'node:path';
import type { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import { mirroredDirectory, repositoryLocation } from './repositoryLocation';

function entity(annotations: Record<string, string>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'payments', annotations },
    spec: {},
  };
}

const integrations = ScmIntegrations.fromConfig(
  new ConfigReader({
    integrations: {
      github: [
        { host: 'ghe.acme.com', apiBaseUrl: 'https://ghe.acme.com/api/v3' },
      ],
      gitlab: [
        {
          host: 'gitlab.acme.com',
          apiBaseUrl: 'https://gitlab.acme.com/api/v4',
        },
      ],
    },
  }),
);

describe('repositoryLocation', () => {
  it('prefers the source location', () => {
    const payments = entity({
      'backstage.io/source-location':
        'url:https://github.com/acme/payments/tree/main/',
      'github.com/project-slug': 'acme/other',
    });
    expect(repositoryLocation(payments)).toBe(
      'https://github.com/acme/payments/tree/main/',
    );
    expect(repositoryLocation(payments, integrations)).toBe(
      'https://github.com/acme/payments/tree/main/',
    );
  });

  it('passes over a source location that is not a URL', () => {
    expect(
      repositoryLocation(
        entity({
          'backstage.io/source-location': 'file:/srv/payments',
          'github.com/project-slug': 'acme/payments',
        }),
      ),
    ).toBe('https://github.com/acme/payments');
  });

  it('reads GitHub and GitLab project slugs on their public hosts', () => {
    expect(
      repositoryLocation(
        entity({ 'github.com/project-slug': 'acme/payments' }),
      ),
    ).toBe('https://github.com/acme/payments');
    expect(
      repositoryLocation(
        entity({ 'gitlab.com/project-slug': 'acme/payments' }),
        integrations,
      ),
    ).toBe('https://gitlab.com/acme/payments');
  });

  it('puts a GitHub slug on the GitHub Enterprise host the entity was registered from', () => {
    const payments = entity({
      'github.com/project-slug': 'acme/payments',
      'backstage.io/managed-by-location':
        'url:https://ghe.acme.com/acme/payments/blob/main/catalog-info.yaml',
      'backstage.io/managed-by-origin-location':
        'url:https://ghe.acme.com/acme/payments/blob/main/catalog-info.yaml',
    });
    expect(repositoryLocation(payments, integrations)).toBe(
      'https://ghe.acme.com/acme/payments',
    );
  });

  it('puts a GitLab slug on the self-hosted GitLab the entity was registered from', () => {
    expect(
      repositoryLocation(
        entity({
          'gitlab.com/project-slug': 'acme/payments',
          'backstage.io/managed-by-location':
            'url:https://gitlab.acme.com/acme/payments/-/blob/main/catalog-info.yaml',
        }),
        integrations,
      ),
    ).toBe('https://gitlab.acme.com/acme/payments');
  });

  it('keeps a slug on the public host when the catalog file is on a host that is no integration', () => {
    expect(
      repositoryLocation(
        entity({
          'github.com/project-slug': 'acme/payments',
          'backstage.io/managed-by-location':
            'url:https://git.example.org/acme/payments/catalog-info.yaml',
        }),
        integrations,
      ),
    ).toBe('https://github.com/acme/payments');
  });

  it('falls back to the folder of the catalog file the entity came from', () => {
    const payments = entity({
      'backstage.io/managed-by-location':
        'url:https://ghe.acme.com/acme/payments/blob/main/service/catalog-info.yaml',
    });
    expect(repositoryLocation(payments)).toBe(
      'https://ghe.acme.com/acme/payments/blob/main/service/',
    );
    // The integration names the folder as the host does.
    expect(repositoryLocation(payments, integrations)).toBe(
      'https://ghe.acme.com/acme/payments/tree/main/service/',
    );
  });

  it('prefers the origin location to the managed-by location', () => {
    expect(
      repositoryLocation(
        entity({
          'backstage.io/managed-by-origin-location':
            'url:https://github.com/acme/catalog/blob/main/all.yaml',
          'backstage.io/managed-by-location':
            'url:https://github.com/acme/payments/blob/main/catalog-info.yaml',
        }),
      ),
    ).toBe('https://github.com/acme/catalog/blob/main/');
  });

  it('is undefined when nothing names a repository', () => {
    expect(repositoryLocation(entity({}))).toBeUndefined();
    expect(
      repositoryLocation(
        entity({ 'backstage.io/managed-by-location': 'file:/tmp/x.yaml' }),
        integrations,
      ),
    ).toBeUndefined();
  });
});

describe('mirroredDirectory', () => {
  const mirrors = [
    { urlPrefix: 'https://github.com/acme/', directory: '/srv/mirrors' },
  ];

  it('maps a repository URL under a prefix to a directory, without the branch', () => {
    expect(
      mirroredDirectory('https://github.com/acme/payments/tree/main/', mirrors),
    ).toBe(path.resolve('/srv/mirrors/payments'));
    expect(
      mirroredDirectory(
        'https://github.com/acme/payments/blob/main/service/',
        mirrors,
      ),
    ).toBe(path.resolve('/srv/mirrors/payments/service'));
  });

  it('is undefined for URLs under no prefix', () => {
    expect(
      mirroredDirectory('https://gitlab.com/acme/payments', mirrors),
    ).toBeUndefined();
  });
});
