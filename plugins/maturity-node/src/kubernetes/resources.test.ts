import { inspectKubernetes } from './inspect';
import type { TextFile } from './types';
import {
  LIMITED,
  MALFORMED,
  MALFORMED_WITHOUT_CONTAINERS,
  container,
  deployment,
  yamlFile,
} from './__testUtils__/manifests';

const quota = (kind: string) =>
  yamlFile('deploy/quota.yaml', {
    apiVersion: 'v1',
    kind,
    metadata: { name: 'team-quota' },
    spec: {},
  });

const helmTemplate = (ref: string): TextFile => ({
  path: 'deploy/helm/api/templates/deployment.yaml',
  text: [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: {{ include "api.fullname" . }}',
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: api',
    '          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"',
    '          resources:',
    `            {{- toYaml ${ref} | nindent 12 }}`,
  ].join('\n'),
});

const helmValues = (path: string, text: string): TextFile => ({
  path: `deploy/helm/api/${path}`,
  text,
});

const VALUES_WITH_RESOURCES = [
  'resources:',
  '  limits: { cpu: "1", memory: 256Mi }',
  '  requests: { cpu: 100m, memory: 128Mi }',
].join('\n');

describe("inspectKubernetes('resources')", () => {
  it.each<[string, TextFile[], string[]]>([
    [
      'every container declares limits and requests',
      [
        yamlFile(
          'deploy/app.yaml',
          deployment('api', [
            container('api', LIMITED),
            container('proxy', LIMITED),
          ]),
        ),
      ],
      [
        'Deployment/api container api declares resources.limits and resources.requests',
        'Deployment/api container proxy declares resources.limits and resources.requests',
      ],
    ],
    [
      'only an init container lacks them (only `containers` count)',
      [
        yamlFile(
          'deploy/app.yaml',
          deployment('api', [container('api', LIMITED)], {
            initContainers: [container('migrate')],
          }),
        ),
      ],
      [
        'Deployment/api container api declares resources.limits and resources.requests',
      ],
    ],
    [
      'a kustomize patch names a container without its resources',
      [
        yamlFile(
          'deploy/base/app.yaml',
          deployment('api', [container('api', LIMITED)]),
        ),
        yamlFile(
          'deploy/overlays/prod/patch.yaml',
          deployment('api', [{ name: 'api', env: [] }]),
        ),
      ],
      [
        'Deployment/api container api declares resources.limits and resources.requests',
      ],
    ],
    [
      'a ResourceQuota exists',
      [quota('ResourceQuota')],
      ['ResourceQuota/team-quota'],
    ],
    [
      'a LimitRange exists, even if a container lacks limits',
      [
        quota('LimitRange'),
        yamlFile('deploy/app.yaml', deployment('api', [container('api')])),
      ],
      ['LimitRange/team-quota'],
    ],
    [
      'a Helm template takes them from values.yaml',
      [
        helmTemplate('.Values.resources'),
        helmValues('values.yaml', VALUES_WITH_RESOURCES),
      ],
      [
        'Deployment/{{…}} container api takes resources.limits and resources.requests from .Values.resources (deploy/helm/api/values.yaml)',
      ],
    ],
    [
      'a Helm template takes them from a nested values key in an environment values file',
      [
        helmTemplate('.Values.api.resources'),
        helmValues('values.yaml', 'api:\n  resources: {}\n'),
        helmValues(
          'values-prod.yaml',
          `api:\n${VALUES_WITH_RESOURCES.replace(/^/gm, '  ')}`,
        ),
      ],
      [
        'Deployment/{{…}} container api takes resources.limits and resources.requests from .Values.api.resources (deploy/helm/api/values-prod.yaml)',
      ],
    ],
  ])('is true when %s', (_, files, details) => {
    const result = inspectKubernetes('resources', files);
    expect(result.value).toBe(true);
    expect(result.evidence.map(e => e.detail)).toEqual(details);
  });

  it.each<[string, TextFile[], string[]]>([
    [
      'a container lacks resources.limits',
      [
        yamlFile(
          'deploy/app.yaml',
          deployment('api', [
            container('api', { resources: { requests: { cpu: '100m' } } }),
          ]),
        ),
      ],
      ['deploy/app.yaml: Deployment/api container api lacks resources.limits'],
    ],
    [
      'limits are empty and requests missing',
      [
        yamlFile(
          'deploy/app.yaml',
          deployment('api', [container('api', { resources: { limits: {} } })]),
        ),
      ],
      [
        'deploy/app.yaml: Deployment/api container api lacks resources.limits and resources.requests',
      ],
    ],
    [
      'one container of several lacks them',
      [
        yamlFile('deploy/a.yaml', deployment('a', [container('a', LIMITED)])),
        yamlFile(
          'deploy/b.yaml',
          deployment('b', [
            container('b', LIMITED),
            container('sidecar', { resources: { limits: { cpu: '1' } } }),
          ]),
        ),
      ],
      [
        'deploy/b.yaml: Deployment/b container sidecar lacks resources.requests',
      ],
    ],
    [
      'a container lacks them next to a malformed manifest',
      [
        MALFORMED,
        yamlFile('deploy/app.yaml', deployment('api', [container('api')])),
      ],
      [
        'deploy/app.yaml: Deployment/api container api lacks resources.limits and resources.requests',
      ],
    ],
    [
      'the Helm values leave resources empty',
      [
        helmTemplate('.Values.resources'),
        helmValues('values.yaml', 'resources: {}\n'),
      ],
      [
        'deploy/helm/api/templates/deployment.yaml: Deployment/{{…}} container api lacks resources.limits and resources.requests',
      ],
    ],
    [
      'there are no workloads',
      [
        yamlFile('deploy/svc.yaml', {
          apiVersion: 'v1',
          kind: 'Service',
          metadata: { name: 'api' },
        }),
      ],
      [
        'resources.limits and resources.requests in the containers of a Kubernetes or Helm workload (Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, Rollout, CronJob, Pod), or a ResourceQuota or LimitRange',
      ],
    ],
  ])('is false when %s', (_, files, lookedFor) => {
    const result = inspectKubernetes('resources', files);
    expect(result.value).toBe(false);
    expect(result.lookedFor).toEqual(lookedFor);
  });

  it.each<[string, TextFile[]]>([
    [
      'every readable container complies',
      [
        yamlFile(
          'deploy/app.yaml',
          deployment('api', [container('api', LIMITED)]),
        ),
      ],
    ],
    ['nothing else was found', []],
  ])(
    'is unknown, not true or false, when a manifest does not parse and %s',
    (_, files) => {
      const result = inspectKubernetes('resources', [MALFORMED, ...files]);
      expect(result.value).toBe('unknown');
      expect(result.problems).toEqual([
        expect.stringMatching(/^deploy\/broken\.yaml: invalid YAML \(.+\)$/),
      ]);
    },
  );

  it('decides without a manifest that does not parse and has no containers', () => {
    const result = inspectKubernetes('resources', [
      MALFORMED_WITHOUT_CONTAINERS,
      yamlFile(
        'deploy/app.yaml',
        deployment('api', [container('api', LIMITED)]),
      ),
    ]);
    expect(result.value).toBe(true);
    expect(result.warnings).toHaveLength(1);
  });
});
