import { stringify } from 'yaml';
import type { TextFile } from '../types';

type Fields = Record<string, unknown>;

/** A container with an image, plus `fields`. */
export function container(name: string, fields: Fields = {}): Fields {
  return { name, image: `example/${name}:1.0`, ...fields };
}

/** A Deployment document whose pod spec has `containers` and `podSpec`. */
export function deployment(
  name: string,
  containers: Fields[],
  podSpec: Fields = {},
): Fields {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name },
    spec: { template: { spec: { ...podSpec, containers } } },
  };
}

/** A YAML file holding `docs`, one document each. */
export function yamlFile(path: string, ...docs: Fields[]): TextFile {
  return { path, text: docs.map(doc => stringify(doc)).join('---\n') };
}

export const LIMITED = {
  resources: {
    limits: { cpu: '1', memory: '256Mi' },
    requests: { cpu: '100m', memory: '128Mi' },
  },
};

/** A workload that does not parse, with a probe, resources and timeouts in it. */
export const MALFORMED: TextFile = {
  path: 'deploy/broken.yaml',
  text: [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'spec:',
    '  template:',
    '    spec:',
    '      terminationGracePeriodSeconds: 30',
    '      containers: [unclosed',
    '        readinessProbe: {}',
    '',
  ].join('\n'),
};

/** A manifest that does not parse and mentions no container at all. */
export const MALFORMED_WITHOUT_CONTAINERS: TextFile = {
  path: 'deploy/broken-service.yaml',
  text: 'apiVersion: v1\nkind: Service\nspec:\n  ports: [unclosed\n',
};
