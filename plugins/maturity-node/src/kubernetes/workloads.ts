import { TEMPLATE_PLACEHOLDER } from './helmTemplate';
import { getIn, isRecord, recordsOf } from './objectUtils';
import type { KubernetesObject } from './types';

/** Where each workload kind keeps its pod spec. */
const POD_SPEC_PATHS: Record<string, readonly string[]> = {
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  // Argo Rollouts; a Rollout with `workloadRef` has no template of its own.
  Rollout: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
  Pod: ['spec'],
};

export const WORKLOAD_KINDS = Object.keys(POD_SPEC_PATHS);

export interface Container {
  name: string;
  spec: Record<string, unknown>;
  /** From `initContainers`. */
  init: boolean;
  /**
   * A container without an image is a fragment of a kustomize patch (which
   * names the container to change), not a container of its own.
   */
  fragment: boolean;
}

export interface Workload {
  path: string;
  kind: string;
  name: string;
  podSpec: Record<string, unknown>;
  containers: Container[];
}

/** A name for messages; a blanked Helm action shows as `{{…}}`. */
function displayName(value: unknown, fallback: string): string {
  return typeof value === 'string'
    ? value.split(TEMPLATE_PLACEHOLDER).join('{{…}}')
    : fallback;
}

function containersOf(
  podSpec: Record<string, unknown>,
  key: 'containers' | 'initContainers',
): Container[] {
  return recordsOf(podSpec[key]).map((spec, index) => ({
    name: displayName(spec.name, `#${index + 1}`),
    spec,
    init: key === 'initContainers',
    fragment: typeof spec.image !== 'string',
  }));
}

/** The workloads among the objects, with their containers. */
export function listWorkloads(objects: KubernetesObject[]): Workload[] {
  const workloads: Workload[] = [];
  for (const { path, doc } of objects) {
    const podSpecPath = POD_SPEC_PATHS[String(doc.kind)];
    const podSpec = podSpecPath ? getIn(doc, podSpecPath) : undefined;
    if (!isRecord(podSpec)) {
      continue;
    }
    workloads.push({
      path,
      kind: String(doc.kind),
      name: displayName(getIn(doc, ['metadata', 'name']), '(unnamed)'),
      podSpec,
      containers: [
        ...containersOf(podSpec, 'containers'),
        ...containersOf(podSpec, 'initContainers'),
      ],
    });
  }
  return workloads;
}

/** `Deployment/api`, the way kubectl names objects. */
export function workloadLabel(workload: Workload): string {
  return `${workload.kind}/${workload.name}`;
}

/** `deploy/app.yaml: Deployment/api container api`. */
export function containerLabel(
  workload: Workload,
  container: Container,
): string {
  const init = container.init ? 'init container' : 'container';
  return `${workload.path}: ${workloadLabel(workload)} ${init} ${
    container.name
  }`;
}
