import {
  cargoToml,
  csproj,
  evaluateCheck,
  gemfile,
  goMod,
  mixExs,
  packageJson,
  pomXml,
  pyproject,
  targets,
} from './fixture';

/**
 * Track: Nice to have (docs/checklist.md): Renovate and Dependabot pass
 * when they cover the package ecosystem of the service's own manifests;
 * configurations for other ecosystems, switched off or limited to a few
 * named packages do not.
 */

/** A Dependabot configuration with one `updates` entry per ecosystem. */
function dependabot(...ecosystems: string[]): string {
  return `version: 2\nupdates:\n${ecosystems
    .map(
      e =>
        `  - package-ecosystem: ${e}\n    directory: /\n    schedule:\n      interval: weekly\n`,
    )
    .join('')}`;
}

describe('dependency-updates', () => {
  it.each([
    'renovate.json',
    'renovate.json5',
    '.renovaterc',
    '.renovaterc.json',
    '.github/renovate.json',
    '.github/renovate.json5',
    '.gitlab/renovate.json',
  ])('passes on Renovate in %s', path => {
    const result = evaluateCheck('dependency-updates', {
      files: {
        [path]: '{\n  "extends": ["config:recommended"]\n}\n',
        'package.json': packageJson({ fastify: '^4.28.0' }),
      },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe(path);
  });

  it('passes on Renovate configured in package.json', () => {
    const result = evaluateCheck('dependency-updates', {
      files: {
        'package.json': packageJson(
          { fastify: '^4.28.0' },
          { renovate: { extends: ['config:recommended'] } },
        ),
      },
    });
    expect(result.outcome).toBe('pass');
    expect(result.evidence[0].target).toBe('package.json:6');
  });

  it('passes on Renovate whose enabledManagers include the service’s ecosystem', () => {
    const result = evaluateCheck('dependency-updates', {
      files: {
        'renovate.json':
          '{\n  "enabledManagers": ["github-actions", "gomod"],\n  "packageRules": [\n    { "matchPackageNames": ["*"], "matchUpdateTypes": ["major"], "enabled": false }\n  ]\n}\n',
        'go.mod': goMod('github.com/go-chi/chi/v5 v5.1.0'),
      },
    });
    expect(result.outcome).toBe('pass');
    expect(targets(result)).toEqual([
      'renovate.json',
      'go.mod',
      'renovate.json:2',
    ]);
  });

  it.each<[string, string, string, string]>([
    ['npm', 'package.json', packageJson({ fastify: '^4.28.0' }), 'npm'],
    ['Go modules', 'go.mod', goMod('github.com/go-chi/chi/v5 v5.1.0'), 'gomod'],
    ['Maven', 'pom.xml', pomXml(['org.slf4j:slf4j-api:2.0.13']), 'maven'],
    [
      'Gradle',
      'build.gradle.kts',
      'dependencies {\n    implementation("org.slf4j:slf4j-api:2.0.13")\n}\n',
      'gradle',
    ],
    ['pip', 'requirements.txt', 'fastapi==0.111.0\n', 'pip'],
    ['uv', 'pyproject.toml', pyproject('fastapi>=0.111'), 'uv'],
    ['NuGet', 'src/Svc/Svc.csproj', csproj('Serilog/4.0.0'), 'nuget'],
    ['Bundler', 'Gemfile', gemfile('rails'), 'bundler'],
    ['Cargo', 'Cargo.toml', cargoToml('axum = "0.7"'), 'cargo'],
    ['Mix', 'mix.exs', mixExs('{:phoenix, "~> 1.7"}'), 'mix'],
  ])(
    'passes on Dependabot for %s beside GitHub Actions',
    (_name, manifest, text, ecosystem) => {
      const result = evaluateCheck('dependency-updates', {
        files: {
          [manifest]: text,
          '.github/dependabot.yml': dependabot('github-actions', ecosystem),
        },
      });
      expect(result.outcome).toBe('pass');
      expect(targets(result)).toEqual([manifest, '.github/dependabot.yml:7']);
    },
  );

  it.each<[string, string]>([
    [
      'an allow list of dependency types',
      '  - package-ecosystem: "npm"\n    directory: "/"\n    schedule: { interval: daily }\n    allow:\n      - dependency-type: "production"\n    ignore:\n      - dependency-name: "left-pad"\n',
    ],
    [
      'keys in another order, with comments',
      '  - directory: "/" # the service\n    schedule:\n      interval: weekly\n    package-ecosystem: npm  # its manifests\n    open-pull-requests-limit: 10\n',
    ],
    [
      'an allow list of every dependency name',
      '  - package-ecosystem: npm\n    directory: /\n    allow:\n      - dependency-name: "*"\n',
    ],
    [
      'a list at the column of updates',
      '- package-ecosystem: npm\n  directory: /\n  schedule:\n    interval: weekly\n',
    ],
  ])('passes on a Dependabot npm entry with %s', (_name, entry) => {
    const result = evaluateCheck('dependency-updates', {
      files: {
        'package.json': packageJson({ fastify: '^4.28.0' }),
        '.github/dependabot.yaml': `version: 2\nupdates:\n${entry}`,
      },
    });
    expect(result.outcome).toBe('pass');
  });

  it('passes on Dependabot for the Docker base image of a service without package manifests', () => {
    const result = evaluateCheck('dependency-updates', {
      files: {
        Dockerfile: 'FROM nginx:1.27-alpine\nCOPY site /usr/share/nginx/html\n',
        '.github/dependabot.yml': dependabot('docker'),
      },
    });
    expect(result.outcome).toBe('pass');
    expect(targets(result)).toEqual(['Dockerfile', '.github/dependabot.yml:3']);
  });

  it('fails on an empty repository, saying what it looked for', () => {
    const result = evaluateCheck('dependency-updates');
    expect(result.outcome).toBe('fail');
    expect(result.lookedFor.join(' ')).toContain('Renovate or Dependabot');
  });

  it.each<[string, Record<string, string>]>([
    [
      'Dependabot for GitHub Actions only',
      {
        'package.json': packageJson({ fastify: '^4.28.0' }),
        '.github/dependabot.yml': dependabot('github-actions'),
      },
    ],
    [
      'Dependabot for another ecosystem than the service’s manifests',
      {
        'go.mod': goMod('github.com/go-chi/chi/v5 v5.1.0'),
        '.github/dependabot.yml': dependabot('npm', 'github-actions'),
      },
    ],
    [
      'Dependabot for Docker only, beside package manifests',
      {
        'pom.xml': pomXml(['org.slf4j:slf4j-api:2.0.13']),
        Dockerfile: 'FROM eclipse-temurin:21-jre\n',
        '.github/dependabot.yml': dependabot('docker'),
      },
    ],
    [
      'Dependabot restricted to a few named packages',
      {
        'package.json': packageJson({ fastify: '^4.28.0', pino: '^9.0.0' }),
        '.github/dependabot.yml':
          'version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n    schedule:\n      interval: weekly\n    allow:\n      - dependency-name: "fastify"\n      - dependency-name: "@fastify/*"\n  - package-ecosystem: github-actions\n    directory: /\n',
      },
    ],
    [
      'Dependabot restricted to named packages in flow style',
      {
        'package.json': packageJson({ fastify: '^4.28.0' }),
        '.github/dependabot.yml':
          'version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n    allow: [{ dependency-name: "fastify" }]\n',
      },
    ],
    [
      'Dependabot version updates switched off (open-pull-requests-limit: 0)',
      {
        'package.json': packageJson({ fastify: '^4.28.0' }),
        '.github/dependabot.yml':
          'version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n    open-pull-requests-limit: 0\n',
      },
    ],
    [
      'Dependabot for npm when the only package.json is an example’s',
      {
        'examples/demo/package.json': packageJson({ fastify: '^4.28.0' }),
        'go.mod': goMod('github.com/go-chi/chi/v5 v5.1.0'),
        '.github/dependabot.yml': dependabot('npm'),
      },
    ],
    [
      'Renovate switched off',
      {
        'package.json': packageJson({ fastify: '^4.28.0' }),
        'renovate.json':
          '{\n  "extends": ["config:recommended"],\n  "enabled": false\n}\n',
      },
    ],
    [
      'Renovate limited to GitHub Actions',
      {
        'package.json': packageJson({ fastify: '^4.28.0' }),
        'renovate.json': '{\n  "enabledManagers": ["github-actions"]\n}\n',
      },
    ],
    [
      'Renovate that disables every package but a few named ones',
      {
        'package.json': packageJson({ fastify: '^4.28.0' }),
        'renovate.json':
          '{\n  "packageRules": [\n    { "matchPackageNames": ["*"], "enabled": false },\n    { "matchPackageNames": ["fastify"], "enabled": true }\n  ]\n}\n',
      },
    ],
    [
      'a dependabot.yml outside .github/',
      { 'dependabot.yml': dependabot('npm') },
    ],
    [
      'a Dependabot issue template',
      { '.github/ISSUE_TEMPLATE/dependabot.md': 'x\n' },
    ],
    ['a lock file', { 'package-lock.json': '{}\n' }],
  ])('fails on %s', (_name, files) => {
    expect(evaluateCheck('dependency-updates', { files }).outcome).toBe('fail');
  });
});
