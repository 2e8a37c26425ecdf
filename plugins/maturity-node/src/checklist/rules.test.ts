import type { Entity } from '@backstage/catalog-model';
import type { CheckOutcome } from '@backstage-maturity/plugin-maturity-common';
import { evaluateEntity } from '../evaluation';
import { defaultChecklist } from './defaultChecklist';

/**
 * The readings of the specification that the rules encode, on small
 * synthetic repositories: what counts and, as importantly, what does not.
 */

function entity(
  annotations: Record<string, string> = {},
  spec: Record<string, unknown> = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'svc', namespace: 'default', annotations },
    spec: {
      type: 'service',
      owner: 'team-a',
      lifecycle: 'production',
      ...spec,
    },
  };
}

function outcome(
  checkId: string,
  repo: Record<string, string>,
  subject: Entity = entity(),
): CheckOutcome {
  const check = defaultChecklist.checks.find(c => c.id === checkId)!;
  const card = evaluateEntity({
    checklist: { ...defaultChecklist, checks: [check] },
    input: {
      entity: subject,
      catalog: { ownerExists: true, related: {}, componentDependsOn: {} },
      repository: {
        status: 'read',
        snapshot: {
          files: Object.entries(repo).map(([path, text]) => ({
            path,
            size: text.length,
          })),
          contents: repo,
          skipped: {},
        },
      },
    },
    now: new Date('2025-01-15T12:00:00Z'),
  });
  return card.checks[0].outcome;
}

describe('source-hosted', () => {
  it.each([
    ['url:https://github.com/acme/payments/tree/main/', 'pass'],
    ['url:https://dev.azure.com/acme/shop/_git/payments', 'pass'],
    ['url:https://gitea.example.com/acme/payments', 'pass'],
    ['url:https://wiki.example.com/payments', 'fail'],
    ['file:./payments', 'fail'],
  ])('%s: %s', (location, expected) => {
    expect(
      outcome(
        'source-hosted',
        {},
        entity({ 'backstage.io/source-location': location }),
      ),
    ).toBe(expected);
  });

  it('accepts a project slug annotation', () => {
    expect(
      outcome(
        'source-hosted',
        {},
        entity({ 'gitlab.com/project-slug': 'acme/payments' }),
      ),
    ).toBe('pass');
  });
});

describe('local-dev', () => {
  it.each([
    ['dev:\n\tdocker compose up\n', 'pass'],
    ['build test:\n\tgo test\nrun: build\n\tgo run .\n', 'pass'],
    ['dev-up:\n\tdocker compose up -d\n', 'pass'],
    ['.PHONY: dev run\nsetup:\n\ttrue\nbackup:\n\ttrue\n', 'fail'],
    ['RUN := go run .\n', 'fail'],
  ])('Makefile %j: %s', (makefile, expected) => {
    expect(outcome('local-dev', { Makefile: makefile })).toBe(expected);
  });

  it('reads Taskfile tasks and justfile recipes', () => {
    expect(
      outcome('local-dev', {
        'Taskfile.yml':
          "version: '3'\ntasks:\n  up:\n    cmds: [docker compose up]\n",
      }),
    ).toBe('pass');
    expect(
      outcome('local-dev', { justfile: 'start *args:\n  cargo run\n' }),
    ).toBe('pass');
  });

  it('recognises a .NET Aspire app host', () => {
    expect(
      outcome('local-dev', {
        'src/Shop.AppHost/Shop.AppHost.csproj': '<Project/>',
      }),
    ).toBe('pass');
  });
});

describe('code-quality', () => {
  const pom = (plugins: string) =>
    `<project><build><plugins>${plugins}</plugins></build></project>`;

  it('does not count a coverage report alone', () => {
    expect(
      outcome('code-quality', {
        '.github/workflows/ci.yml':
          'jobs:\n  t:\n    steps:\n      - run: go test -coverprofile=c.out ./...\n',
        'pom.xml': pom(
          '<plugin><artifactId>jacoco-maven-plugin</artifactId><executions><execution><goals><goal>prepare-agent</goal></goals></execution></executions></plugin>' +
            '<plugin><artifactId>maven-checkstyle-plugin</artifactId><executions><execution><goals><goal>check</goal></goals></execution></executions></plugin>',
        ),
      }),
    ).toBe('fail');
  });

  it('counts a JaCoCo check with rules', () => {
    expect(
      outcome('code-quality', {
        'pom.xml': pom(
          '<plugin><artifactId>jacoco-maven-plugin</artifactId><executions><execution><goals><goal>check</goal></goals><configuration><rules><rule/></rules></configuration></execution></executions></plugin>',
        ),
      }),
    ).toBe('pass');
  });

  it('counts -covermode only with a threshold script', () => {
    const ci = '.github/workflows/ci.yml';
    expect(
      outcome('code-quality', {
        [ci]: 'run: go test -covermode=atomic ./...\n',
      }),
    ).toBe('fail');
    expect(
      outcome('code-quality', {
        [ci]: 'run: go test -covermode=atomic -coverprofile=c.out ./...\nrun: ./scripts/check-coverage.sh --threshold 80\n',
      }),
    ).toBe('pass');
  });
});

