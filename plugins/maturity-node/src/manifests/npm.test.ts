import { parseManifest } from './index';

const PACKAGE_JSON = `{
  "name": "@acme/orders-api",
  "version": "1.4.0",
  "private": true,
  "dependencies": {
    "express": "^4.19.2",
    "pino": "^9.3.1",
    "@opentelemetry/api": "1.9.0"
  },
  "devDependencies": {
    "jest": "^29.7.0",
    "typescript": "~5.5.0"
  },
  "peerDependencies": { "react": ">=18" },
  "optionalDependencies": { "fsevents": "2.3.3" },
  "engines": { "node": ">=20" },
  "workspaces": ["packages/*"]
}`;

describe('npm package.json', () => {
  const { ecosystem, dependencies } = parseManifest(
    'services/orders/package.json',
    PACKAGE_JSON,
  );

  it('reports the npm ecosystem', () => {
    expect(ecosystem).toBe('npm');
  });

  it.each([
    ['express', '^4.19.2', 'dependencies'],
    ['pino', '^9.3.1', 'dependencies'],
    ['@opentelemetry/api', '1.9.0', 'dependencies'],
    ['jest', '^29.7.0', 'devDependencies'],
    ['typescript', '~5.5.0', 'devDependencies'],
    ['react', '>=18', 'peerDependencies'],
    ['fsevents', '2.3.3', 'optionalDependencies'],
  ])('reads %s %s with the section %s as scope', (name, version, scope) => {
    expect(dependencies).toContainEqual({
      name,
      version,
      scope,
      ecosystem: 'npm',
      manifest: 'services/orders/package.json',
    });
  });

  it('reads nothing but the four dependency sections', () => {
    expect(dependencies.map(d => d.name)).toHaveLength(7);
  });

  it('ignores sections that are not objects', () => {
    const result = parseManifest(
      'package.json',
      '{"dependencies": ["left-pad"], "devDependencies": null}',
    );
    expect(result.dependencies).toEqual([]);
  });

  it.each([
    ['a trailing comma', '{\n  "dependencies": {\n    "a": "1",\n  }\n}', 4],
    ['a truncated document', '{\n  "dependencies": {\n', 3],
    ['a missing comma', '{\n  "name": "x"\n  "version": "1"\n}', 3],
  ])('names the file and line of invalid JSON with %s', (_, text, line) => {
    expect(() => parseManifest('web/package.json', text)).toThrow(
      expect.objectContaining({
        name: 'ManifestParseError',
        path: 'web/package.json',
        line,
        message: expect.stringMatching(
          new RegExp(`^web/package\\.json: invalid JSON at line ${line}`),
        ),
      }),
    );
  });

  it('rejects a JSON document that is not an object', () => {
    expect(() => parseManifest('package.json', '["express"]')).toThrow(
      'package.json: expected a JSON object',
    );
  });
});
