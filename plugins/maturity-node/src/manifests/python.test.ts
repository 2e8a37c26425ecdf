import { parseManifest } from './index';
import { normalizePythonName, parseRequirement } from './python';
import type { DeclaredDependency } from './types';

type Row = [string, string | undefined, string | undefined];

function rows(dependencies: DeclaredDependency[]): Row[] {
  return dependencies.map(d => [d.name, d.version, d.scope]);
}

describe('python requirement specifiers', () => {
  it.each([
    ['requests', { name: 'requests' }],
    ['Django==5.0.6', { name: 'django', version: '==5.0.6' }],
    [
      'uvicorn[standard] >= 0.30, <1',
      { name: 'uvicorn', version: '>=0.30,<1' },
    ],
    [
      'typing_extensions>=4.6 ; python_version < "3.12"',
      { name: 'typing-extensions', version: '>=4.6' },
    ],
    ['zope.interface~=6.4', { name: 'zope-interface', version: '~=6.4' }],
    ['Flask (>=3.0)', { name: 'flask', version: '>=3.0' }],
    ['pkg @ https://example.com/pkg-1.0.tar.gz', { name: 'pkg' }],
    [
      'ruamel.yaml.clib===0.2.8',
      { name: 'ruamel-yaml-clib', version: '===0.2.8' },
    ],
  ])('parses %j', (requirement, expected) => {
    expect(parseRequirement(requirement)).toEqual(expected);
  });

  it.each(['-e .', '==1.0', 'foo bar', 'foo[extra', 'foo >= 1.0 baz'])(
    'rejects %j',
    requirement => {
      expect(parseRequirement(requirement)).toBeUndefined();
    },
  );

  it.each([
    ['Django', 'django'],
    ['typing_extensions', 'typing-extensions'],
    ['Zope.Interface', 'zope-interface'],
    ['a__b-._c', 'a-b-c'],
  ])('normalises %s to %s per PEP 503', (name, normalised) => {
    expect(normalizePythonName(name)).toBe(normalised);
  });
});

describe('python requirements*.txt', () => {
  const REQUIREMENTS = `# Production requirements
-r requirements-base.txt
--index-url https://pypi.acme.example/simple
-c constraints.txt
-e git+https://github.com/acme/internal-lib.git#egg=internal-lib
./vendor/local-pkg
https://files.example.com/wheels/special-1.0-py3-none-any.whl

Django==5.0.6  # web framework
gunicorn>=22.0
prometheus_client==0.20.0 \\
    --hash=sha256:cde524a85bce83ca359cc837f28b8c0db5cac7aa653a588fd7e84ba061c329e7
structlog[dev] ; python_version >= "3.8"
OpenTelemetry-API
`;

  it('reads requirements, skipping options, paths and URLs', () => {
    const { ecosystem, dependencies } = parseManifest(
      'api/requirements.txt',
      REQUIREMENTS,
    );
    expect(ecosystem).toBe('pypi');
    expect(rows(dependencies)).toEqual([
      ['django', '==5.0.6', undefined],
      ['gunicorn', '>=22.0', undefined],
      ['prometheus-client', '==0.20.0', undefined],
      ['structlog', undefined, undefined],
      ['opentelemetry-api', undefined, undefined],
    ]);
  });

  it.each([
    'requirements-dev.txt',
    'requirements_test.txt',
    'requirements.txt',
  ])('recognises %s as a requirements file', file => {
    expect(parseManifest(`svc/${file}`, 'pytest\n').dependencies).toEqual([
      {
        name: 'pytest',
        version: undefined,
        ecosystem: 'pypi',
        manifest: `svc/${file}`,
        scope: undefined,
      },
    ]);
  });

  it('rejects a line that is not a requirement, naming the line', () => {
    expect(() =>
      parseManifest('requirements.txt', 'flask\n\n{{ not a requirement }}\n'),
    ).toThrow(
      expect.objectContaining({
        path: 'requirements.txt',
        line: 3,
        message: expect.stringMatching(
          /^requirements\.txt: invalid requirement at line 3/,
        ),
      }),
    );
  });
});

