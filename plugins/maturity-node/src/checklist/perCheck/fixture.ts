import type {
  Entity,
  EntityLink,
  EntityRelation,
} from '@backstage/catalog-model';
import type {
  CatalogContext,
  CheckResult,
  EvaluationInput,
  RelatedEntity,
  ScmFacts,
} from '@backstage-maturity/plugin-maturity-common';
import { evaluateEntity } from '../../evaluation';
import { defaultChecklist } from '../defaultChecklist';

/**
 * Small fixture trees for the per-check tests of the default checklist
 * (docs/checklist.md): a repository given as `path -> text`, overrides of a
 * default service entity, and the catalog and hosting-provider facts around
 * it.
 */

/** Entity ref of the default entity. */
export const SVC_REF = 'component:default/svc';

/** What a fixture may change of the default entity. */
export interface EntityOverrides {
  annotations?: Record<string, string>;
  links?: EntityLink[];
  /** Merged over the default spec; `undefined` removes a field. */
  spec?: Record<string, unknown>;
  relations?: EntityRelation[];
}

/** One evaluation's input, in the small. */
export interface Fixture {
  /** Repository files by path, with their text. */
  files?: Record<string, string>;
  entity?: EntityOverrides;
  /** Merged over a catalog where the owner exists and nothing is related. */
  catalog?: Partial<CatalogContext>;
  scm?: ScmFacts;
}

/**
 * The default entity: `component:default/svc`, a production service owned
 * by `group:default/team-a`, with the overrides applied.
 */
export function fixtureEntity(overrides: EntityOverrides = {}): Entity {
  const spec: Record<string, unknown> = {
    type: 'service',
    owner: 'group:default/team-a',
    lifecycle: 'production',
    ...overrides.spec,
  };
  for (const key of Object.keys(spec)) {
    if (spec[key] === undefined) delete spec[key];
  }
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'svc',
      namespace: 'default',
      annotations: overrides.annotations ?? {},
      ...(overrides.links ? { links: overrides.links } : {}),
    },
    spec: spec as Entity['spec'],
    ...(overrides.relations ? { relations: overrides.relations } : {}),
  };
}

/** The evaluation input of a fixture; the repository is always readable. */
export function buildInput(fixture: Fixture = {}): EvaluationInput {
  const files = fixture.files ?? {};
  return {
    entity: fixtureEntity(fixture.entity),
    catalog: {
      ownerExists: true,
      related: {},
      componentDependsOn: {},
      ...fixture.catalog,
    },
    repository: {
      status: 'read',
      snapshot: {
        files: Object.entries(files).map(([path, text]) => ({
          path,
          size: text.length,
        })),
        contents: files,
        skipped: {},
      },
    },
    ...(fixture.scm ? { scm: fixture.scm } : {}),
  };
}

/** Evaluates the fixture with the default checklist; the result of one check. */
export function evaluateCheck(
  checkId: string,
  fixture: Fixture = {},
): CheckResult {
  if (!defaultChecklist.checks.some(c => c.id === checkId)) {
    throw new Error(`No check ${checkId} in the default checklist`);
  }
  const card = evaluateEntity({
    checklist: defaultChecklist,
    input: buildInput(fixture),
    now: new Date('2025-01-15T12:00:00Z'),
  });
  return card.checks.find(c => c.checkId === checkId)!;
}

/** The targets of a result's evidence (paths, annotation keys, refs). */
export function targets(result: CheckResult): string[] {
  return result.evidence.map(e => e.target ?? '');
}

/** The details of a result's evidence, e.g. `pino ^9.0.0 in package.json`. */
export function details(result: CheckResult): string {
  return result.evidence.map(e => e.detail).join('\n');
}

/** A relation of the entity. */
export function relation(type: string, targetRef: string): EntityRelation {
  return { type, targetRef };
}

/**
 * A fixture part where the entity has a relation to another entity that the
 * catalog knows, with its `spec.type`.
 */
export function relatedTo(
  type: string,
  targetRef: string,
  targetType?: string,
): Pick<Fixture, 'entity' | 'catalog'> {
  const kind = targetRef.split(':')[0];
  const related: RelatedEntity = {
    ref: targetRef,
    kind: kind.charAt(0).toLocaleUpperCase('en-US') + kind.slice(1),
    ...(targetType ? { type: targetType } : {}),
  };
  return {
    entity: { relations: [relation(type, targetRef)] },
    catalog: { related: { [targetRef]: related } },
  };
}

