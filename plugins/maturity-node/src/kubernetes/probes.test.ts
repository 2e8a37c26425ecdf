import { inspectKubernetes } from './inspect';
import type { TextFile } from './types';
import {
  MALFORMED,
  MALFORMED_WITHOUT_CONTAINERS,
  container,
  deployment,
  yamlFile,
} from './__testUtils__/manifests';

const probe = { httpGet: { path: '/healthz', port: 8080 } };

describe("inspectKubernetes('probes')", () => {
  it.each<[string, TextFile[], string]>([
    [
      'a readinessProbe',
      [
        yamlFile(
          'deploy/app.yaml',
          deployment('api', [container('api', { readinessProbe: probe })]),
        ),
      ],
      'Deployment/api container api has readinessProbe',
    ],
    [
      'a livenessProbe in the second container',
      [
        yamlFile(
          'deploy/app.yaml',
          deployment('api', [
            container('proxy'),
            container('api', { livenessProbe: probe }),
          ]),
        ),
      ],
      'Deployment/api container api has livenessProbe',
    ],
    [
      'a startupProbe in a StatefulSet',
      [
        yamlFile('deploy/db.yaml', {
          apiVersion: 'apps/v1',
          kind: 'StatefulSet',
          metadata: { name: 'db' },
          spec: {
            template: {
              spec: { containers: [container('db', { startupProbe: probe })] },
            },
          },
        }),
      ],
      'StatefulSet/db container db has startupProbe',
    ],
    [
      'a probe in an Argo Rollout',
      [
        yamlFile('deploy/rollout.yaml', {
          apiVersion: 'argoproj.io/v1alpha1',
          kind: 'Rollout',
          metadata: { name: 'api' },
          spec: {
            template: {
              spec: {
                containers: [
                  container('api', {
                    readinessProbe: probe,
                    livenessProbe: probe,
                  }),
                ],
              },
            },
          },
        }),
      ],
      'Rollout/api container api has readinessProbe, livenessProbe',
    ],
    [
      'a probe in a Pod',
      [
        yamlFile('pod.yaml', {
          apiVersion: 'v1',
          kind: 'Pod',
          metadata: { name: 'debug' },
          spec: { containers: [container('debug', { readinessProbe: probe })] },
        }),
      ],
      'Pod/debug container debug has readinessProbe',
    ],
    [
      'a probe that a Helm template takes from values',
      [
        {
          path: 'chart/templates/deployment.yaml',
          text: [
            'apiVersion: apps/v1',
            'kind: Deployment',
            'metadata:',
            '  name: api',
            'spec:',
            '  template:',
            '    spec:',
            '      containers:',
            '        - name: api',
            '          image: "{{ .Values.image }}"',
            '          livenessProbe:',
            '            {{- toYaml .Values.livenessProbe | nindent 12 }}',
          ].join('\n'),
        },
      ],
      'Deployment/api container api has livenessProbe',
    ],
    [
      'a probe next to a malformed manifest',
      [
        MALFORMED,
        yamlFile(
          'deploy/app.yaml',
          deployment('api', [container('api', { readinessProbe: probe })]),
        ),
      ],
      'Deployment/api container api has readinessProbe',
    ],
  ])(
    'is true for %s, naming path, workload and container',
    (_, files, detail) => {
      const result = inspectKubernetes('probes', files);
      expect(result.value).toBe(true);
      expect(result.evidence).toContainEqual({
        kind: 'kubernetes',
        target: files[files.length - 1].path,
        detail,
      });
    },
  );

  it.each<[string, TextFile[], string[]]>([
    [
      'workloads without probes, naming each container',
      [
        yamlFile(
          'deploy/app.yaml',
          deployment('api', [container('api'), container('proxy')]),
        ),
      ],
      [
        'deploy/app.yaml: Deployment/api container api has no readinessProbe, livenessProbe, startupProbe',
        'deploy/app.yaml: Deployment/api container proxy has no readinessProbe, livenessProbe, startupProbe',
      ],
    ],
    [
      'a repository without manifests',
      [
        {
          path: 'docker-compose.yml',
          text: 'services:\n  api:\n    image: x\n',
        },
      ],
      [
        'readinessProbe or livenessProbe in a Kubernetes or Helm workload (Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, Rollout, CronJob, Pod)',
      ],
    ],
  ])('is false for %s', (_, files, lookedFor) => {
    expect(inspectKubernetes('probes', files)).toEqual({
      value: false,
      evidence: [],
      lookedFor,
      problems: [],
      comparable: true,
    });
  });

  it('is unknown, not false, when no probe was found and a manifest did not parse', () => {
    const result = inspectKubernetes('probes', [
      MALFORMED,
      yamlFile('deploy/app.yaml', deployment('api', [container('api')])),
    ]);
    expect(result.value).toBe('unknown');
    expect(result.problems).toEqual([
      expect.stringContaining('deploy/broken.yaml: invalid YAML'),
    ]);
  });

  it('ignores, with a warning, a manifest that does not parse and mentions no probe', () => {
    const result = inspectKubernetes('probes', [
      MALFORMED_WITHOUT_CONTAINERS,
      yamlFile('deploy/app.yaml', deployment('api', [container('api')])),
    ]);
    expect(result.value).toBe(false);
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([
      expect.stringMatching(
        /^deploy\/broken-service\.yaml: invalid YAML .*; ignored, as it cannot hold this evidence$/,
      ),
    ]);
  });
});
