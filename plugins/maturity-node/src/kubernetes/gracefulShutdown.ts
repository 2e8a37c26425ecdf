import type { Evidence } from '@backstage-maturity/plugin-maturity-common';
import { appConfigTimeouts } from './appConfig';
import { containerTimeouts } from './containerTimeouts';
import { capList, formatSeconds } from './objectUtils';
import { readPreStopSleep } from './preStop';
import type { TimeoutFindings, TimeoutReading } from './timeoutSettings';
import type {
  KubernetesObjects,
  KubernetesRuleResult,
  TextFile,
} from './types';
import {
  listWorkloads,
  workloadLabel,
  type Container,
  type Workload,
} from './workloads';

/** Kubernetes' terminationGracePeriodSeconds when a pod spec sets none. */
const DEFAULT_GRACE_SECONDS = 30;

interface Comparison {
  path: string;
  /** `Deployment/api` (plus the container when the pod has several). */
  subject: string;
  grace: number;
  graceIsDefault: boolean;
  sleep: number;
  timeout: TimeoutReading & { readable: true };
}

/**
 * The application container, which configuration files speak for: the one
 * named like the workload, else the first. Sidecars only count with a
 * timeout of their own.
 */
function mainContainer(workload: Workload, containers: Container[]) {
  return (
    containers.find(container => container.name === workload.name) ??
    containers[0]
  );
}

function compareWorkload(
  workload: Workload,
  configTimeouts: TimeoutFindings,
): Comparison[] {
  const graceValue = workload.podSpec.terminationGracePeriodSeconds;
  if (graceValue !== undefined && typeof graceValue !== 'number') {
    return []; // e.g. a Helm template action: unreadable.
  }
  const containers = workload.containers.filter(
    container => !container.init && !container.fragment,
  );
  const main = mainContainer(workload, containers);
  const comparisons: Comparison[] = [];
  for (const container of containers) {
    const own = containerTimeouts(container.spec);
    const config = container === main ? configTimeouts : {};
    const timeout =
      own.explicit ?? config.explicit ?? own.implied ?? config.implied;
    const sleep = readPreStopSleep(container.spec);
    if (!timeout?.readable || sleep.kind === 'unreadable') {
      continue;
    }
    // Kubernetes' default grace period is only assumed when the manifest
    // shows intent (a preStop sleep); a bare pod spec with an application
    // timeout is not evidence enough to fail on.
    if (graceValue === undefined && sleep.kind === 'none') {
      continue;
    }
    comparisons.push({
      path: workload.path,
      subject:
        containers.length > 1
          ? `${workloadLabel(workload)} container ${container.name}`
          : workloadLabel(workload),
      grace: graceValue ?? DEFAULT_GRACE_SECONDS,
      graceIsDefault: graceValue === undefined,
      sleep: sleep.kind === 'sleep' ? sleep.seconds : 0,
      timeout,
    });
  }
  return comparisons;
}

function describe(comparison: Comparison, agrees: boolean): string {
  const { grace, graceIsDefault, sleep, timeout } = comparison;
  return `terminationGracePeriodSeconds ${formatSeconds(grace)}${
    graceIsDefault ? ' (Kubernetes default)' : ''
  } ${agrees ? '>=' : '<'} preStop sleep ${formatSeconds(
    sleep,
  )} s + shutdown timeout ${formatSeconds(timeout.seconds)} s (${
    timeout.source
  })`;
}

/**
 * Compares, per workload container, `terminationGracePeriodSeconds` with
 * the preStop sleep plus the application's shutdown timeout (from the
 * container's env or args, or for the main container from
 * `appConfigFiles`). A container is comparable when the timeout is
 * readable, the preStop hook is absent or a readable sleep, and the grace
 * period is set, or defaults to 30 s next to a preStop sleep.
 *
 * - some comparison disagrees: false, the numbers in `lookedFor`;
 * - all comparisons agree: true, the numbers in `evidence`;
 * - nothing comparable: true with `comparable: false` and no evidence; the
 *   caller decides the check on SIGTERM handling in source instead (the
 *   manifests can only make `graceful-shutdown` fail, never pass it).
 *
 * Unreadable files are listed in `problems` but do not make the value
 * unknown: without comparable timeouts the manifests say nothing either way.
 */
export function checkGracefulShutdown(
  manifests: KubernetesObjects,
  appConfigFiles: TextFile[],
): KubernetesRuleResult {
  const config = appConfigTimeouts(appConfigFiles);
  const problems = [...manifests.problems, ...config.problems];
  const comparisons = listWorkloads(manifests.objects).flatMap(workload =>
    compareWorkload(workload, config.findings),
  );
  const evidence: Evidence[] = [];
  const disagreements: string[] = [];
  for (const comparison of comparisons) {
    const agrees =
      comparison.grace >= comparison.sleep + comparison.timeout.seconds;
    if (agrees) {
      evidence.push({
        kind: 'kubernetes',
        target: comparison.path,
        detail: `${comparison.subject}: ${describe(comparison, true)}`,
      });
    } else {
      disagreements.push(
        `${comparison.path}: ${comparison.subject} ${describe(
          comparison,
          false,
        )}`,
      );
    }
  }
  return {
    value: disagreements.length === 0,
    evidence,
    lookedFor: capList(disagreements),
    problems,
    comparable: comparisons.length > 0,
  };
}