describe('python pyproject.toml', () => {
  const PEP_621 = `
[build-system]
requires = ["hatchling>=1.24"]
build-backend = "hatchling.build"

[project]
name = "orders"
version = "0.3.0"
requires-python = ">=3.11"
dependencies = [
  "FastAPI>=0.111",
  "pydantic-settings~=2.3",
  "opentelemetry-instrumentation-fastapi==0.46b0; python_version >= '3.11'",
]

[project.optional-dependencies]
postgres = ["psycopg[binary]>=3.1"]

[dependency-groups]
test = ["pytest>=8", "pytest-cov", { include-group = "lint" }]
lint = ["ruff"]
`;

  const POETRY = `
[tool.poetry]
name = "billing"
version = "1.2.0"
description = "Billing service"
authors = ["Acme <dev@acme.example>"]

[tool.poetry.dependencies]
python = "^3.11"
Django = "^5.0"
celery = { version = "^5.4", extras = ["redis"] }
sentry-sdk = { git = "https://github.com/getsentry/sentry-python.git", tag = "2.7.1" }

[tool.poetry.dev-dependencies]
black = "^24.4"

[tool.poetry.group.test.dependencies]
pytest = "^8.2"
pytest_django = "^4.8"

[build-system]
requires = ["poetry-core"]
build-backend = "poetry.core.masonry.api"
`;

  it('reads PEP 621 dependencies, extras, dependency groups and build requirements', () => {
    const { dependencies } = parseManifest('pyproject.toml', PEP_621);
    expect(rows(dependencies)).toEqual([
      ['fastapi', '>=0.111', undefined],
      ['pydantic-settings', '~=2.3', undefined],
      ['opentelemetry-instrumentation-fastapi', '==0.46b0', undefined],
      ['psycopg', '>=3.1', 'postgres'],
      ['pytest', '>=8', 'test'],
      ['pytest-cov', undefined, 'test'],
      ['ruff', undefined, 'lint'],
      ['hatchling', '>=1.24', 'build'],
    ]);
  });

  it('reads Poetry dependencies, dev-dependencies and groups, skipping python', () => {
    const { ecosystem, dependencies } = parseManifest(
      'billing/pyproject.toml',
      POETRY,
    );
    expect(ecosystem).toBe('pypi');
    expect(rows(dependencies)).toEqual([
      ['poetry-core', undefined, 'build'],
      ['django', '^5.0', undefined],
      ['celery', '^5.4', undefined],
      ['sentry-sdk', undefined, undefined],
      ['black', '^24.4', 'dev'],
      ['pytest', '^8.2', 'test'],
      ['pytest-django', '^4.8', 'test'],
    ]);
  });

  it('rejects an invalid PEP 508 string', () => {
    expect(() =>
      parseManifest('pyproject.toml', '[project]\ndependencies = ["~~bad"]\n'),
    ).toThrow('pyproject.toml: invalid requirement: ~~bad');
  });

  it('throws a ManifestParseError naming the file and line for invalid TOML', () => {
    expect(() =>
      parseManifest(
        'svc/pyproject.toml',
        '[project]\nname = "x"\ndependencies = [\n',
      ),
    ).toThrow(
      expect.objectContaining({
        name: 'ManifestParseError',
        path: 'svc/pyproject.toml',
        message: expect.stringMatching(
          /^svc\/pyproject\.toml: invalid TOML at line \d+: /,
        ),
      }),
    );
  });
});

describe('python Pipfile', () => {
  const PIPFILE = `
[[source]]
url = "https://pypi.org/simple"
verify_ssl = true
name = "pypi"

[packages]
flask = "*"
SQLAlchemy = "==2.0.31"
gunicorn = { version = ">=22", extras = ["gevent"] }
internal_lib = { git = "https://github.com/acme/internal-lib.git", ref = "main" }

[dev-packages]
pytest = "*"

[requires]
python_version = "3.12"
`;

  it('reads [packages] and [dev-packages] (scope dev)', () => {
    const { ecosystem, dependencies } = parseManifest('Pipfile', PIPFILE);
    expect(ecosystem).toBe('pypi');
    expect(rows(dependencies)).toEqual([
      ['flask', '*', undefined],
      ['sqlalchemy', '==2.0.31', undefined],
      ['gunicorn', '>=22', undefined],
      ['internal-lib', undefined, undefined],
      ['pytest', '*', 'dev'],
    ]);
  });

  it('throws a ManifestParseError for invalid TOML', () => {
    expect(() => parseManifest('Pipfile', '[packages]\nflask = *\n')).toThrow(
      /^Pipfile: invalid TOML at line 2/,
    );
  });
});
