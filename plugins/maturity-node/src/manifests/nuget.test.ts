import { parseManifest } from './index';
import type { DeclaredDependency } from './types';

const CSPROJ = `\uFEFF<Project Sdk="Microsoft.NET.Sdk.Web">

  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <SerilogVersion>8.0.1</SerilogVersion>
  </PropertyGroup>

  <ItemGroup>
    <PackageReference Include="Serilog.AspNetCore" Version="$(SerilogVersion)" />
    <PackageReference Include="OpenTelemetry.Extensions.Hosting" Version="1.9.0" />
    <PackageReference Include="Polly">
      <Version>8.4.1</Version>
    </PackageReference>
    <PackageReference Update="Microsoft.SourceLink.GitHub" Version="8.0.0" />
    <ProjectReference Include="..\\Acme.Shared\\Acme.Shared.csproj" />
  </ItemGroup>

  <ItemGroup Condition="'$(Configuration)' == 'Debug'">
    <PackageReference Include="Swashbuckle.AspNetCore" Version="6.6.2" />
  </ItemGroup>

</Project>
`;

const CENTRAL = `<Project>
  <PropertyGroup>
    <ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>
  </PropertyGroup>
  <ItemGroup>
    <PackageVersion Include="Serilog.AspNetCore" Version="8.0.1" />
    <PackageVersion Include="xunit" Version="2.8.1" />
  </ItemGroup>
  <ItemGroup>
    <GlobalPackageReference Include="StyleCop.Analyzers" Version="1.1.118" />
  </ItemGroup>
</Project>
`;

type Row = [string, string | undefined, string | undefined];

function rows(dependencies: DeclaredDependency[]): Row[] {
  return dependencies.map(d => [d.name, d.version, d.scope]);
}

describe('nuget *.csproj', () => {
  it('reads PackageReference Include and Update items from every ItemGroup', () => {
    const { ecosystem, dependencies } = parseManifest(
      'src/Acme.Orders/Acme.Orders.csproj',
      CSPROJ,
    );
    expect(ecosystem).toBe('nuget');
    expect(rows(dependencies)).toEqual([
      ['Serilog.AspNetCore', '$(SerilogVersion)', undefined],
      ['OpenTelemetry.Extensions.Hosting', '1.9.0', undefined],
      ['Polly', '8.4.1', undefined],
      ['Microsoft.SourceLink.GitHub', '8.0.0', undefined],
      ['Swashbuckle.AspNetCore', '6.6.2', undefined],
    ]);
    expect(dependencies[0].manifest).toBe('src/Acme.Orders/Acme.Orders.csproj');
  });

  it('reads a lone PackageReference without a version', () => {
    const { dependencies } = parseManifest(
      'App.csproj',
      '<Project><ItemGroup><PackageReference Include="Dapper" /></ItemGroup></Project>',
    );
    expect(rows(dependencies)).toEqual([['Dapper', undefined, undefined]]);
  });

  it('throws a ManifestParseError naming the file and line for malformed XML', () => {
    expect(() =>
      parseManifest(
        'src/App/App.csproj',
        '<Project>\n  <ItemGroup>\n    <PackageReference Include="x">\n  </ItemGroup>\n</Project>',
      ),
    ).toThrow(
      expect.objectContaining({
        path: 'src/App/App.csproj',
        line: 4,
        message: expect.stringMatching(
          /^src\/App\/App\.csproj: invalid XML at line 4: /,
        ),
      }),
    );
  });
});

describe('nuget Directory.Packages.props', () => {
  it('reads PackageVersion items as managed and GlobalPackageReference as global', () => {
    const { ecosystem, dependencies } = parseManifest(
      'Directory.Packages.props',
      CENTRAL,
    );
    expect(ecosystem).toBe('nuget');
    expect(rows(dependencies)).toEqual([
      ['Serilog.AspNetCore', '8.0.1', 'managed'],
      ['xunit', '2.8.1', 'managed'],
      ['StyleCop.Analyzers', '1.1.118', 'global'],
    ]);
  });
});
