import { parseManifest } from './index';

const MIX_EXS = `defmodule Storefront.MixProject do
  use Mix.Project

  def project do
    [
      app: :storefront,
      version: "0.1.0",
      elixir: "~> 1.16",
      deps: deps(),
      aliases: aliases()
    ]
  end

  def application do
    [mod: {Storefront.Application, []}, extra_applications: [:logger]]
  end

  # Type \`mix help deps\` for examples and options.
  defp deps do
    [
      {:phoenix, "~> 1.7.14"},
      {:phoenix_ecto, "~> 4.5"},
      {:ecto_sql, "~> 3.11"},
      {:postgrex, ">= 0.0.0"},
      {:opentelemetry_exporter, "~> 1.7"},
      {:credo, "~> 1.7", only: [:dev, :test], runtime: false},
      {:floki, ">= 0.30.0", only: :test},
      # {:commented_out, "~> 1.0"},
      {:heroicons, github: "tailwindlabs/heroicons", tag: "v2.1.1", sparse: "optimized"},
      {:telemetry_metrics, "~> 1.0", hex: :telemetry_metrics_v2},
      {:local_dep, path: "../local_dep"}
    ]
  end

  defp aliases do
    [setup: ["deps.get", "ecto.setup"], test: ["ecto.create --quiet", "test"]]
  end
end
`;

describe('hex mix.exs', () => {
  const { ecosystem, dependencies } = parseManifest('mix.exs', MIX_EXS);
  const rows = dependencies.map(d => [d.name, d.version, d.scope]);

  it('reports the hex ecosystem', () => {
    expect(ecosystem).toBe('hex');
  });

  it.each([
    ['phoenix', '~> 1.7.14', undefined],
    ['phoenix_ecto', '~> 4.5', undefined],
    ['postgrex', '>= 0.0.0', undefined],
    ['opentelemetry_exporter', '~> 1.7', undefined],
    ['credo', '~> 1.7', 'dev,test'],
    ['floki', '>= 0.30.0', 'test'],
    ['heroicons', undefined, undefined],
    ['local_dep', undefined, undefined],
  ])('reads dep %s (version %s, only %s)', (...row) => {
    expect(rows).toContainEqual(row);
  });

  it('reads a dep renamed with hex: under its package name', () => {
    expect(rows).toContainEqual(['telemetry_metrics_v2', '~> 1.0', undefined]);
  });

  it('reads only the deps list, ignoring comments and other functions', () => {
    expect(dependencies.map(d => d.name)).not.toContain('commented_out');
    expect(dependencies.map(d => d.name)).not.toContain(
      'Storefront.Application',
    );
    expect(dependencies).toHaveLength(10);
  });

  it('reads the one-line defp deps, do: form', () => {
    const { dependencies: deps } = parseManifest(
      'apps/web/mix.exs',
      'defmodule W.MixProject do\n  defp deps, do: [{:plug_cowboy, "~> 2.7"}]\nend\n',
    );
    expect(deps).toEqual([
      {
        name: 'plug_cowboy',
        version: '~> 2.7',
        ecosystem: 'hex',
        manifest: 'apps/web/mix.exs',
        scope: undefined,
      },
    ]);
  });

  it('returns no dependencies when there is no deps function', () => {
    expect(
      parseManifest(
        'mix.exs',
        'defmodule X do\n  def project, do: [app: :x]\nend\n',
      ).dependencies,
    ).toEqual([]);
  });

  it('throws a ManifestParseError for an unterminated deps list', () => {
    expect(() =>
      parseManifest('mix.exs', 'defp deps do\n  [{:phoenix, "~> 1.7"}\nend\n'),
    ).toThrow('mix.exs: unterminated deps list');
  });
});
