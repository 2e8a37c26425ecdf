import { checkGracefulShutdown } from './gracefulShutdown';
import { checkProbes } from './probes';
import { readKubernetesObjects } from './readObjects';
import { checkResources } from './resources';
import { splitFileProblems } from '../util/fileProblems';
import type {
  KubernetesCheck,
  KubernetesObjects,
  KubernetesRuleResult,
  TextFile,
} from './types';

/**
 * What a manifest that does not parse must mention to possibly decide a
 * check; one that does not is ignored with a warning.
 */
const COULD_HOLD: Record<KubernetesCheck, RegExp> = {
  probes: /\b(?:readiness|liveness|startup)Probe\b/,
  resources: /\b(?:containers|resources)["']?\s*:/,
  gracefulShutdown: /\b(?:terminationGracePeriodSeconds|preStop)\b/,
};

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
  const read = readKubernetesObjects(files);
  const texts = new Map(files.map(file => [file.path, file.text]));
  const { relevant, ignored } = splitFileProblems(
    read.problems,
    path => texts.get(path),
    text => COULD_HOLD[check].test(text),
  );
  const manifests = { ...read, problems: relevant };
  const result = inspect(check, manifests, files, appConfigFiles);
  return ignored.length > 0 ? { ...result, warnings: ignored } : result;
}

function inspect(
  check: KubernetesCheck,
  manifests: KubernetesObjects,
  files: TextFile[],
  appConfigFiles: TextFile[],
): KubernetesRuleResult {
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
