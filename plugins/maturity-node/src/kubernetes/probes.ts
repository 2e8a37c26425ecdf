import type { Evidence } from '@backstage-maturity/plugin-maturity-common';
import { TEMPLATE_PLACEHOLDER } from './helmTemplate';
import { capList, isRecord } from './objectUtils';
import type { KubernetesObjects, KubernetesRuleResult } from './types';
import {
  WORKLOAD_KINDS,
  containerLabel,
  listWorkloads,
  workloadLabel,
} from './workloads';

const PROBES = ['readinessProbe', 'livenessProbe', 'startupProbe'] as const;

/**
 * A probe is declared by an object, or by a Helm action that fills the key
 * in (`livenessProbe:` followed by `{{- toYaml .Values.livenessProbe ... }}`
 * reads as null once the action is blanked, or as the placeholder inline).
 */
function isDeclared(spec: Record<string, unknown>, probe: string): boolean {
  const value = spec[probe];
  return (
    isRecord(value) ||
    (probe in spec && value === null) ||
    (typeof value === 'string' && value.includes(TEMPLATE_PLACEHOLDER))
  );
}

/**
 * True when some container (init sidecars included) declares a readiness,
 * liveness or startup probe. Unreadable manifests make a result that found
 * no probe unknown: the probe may be in them.
 */
export function checkProbes({
  objects,
  problems,
}: KubernetesObjects): KubernetesRuleResult {
  const evidence: Evidence[] = [];
  const missing: string[] = [];
  for (const workload of listWorkloads(objects)) {
    for (const container of workload.containers) {
      const declared = PROBES.filter(probe =>
        isDeclared(container.spec, probe),
      );
      if (declared.length > 0) {
        evidence.push({
          kind: 'kubernetes',
          target: workload.path,
          detail: `${workloadLabel(workload)} container ${
            container.name
          } has ${declared.join(', ')}`,
        });
      } else if (!container.fragment && !container.init) {
        missing.push(
          `${containerLabel(workload, container)} has no ${PROBES.join(', ')}`,
        );
      }
    }
  }
  if (evidence.length > 0) {
    return { value: true, evidence, lookedFor: [], problems, comparable: true };
  }
  const lookedFor =
    missing.length > 0
      ? capList(missing)
      : [
          `readinessProbe or livenessProbe in a Kubernetes or Helm workload (${WORKLOAD_KINDS.join(
            ', ',
          )})`,
        ];
  return {
    value: problems.length > 0 ? 'unknown' : false,
    evidence: [],
    lookedFor,
    problems,
    comparable: true,
  };
}