describe('test-levels', () => {
  const unit = { 'src/cart.test.ts': '' };

  it('needs more than unit tests', () => {
    expect(outcome('test-levels', unit)).toBe('fail');
  });

  it('does not take "Continuous Integration" for an integration test job', () => {
    expect(
      outcome('test-levels', {
        ...unit,
        '.github/workflows/ci.yml':
          'name: Continuous Integration\njobs:\n  continuous-integration:\n    steps: []\n',
      }),
    ).toBe('fail');
  });

  it.each([
    ['.github/workflows/ci.yml', 'jobs:\n  e2e:\n    steps: []\n'],
    [
      '.github/workflows/ci.yml',
      'jobs:\n  t:\n    steps:\n      - name: Integration tests\n',
    ],
    ['src/test/java/a/RepoIT.java', ''],
    ['tests/integration/test_api.py', ''],
    ['e2e/checkout.spec.ts', ''],
  ])('counts %s', (file, text) => {
    expect(outcome('test-levels', { ...unit, [file]: text })).toBe('pass');
  });

  it('reads *IT.java case-sensitively', () => {
    expect(
      outcome('test-levels', { ...unit, 'src/main/java/a/Audit.java': '' }),
    ).toBe('fail');
  });
});

describe('secrets-management', () => {
  const store = {
    'deploy/externalsecret.yaml':
      'apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: db\n',
  };

  it('passes with a secret store and only .env templates', () => {
    expect(
      outcome('secrets-management', {
        ...store,
        '.env.example': 'A=1',
        '.env.production.sample': 'A=1',
      }),
    ).toBe('pass');
  });

  it.each(['.env', 'app/.env.local', '.env.production'])(
    'fails with a committed %s',
    file => {
      expect(outcome('secrets-management', { ...store, [file]: 'A=1' })).toBe(
        'fail',
      );
    },
  );
});

describe('runbooks', () => {
  it('does not take Ansible playbooks for runbooks', () => {
    expect(
      outcome('runbooks', {
        'playbooks/deploy.yml': '- hosts: all\n  tasks: []\n',
        'playbook.yml': '- hosts: all\n',
      }),
    ).toBe('fail');
  });

  it.each([
    'RUNBOOK.md',
    'docs/runbooks/restart.adoc',
    'docs/ops/operations.rst',
    'docs/operations/failover.md',
  ])('counts %s', file => {
    expect(outcome('runbooks', { [file]: '# x' })).toBe('pass');
  });
});

describe('security-hardening', () => {
  const rootless = 'USER 10001\n';

  it('needs SECURITY.md and one more measure', () => {
    expect(outcome('security-hardening', { 'SECURITY.md': '' })).toBe('fail');
    expect(
      outcome('security-hardening', {
        'SECURITY.md': '',
        Dockerfile: `FROM eclipse-temurin:21-jre\n${rootless}`,
      }),
    ).toBe('pass');
  });

  it('does not count non-root twice (USER and runAsNonRoot)', () => {
    expect(
      outcome('security-hardening', {
        Dockerfile: `FROM eclipse-temurin:21-jre\n${rootless}`,
        'deploy/deployment.yaml': 'securityContext:\n  runAsNonRoot: true\n',
      }),
    ).toBe('fail');
  });

  it.each([
    [
      'FROM golang:1.22 AS build\nFROM gcr.io/distroless/static:nonroot\nUSER nonroot\n',
      'pass',
    ],
    ['FROM alpine:3.20\nUSER 65534\n', 'pass'],
    ['FROM scratch\nUSER 1000:1000\n', 'pass'],
    [
      'FROM gcr.io/distroless/static AS base\nFROM node:20\nUSER node\n',
      'fail',
    ],
    ['FROM cgr.dev/chainguard/static\nUSER 10001\nUSER root\n', 'fail'],
  ])('Dockerfile %j: %s', (dockerfile, expected) => {
    expect(outcome('security-hardening', { Dockerfile: dockerfile })).toBe(
      expected,
    );
  });

  it('counts a read-only root filesystem with non-root', () => {
    expect(
      outcome('security-hardening', {
        Dockerfile: `FROM python:3.12-slim\n${rootless}`,
        'chart/templates/deployment.yaml':
          'securityContext:\n  readOnlyRootFilesystem: true\n',
      }),
    ).toBe('pass');
  });
});

