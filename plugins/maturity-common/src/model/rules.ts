/**
 * The rule language of checks. Every rule is plain data, so organisations
 * can write rules in YAML configuration. A rule evaluates to true, false or
 * unknown (evidence could not be read); unknown becomes an `error` outcome,
 * never a `fail`.
 *
 * Globs are matched against repository-relative POSIX paths with minimatch
 * (`dot: true`, case-insensitive unless `caseSensitive` is set). A glob
 * without a slash matches the file name in any folder (`Jenkinsfile` matches
 * `ci/Jenkinsfile`); a glob ending in `/` matches any file below such a folder
 * (`.buildkite/` matches `.buildkite/pipeline.yml`).
 *
 * @public
 */
export type Rule =
  | FilesRule
  | ContentRule
  | DependencyRule
  | DocumentRule
  | KubernetesRule
  | EntityFieldRule
  | AnnotationRule
  | LinkRule
  | RelationRule
  | OwnerExistsRule
  | NoDependencyCycleRule
  | ScmRule
  | FactRule
  | CustomRule
  | AllRule
  | AnyRule
  | NotRule;

/**
 * What every rule may carry besides its kind: what it looks for, in plain
 * words ("a tracing library (OpenTelemetry, Jaeger, Zipkin, …) in the
 * manifests"). A failing check tells its users these words, not the globs
 * and patterns, which stay available as the check's technical details.
 * Without it, the engine words the rule from its kind.
 *
 * @public
 */
export interface RuleDescription {
  description?: string;
}

/**
 * Holds when at least `minCount` (default 1) repository files match.
 *
 * @public
 */
export interface FilesRule extends RuleDescription {
  files: string[];
  exclude?: string[];
  caseSensitive?: boolean;
  minCount?: number;
}

/**
 * Holds when a regular expression matches the text of a file matching
 * `files`. Content reads are bounded: a file that was too large or over the
 * read budget makes the rule unknown unless another file matched.
 *
 * @public
 */
export interface ContentRule extends RuleDescription {
  content: {
    files: string[];
    exclude?: string[];
    caseSensitive?: boolean;
    /** JavaScript regular expression source. */
    pattern: string;
    /** Regular expression flags; defaults to `i`. */
    flags?: string;
  };
}

/**
 * The package ecosystems whose manifests are parsed.
 *
 * @public
 */
export type Ecosystem =
  | 'npm'
  | 'go'
  | 'maven'
  | 'gradle'
  | 'pypi'
  | 'nuget'
  | 'rubygems'
  | 'cargo'
  | 'hex';

/**
 * Holds when a manifest declares a dependency whose name matches one of
 * `names` (globs over the ecosystem's name: `pino`, `@opentelemetry/*`,
 * `io.github.resilience4j:*`, `go.uber.org/zap`, `Serilog*`). Names are
 * compared case-insensitively except for Go modules. Manifests: package.json,
 * go.mod, pom.xml, build.gradle(.kts), requirements*.txt, pyproject.toml,
 * Pipfile, *.csproj, Gemfile, Cargo.toml, mix.exs.
 *
 * @public
 */
export interface DependencyRule extends RuleDescription {
  dependency: {
    names: string[];
    /** Restricts the manifests that count; all ecosystems by default. */
    ecosystems?: Ecosystem[];
  };
}

/**
 * Holds when a YAML or JSON document in a file matching `files` has one of
 * `topLevelKeys`, or (for Kubernetes-style documents) one of `kinds`, and,
 * when given, a value at every dotted path of `has`.
 *
 * @public
 */
export interface DocumentRule extends RuleDescription {
  document: {
    files: string[];
    exclude?: string[];
    topLevelKeys?: string[];
    kinds?: string[];
    has?: string[];
  };
}

