import { parseManifest } from './index';

const CARGO_TOML = `
[package]
name = "edge-proxy"
version = "0.4.0"
edition = "2021"

[dependencies]
tokio = { version = "1.38", features = ["full"] }
serde = { version = "1", features = ["derive"] }
tracing = "0.1.40"
axum.workspace = true
json = { package = "serde_json", version = "1.0.120" }
internal-auth = { path = "../internal-auth" }

[dev-dependencies]
proptest = "1.5"

[build-dependencies]
tonic-build = "0.11"

[target.'cfg(windows)'.dependencies]
windows-sys = { version = "0.52", features = ["Win32_Foundation"] }

[target.'cfg(unix)'.dependencies]
nix = "0.29"

[target.x86_64-unknown-linux-gnu.dev-dependencies]
criterion = "0.5"

[workspace]
members = ["crates/*"]

[workspace.dependencies]
axum = "0.7.5"

[profile.release]
lto = true
`;

describe('cargo Cargo.toml', () => {
  const { ecosystem, dependencies } = parseManifest(
    'proxy/Cargo.toml',
    CARGO_TOML,
  );
  const rows = dependencies.map(d => [d.name, d.version, d.scope]);

  it('reports the cargo ecosystem', () => {
    expect(ecosystem).toBe('cargo');
  });

  it.each([
    ['tokio', '1.38', undefined],
    ['serde', '1', undefined],
    ['tracing', '0.1.40', undefined],
    ['axum', undefined, undefined],
    ['internal-auth', undefined, undefined],
    ['proptest', '1.5', 'dev'],
    ['tonic-build', '0.11', 'build'],
    ['axum', '0.7.5', 'workspace'],
  ])('reads %s (version %s, scope %s)', (...row) => {
    expect(rows).toContainEqual(row);
  });

  it('reads a renamed dependency under its package name', () => {
    expect(rows).toContainEqual(['serde_json', '1.0.120', undefined]);
    expect(rows.map(([name]) => name)).not.toContain('json');
  });

  it.each([
    ['windows-sys', '0.52', undefined],
    ['nix', '0.29', undefined],
    ['criterion', '0.5', 'dev'],
  ])('reads target-specific dependency %s (version %s, scope %s)', (...row) => {
    expect(rows).toContainEqual(row);
  });

  it('reads nothing from other tables', () => {
    expect(dependencies).toHaveLength(12);
    expect(new Set(dependencies.map(d => d.manifest))).toEqual(
      new Set(['proxy/Cargo.toml']),
    );
  });

  it('throws a ManifestParseError naming the file and line for invalid TOML', () => {
    expect(() =>
      parseManifest(
        'proxy/Cargo.toml',
        '[dependencies]\nserde = "1"\n[dependencies]\n',
      ),
    ).toThrow(
      expect.objectContaining({
        name: 'ManifestParseError',
        path: 'proxy/Cargo.toml',
        line: 3,
      }),
    );
  });
});