/** A tiny `package.json` with the given dependencies. */
export function packageJson(
  dependencies: Record<string, string>,
  extra: Record<string, unknown> = {},
): string {
  return JSON.stringify({ name: 'svc', dependencies, ...extra }, null, 2);
}

/** A tiny `go.mod` requiring the given modules (`path version [// indirect]`). */
export function goMod(...requires: string[]): string {
  return `module example.com/svc\n\ngo 1.22\n\nrequire (\n${requires
    .map(r => `\t${r}`)
    .join('\n')}\n)\n`;
}

/** A tiny `pom.xml` with `groupId:artifactId[:version]` dependencies. */
export function pomXml(dependencies: string[], build = ''): string {
  const deps = dependencies
    .map(coords => {
      const [groupId, artifactId, version] = coords.split(':');
      return `    <dependency>\n      <groupId>${groupId}</groupId>\n      <artifactId>${artifactId}</artifactId>${
        version ? `\n      <version>${version}</version>` : ''
      }\n    </dependency>`;
    })
    .join('\n');
  return `<project>\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>com.acme</groupId>\n  <artifactId>svc</artifactId>\n  <dependencies>\n${deps}\n  </dependencies>${build}\n</project>\n`;
}

/** A tiny `build.gradle` with `implementation` dependencies. */
export function buildGradle(...dependencies: string[]): string {
  return `plugins {\n    id 'java'\n}\n\ndependencies {\n${dependencies
    .map(d => `    implementation '${d}'`)
    .join('\n')}\n}\n`;
}

/** A tiny SDK-style `*.csproj` with package references (`Name/Version`). */
export function csproj(...packages: string[]): string {
  return `<Project Sdk="Microsoft.NET.Sdk.Web">\n  <ItemGroup>\n${packages
    .map(p => {
      const [name, version] = p.split('/');
      return `    <PackageReference Include="${name}" Version="${
        version ?? '1.0.0'
      }" />`;
    })
    .join('\n')}\n  </ItemGroup>\n</Project>\n`;
}

/** A tiny `Cargo.toml` with `[dependencies]` lines. */
export function cargoToml(...lines: string[]): string {
  return `[package]\nname = "svc"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n${lines.join(
    '\n',
  )}\n`;
}

/** A tiny `pyproject.toml` with PEP 621 dependencies. */
export function pyproject(...dependencies: string[]): string {
  return `[project]\nname = "svc"\nversion = "0.1.0"\ndependencies = [\n${dependencies
    .map(d => `  "${d}",`)
    .join('\n')}\n]\n`;
}

/** A tiny `Gemfile`. */
export function gemfile(...gems: string[]): string {
  return `source "https://rubygems.org"\n\n${gems
    .map(g => `gem "${g}"`)
    .join('\n')}\n`;
}

/** A tiny `mix.exs` with `deps` tuples such as `{:logger_json, "~> 6.0"}`. */
export function mixExs(...deps: string[]): string {
  return `defmodule Svc.MixProject do\n  use Mix.Project\n\n  def project do\n    [app: :svc, version: "0.1.0", deps: deps()]\n  end\n\n  defp deps do\n    [\n${deps
    .map(d => `      ${d}`)
    .join(',\n')}\n    ]\n  end\nend\n`;
}

/**
 * A one-container Deployment `svc` as YAML; `container` and `pod` are
 * indented YAML fragments added to the container and the pod spec.
 */
export function deploymentYaml(
  options: { container?: string; pod?: string; annotations?: string } = {},
): string {
  const indent = (text: string | undefined, spaces: number) =>
    text
      ? `${text
          .trim()
          .split('\n')
          .map(line => `${' '.repeat(spaces)}${line}`)
          .join('\n')}\n`
      : '';
  const podMetadata = options.annotations
    ? `    metadata:\n      annotations:\n${indent(options.annotations, 8)}`
    : '';
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: svc',
    'spec:',
    '  template:',
    `${podMetadata}    spec:`,
    `${indent(options.pod, 6)}      containers:`,
    '        - name: svc',
    '          image: example/svc:1.0',
    indent(options.container, 10),
  ].join('\n');
}
