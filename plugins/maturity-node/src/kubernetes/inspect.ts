import { checkGracefulShutdown } from './gracefulShutdown';
import { checkProbes } from './probes';
import { readKubernetesObjects } from './readObjects';
import { checkResources } from './resources';
import type { KubernetesCheck, KubernetesRuleResult, TextFile } from './types';

/**
 * Runs one check of a `kubernetes` rule on the repository's YAML files
 * (manifests, Helm templates and values). `appConfigFiles` (such as
 * `application*.yml`, `application*.properties`, `appsettings*.json`) are
 * only read by `gracefulShutdown`, for the application's shutdown timeout.
 *
 * The result is a `RuleResult` plus `comparable`; see
 * {@link KubernetesRuleResult} for what `comparable: false` means for
 * `gracefulShutdown`.
 */
export function inspectKubernetes(
  check: KubernetesCheck,
  files: TextFile[],
  appConfigFiles: TextFile[] = [],
): KubernetesRuleResult {
  const manifests = readKubernetesObjects(files);
  switch (check) {
    case 'probes':
      return checkProbes(manifests);
    case 'resources':
      return checkResources(manifests, files);
    case 'gracefulShutdown':
      return checkGracefulShutdown(manifests, appConfigFiles);
    default:
      throw new Error(`Unknown Kubernetes check ${String(check)}`);
  }
}
