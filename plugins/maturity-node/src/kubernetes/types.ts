import type { RuleResult } from '../evaluation/ruleResult';
import type { KubernetesRule } from '@backstage-maturity/plugin-maturity-common';

/** A repository file and its text. */
export interface TextFile {
  /** Repository-relative POSIX path. */
  path: string;
  text: string;
}

/** The checks of a `kubernetes` rule. */
export type KubernetesCheck = KubernetesRule['kubernetes']['check'];

/** A Kubernetes-style document (it has `apiVersion` and `kind`). */
export interface KubernetesObject {
  path: string;
  doc: Record<string, unknown>;
}

/** What reading the manifests of a repository found. */
export interface KubernetesObjects {
  objects: KubernetesObject[];
  /** Files that could not be read, as `path: reason`. */
  problems: string[];
}

/**
 * The result of a Kubernetes check.
 *
 * `comparable` is false only for `gracefulShutdown` when no workload had
 * both sides of the comparison readable. The value is then `true` with no
 * evidence and is no verdict of its own: the caller decides the check on
 * the other evidence (SIGTERM handling in source), and the manifests can
 * only make it fail when comparable timeouts disagree. For `probes` and
 * `resources` it is always true.
 */
export interface KubernetesRuleResult extends RuleResult {
  comparable: boolean;
}