describe('slo-metrics', () => {
  it.each([
    ['slo.yaml', 'pass'],
    ['observability/api.slo.yml', 'pass'],
    ['slos/checkout.yaml', 'pass'],
    ['config/availability-slo.json', 'pass'],
    ['config/slow-queries.yaml', 'fail'],
    ['config/slot.yaml', 'fail'],
  ])('%s: %s', (file, expected) => {
    expect(outcome('slo-metrics', { [file]: 'a: 1\n' })).toBe(expected);
  });
});

describe('code-review', () => {
  it('counts CODEOWNERS only at the root, in .github/ or in docs/', () => {
    const owners = '* @acme/team-a\n';
    expect(outcome('code-review', { 'docs/CODEOWNERS': owners })).toBe('pass');
    expect(outcome('code-review', { 'vendor/lib/CODEOWNERS': owners })).toBe(
      'fail',
    );
    expect(outcome('code-review', { 'src/CODEOWNERS': owners })).toBe('fail');
  });

  it('does not count a CODEOWNERS file that names no owner', () => {
    expect(outcome('code-review', { 'docs/CODEOWNERS': '*' })).toBe('fail');
  });

  it('counts pull and merge request templates', () => {
    expect(
      outcome('code-review', { '.github/PULL_REQUEST_TEMPLATE.md': '' }),
    ).toBe('pass');
    expect(
      outcome('code-review', {
        '.gitlab/merge_request_templates/Default.md': '',
      }),
    ).toBe('pass');
  });
});

describe('three-environments', () => {
  it('needs three environments, one of them staging-like', () => {
    expect(
      outcome('three-environments', {
        'chart/values-dev.yaml': '',
        'chart/values-prod.yaml': '',
      }),
    ).toBe('fail');
    expect(
      outcome('three-environments', {
        'chart/values-dev.yaml': '',
        'chart/values-staging.yaml': '',
        'chart/values-prod.yaml': '',
      }),
    ).toBe('pass');
  });

  it('reads CI environment names', () => {
    const ci = (envs: string[]) => ({
      '.gitlab-ci.yml': envs
        .map(e => `deploy-${e}:\n  environment:\n    name: ${e}\n`)
        .join(''),
    });
    expect(
      outcome(
        'three-environments',
        ci(['development', 'staging', 'production']),
      ),
    ).toBe('pass');
    expect(outcome('three-environments', ci(['staging', 'production']))).toBe(
      'fail',
    );
  });
});

describe('semver', () => {
  it('needs semver headings in a changelog', () => {
    expect(
      outcome('semver', {
        'CHANGELOG.md': '# Changelog\n\n## 2024-05-02\n- x\n',
      }),
    ).toBe('fail');
    expect(
      outcome('semver', {
        'CHANGELOG.md': '# Changelog\n\n## [v1.4.0] - 2024\n',
      }),
    ).toBe('pass');
    expect(
      outcome('semver', {
        'HISTORY.rst': 'History\n=======\n\n1.2.0 (2024)\n------------\n',
      }),
    ).toBe('pass');
  });
});

describe('api-contract and contract-validation', () => {
  it('ignores contracts under test, fixture and example folders', () => {
    expect(
      outcome('api-contract', {
        'test/fixtures/openapi.yaml': 'openapi: 3.0.3\n',
        'examples/petstore.proto': 'syntax = "proto3";',
      }),
    ).toBe('fail');
  });

  it('reads any YAML or JSON whose top-level key is openapi or asyncapi', () => {
    expect(
      outcome('api-contract', {
        'api/public/v1.yml': 'openapi: 3.1.0\ninfo: {}\n',
      }),
    ).toBe('pass');
    expect(
      outcome('api-contract', {
        'api/events.json': '{ "asyncapi": "2.6.0", "info": {} }',
      }),
    ).toBe('pass');
    expect(
      outcome('api-contract', {
        'config/app.yaml': 'server:\n  openapi: 3.0.3\n',
      }),
    ).toBe('fail');
  });

  it('is not applicable for contract-validation without a contract', () => {
    expect(outcome('contract-validation', { 'main.go': '' })).toBe(
      'not-applicable',
    );
    expect(
      outcome('contract-validation', {
        'proto/flags.proto': 'syntax = "proto3";',
      }),
    ).toBe('fail');
  });
});

describe('db-migrations applicability', () => {
  it('is not applicable without a database', () => {
    expect(
      outcome('db-migrations', {
        'package.json': '{"dependencies":{"ioredis":"5"}}',
      }),
    ).toBe('not-applicable');
  });

  it('applies with a database driver', () => {
    expect(
      outcome('db-migrations', {
        'package.json': '{"dependencies":{"pg":"8"}}',
      }),
    ).toBe('fail');
    expect(
      outcome('db-migrations', {
        'package.json': '{"dependencies":{"pg":"8"}}',
        'db/migrations/20240101120000_init.js': 'exports.up = () => {};',
      }),
    ).toBe('pass');
  });
});
