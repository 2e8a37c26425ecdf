import { parseManifest } from './index';

const GO_MOD = `module github.com/acme/payments

go 1.22.4

toolchain go1.22.5

require github.com/prometheus/client_golang v1.19.1

require (
	github.com/go-chi/chi/v5 v5.0.12
	go.uber.org/zap v1.27.0 // logging
	github.com/Azure/azure-sdk-for-go/sdk/azcore v1.11.1
	"golang.org/x/sync" v0.7.0
)

require (
	github.com/beorn7/perks v1.0.1 // indirect
	github.com/cespare/xxhash/v2 v2.3.0 // indirect; pulled in by prometheus
	go.uber.org/multierr v1.10.0 // indirect
)

replace github.com/go-chi/chi/v5 => ../chi

exclude (
	go.uber.org/zap v1.20.0
)
`;

describe('go go.mod', () => {
  const { ecosystem, dependencies } = parseManifest('go.mod', GO_MOD);
  const byName = (name: string) => dependencies.find(d => d.name === name);

  it('reports the go ecosystem', () => {
    expect(ecosystem).toBe('go');
  });

  it.each([
    ['github.com/prometheus/client_golang', 'v1.19.1'],
    ['github.com/go-chi/chi/v5', 'v5.0.12'],
    ['go.uber.org/zap', 'v1.27.0'],
    ['golang.org/x/sync', 'v0.7.0'],
  ])('reads direct requirement %s %s without a scope', (name, version) => {
    expect(byName(name)).toEqual({
      name,
      version,
      ecosystem: 'go',
      manifest: 'go.mod',
      scope: undefined,
    });
  });

  it.each([
    'github.com/beorn7/perks',
    'github.com/cespare/xxhash/v2',
    'go.uber.org/multierr',
  ])('reads indirect go requirement %s as indirect', name => {
    expect(byName(name)?.scope).toBe('indirect');
  });

  it('keeps the case of module paths', () => {
    expect(
      byName('github.com/Azure/azure-sdk-for-go/sdk/azcore'),
    ).toBeDefined();
    expect(
      byName('github.com/azure/azure-sdk-for-go/sdk/azcore'),
    ).toBeUndefined();
  });

  it('ignores replace and exclude directives', () => {
    expect(dependencies).toHaveLength(8);
    expect(dependencies.filter(d => d.name === 'go.uber.org/zap')).toHaveLength(
      1,
    );
  });

  it.each([
    ['an unterminated require block', 'module x\n\nrequire (\n\ta v1.0.0\n', 3],
    ['a require without a version', 'module x\nrequire example.com/a\n', 2],
    ['a block entry with extra tokens', 'require (\n\ta v1 v2\n)\n', 2],
  ])('rejects %s naming the line', (_, text, line) => {
    expect(() => parseManifest('svc/go.mod', text)).toThrow(
      expect.objectContaining({
        path: 'svc/go.mod',
        line,
        message: expect.stringMatching(/^svc\/go\.mod: .* at line \d+$/),
      }),
    );
  });
});
