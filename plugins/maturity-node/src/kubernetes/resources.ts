import type { Evidence } from '@backstage-maturity/plugin-maturity-common';
import { helmResourcesResolver } from './helmValues';
import { capList, getIn, isNonEmptyRecord } from './objectUtils';
import type {
  KubernetesObjects,
  KubernetesRuleResult,
  TextFile,
} from './types';
import {
  WORKLOAD_KINDS,
  containerLabel,
  listWorkloads,
  workloadLabel,
} from './workloads';

const QUOTA_KINDS = ['ResourceQuota', 'LimitRange'];

function quotaEvidence({ objects }: KubernetesObjects): Evidence[] {
  return objects
    .filter(({ doc }) => QUOTA_KINDS.includes(String(doc.kind)))
    .map(({ path, doc }) => ({
      kind: 'kubernetes',
      target: path,
      detail: `${String(doc.kind)}/${String(
        getIn(doc, ['metadata', 'name']) ?? '(unnamed)',
      )}`,
    }));
}

/**
 * True when a ResourceQuota or LimitRange exists, or when there is at least
 * one container and every container of every workload declares non-empty
 * `resources.limits` and `resources.requests`.
 *
 * Only `containers` count, not `initContainers`: init containers run to
 * completion before the application starts, and the check is about what
 * the running service may consume. Kustomize patch fragments (containers
 * without an image) do not count either.
 *
 * `files` are all the YAML files, so that Helm values files can be read.
 */
export function checkResources(
  manifests: KubernetesObjects,
  files: TextFile[],
): KubernetesRuleResult {
  const { problems } = manifests;
  const quotas = quotaEvidence(manifests);
  if (quotas.length > 0) {
    return {
      value: true,
      evidence: quotas,
      lookedFor: [],
      problems,
      comparable: true,
    };
  }

  const helmResources = helmResourcesResolver(files);
  const evidence: Evidence[] = [];
  const offenders: string[] = [];
  for (const workload of listWorkloads(manifests.objects)) {
    for (const container of workload.containers) {
      if (container.init || container.fragment) {
        continue;
      }
      const resources = container.spec.resources;
      let limits = isNonEmptyRecord(getIn(resources, ['limits']));
      let requests = isNonEmptyRecord(getIn(resources, ['requests']));
      let source = 'declares resources.limits and resources.requests';
      if (!limits || !requests) {
        const helm = helmResources(workload.path);
        if (helm) {
          limits = requests = true;
          source = `takes resources.limits and resources.requests from ${helm.ref} (${helm.valuesPath})`;
        }
      }
      const lacking = [
        ...(limits ? [] : ['resources.limits']),
        ...(requests ? [] : ['resources.requests']),
      ];
      if (lacking.length > 0) {
        offenders.push(
          `${containerLabel(workload, container)} lacks ${lacking.join(
            ' and ',
          )}`,
        );
      } else {
        evidence.push({
          kind: 'kubernetes',
          target: workload.path,
          detail: `${workloadLabel(workload)} container ${
            container.name
          } ${source}`,
        });
      }
    }
  }

  if (offenders.length > 0) {
    return {
      value: false,
      evidence: [],
      lookedFor: capList(offenders),
      problems,
      comparable: true,
    };
  }
  // An unreadable manifest may hold a container without limits.
  if (problems.length > 0) {
    return {
      value: 'unknown',
      evidence,
      lookedFor: [],
      problems,
      comparable: true,
    };
  }
  if (evidence.length === 0) {
    return {
      value: false,
      evidence: [],
      lookedFor: [
        `resources.limits and resources.requests in the containers of a Kubernetes or Helm workload (${WORKLOAD_KINDS.join(
          ', ',
        )}), or a ResourceQuota or LimitRange`,
      ],
      problems,
      comparable: true,
    };
  }
  return { value: true, evidence, lookedFor: [], problems, comparable: true };
}
