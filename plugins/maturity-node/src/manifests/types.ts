import type { Ecosystem } from '@backstage-maturity/plugin-maturity-common';

/**
 * One dependency as declared in a manifest; nothing is resolved.
 *
 * @public
 */
export interface DeclaredDependency {
  /**
   * The name as declared, except that Python names are normalised per
   * PEP 503. Maven and Gradle names are `groupId:artifactId`; Gradle plugins
   * are named by plugin id.
   */
  name: string;
  /** The version or version requirement as written, e.g. `^1.2.0`, `${x}`. */
  version?: string;
  ecosystem: Ecosystem;
  /** Path of the manifest the dependency was read from. */
  manifest: string;
  /**
   * Where the dependency is declared, e.g. `devDependencies`, `test`, `dev`,
   * `indirect`, `managed`, `plugin`. Absent for ordinary runtime
   * dependencies, except for npm where it is always the section.
   */
  scope?: string;
}

/**
 * The dependencies declared in one manifest.
 *
 * @public
 */
export interface ManifestParseResult {
  ecosystem: Ecosystem;
  dependencies: DeclaredDependency[];
}