/**
 * Inspects the Kubernetes and Helm manifests of the repository
 * (`*.y*ml` documents with `apiVersion` and `kind`).
 *
 * - `probes`: some container declares a readiness or liveness probe.
 * - `resources`: every container of every workload declares
 *   `resources.limits` and `resources.requests`.
 * - `gracefulShutdown`: false when a workload's
 *   `terminationGracePeriodSeconds` is smaller than its `preStop` sleep plus
 *   the application's shutdown timeout, where both are readable; true
 *   otherwise, including when there is nothing to compare (combine it with
 *   evidence of SIGTERM handling).
 *
 * @public
 */
export interface KubernetesRule extends RuleDescription {
  kubernetes: {
    check: 'probes' | 'resources' | 'gracefulShutdown';
    files?: string[];
  };
}

/**
 * Holds when a field of the entity (dotted path such as `spec.type`) exists,
 * equals one of `oneOf` (case-insensitive) or matches `pattern`.
 *
 * @public
 */
export interface EntityFieldRule extends RuleDescription {
  entity: {
    field: string;
    oneOf?: string[];
    pattern?: string;
  };
}

/**
 * Holds when the entity has an annotation whose key matches one of `keys`
 * (globs such as `datadoghq.com/*`) and, when given, whose value matches
 * `valuePattern`.
 *
 * @public
 */
export interface AnnotationRule extends RuleDescription {
  annotation: {
    keys: string[];
    valuePattern?: string;
  };
}

/**
 * Holds when one of the entity's `metadata.links` has a title, type or URL
 * matching the regular expression `pattern` (case-insensitive).
 *
 * @public
 */
export interface LinkRule extends RuleDescription {
  link: { pattern: string };
}

/**
 * Holds when the entity has a relation of `type` (e.g. `providesApi`,
 * `dependsOn`), optionally to a target of `targetKind` and `targetType`
 * (`spec.type` of the target, read from the catalog context).
 *
 * @public
 */
export interface RelationRule extends RuleDescription {
  relation: {
    type: string;
    targetKind?: string;
    targetType?: string[];
  };
}

/**
 * Holds when `spec.owner` resolves to an existing Group or User.
 *
 * @public
 */
export interface OwnerExistsRule extends RuleDescription {
  ownerExists: true;
}

/**
 * Holds when no `dependsOn` cycle among components passes through the
 * entity.
 *
 * @public
 */
export interface NoDependencyCycleRule extends RuleDescription {
  noDependencyCycle: true;
}

/**
 * Facts that only the history or the hosting provider's API knows.
 *
 * @public
 */
export type ScmFact =
  | 'commit-conventions'
  | 'docs-changed-recently'
  | 'short-lived-branches'
  | 'reviews-required'
  | 'co-authored-by-trailers'
  | 'semver-tags';

/**
 * Holds when the hosting provider reports the fact. Without provider data
 * the rule takes `whenUnavailable` (default false, so that the check can be
 * attested instead).
 *
 * @public
 */
export interface ScmRule extends RuleDescription {
  scm: { fact: ScmFact; whenUnavailable?: boolean };
}

/**
 * Holds when an evidence provider reports the named fact as true (facts are
 * named `<provider>.<fact>`, e.g. `pagerduty.on-call-schedule`). Without a
 * provider that supplies it, the rule takes `whenUnavailable` (default
 * false: the check can then be attested; it is never a fail for a reason
 * nobody could see).
 *
 * @public
 */
export interface FactRule extends RuleDescription {
  fact: { name: string; whenUnavailable?: boolean };
}

/**
 * A rule of a kind that a backend module added from code, with the options
 * that kind accepts. A rule kind that is not installed makes the check
 * `error`, naming the kind.
 *
 * @public
 */
export interface CustomRule extends RuleDescription {
  custom: { kind: string; options?: Record<string, unknown> };
}

/** @public */
export interface AllRule extends RuleDescription {
  all: Rule[];
}

/** @public */
export interface AnyRule extends RuleDescription {
  any: Rule[];
}

/** @public */
export interface NotRule extends RuleDescription {
  not: Rule;
}
