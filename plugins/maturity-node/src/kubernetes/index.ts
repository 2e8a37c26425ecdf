/**
 * Reads Kubernetes and Helm manifests for the `kubernetes` rule: probes,
 * resource limits and graceful-shutdown timeouts.
 */

export type {
  KubernetesCheck,
  KubernetesObject,
  KubernetesObjects,
  KubernetesRuleResult,
  TextFile,
} from './types';
export { readKubernetesObjects } from './readObjects';
export { inspectKubernetes } from './inspect';
export { parseDurationSeconds } from './duration';
