import { readKubernetesObjects } from './readObjects';
import { MAX_DOCUMENTS } from './yamlDocuments';
import {
  MALFORMED,
  container,
  deployment,
  yamlFile,
} from './__testUtils__/manifests';

const service = {
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'api' },
  spec: { ports: [{ port: 80 }] },
};

const kindsOf = (result: ReturnType<typeof readKubernetesObjects>) =>
  result.objects.map(({ path, doc }) => `${path} ${String(doc.kind)}`);

describe('readKubernetesObjects', () => {
  it('reads every document of a multi-document file, in order', () => {
    const result = readKubernetesObjects([
      yamlFile(
        'deploy/app.yaml',
        service,
        deployment('api', [container('api')]),
      ),
    ]);
    expect(kindsOf(result)).toEqual([
      'deploy/app.yaml Service',
      'deploy/app.yaml Deployment',
    ]);
    expect(result.problems).toEqual([]);
  });

  it.each([
    ['a Helm Chart.yaml (no kind)', 'Chart.yaml', 'apiVersion: v2\nname: x\n'],
    ['a values file', 'values.yaml', 'image:\n  tag: latest\n'],
    ['a document without apiVersion', 'x.yaml', 'kind: Thing\n'],
    ['a non-YAML file', 'deployment.json', '{"apiVersion":"v1","kind":"Pod"}'],
  ])('ignores %s', (_, path, text) => {
    expect(readKubernetesObjects([{ path, text }])).toEqual({
      objects: [],
      problems: [],
    });
  });

  it('reports a malformed manifest as a problem naming the file and keeps reading the others', () => {
    const result = readKubernetesObjects([
      MALFORMED,
      yamlFile('deploy/svc.yaml', service),
    ]);
    expect(kindsOf(result)).toEqual(['deploy/svc.yaml Service']);
    expect(result.problems).toEqual([
      expect.stringMatching(/^deploy\/broken\.yaml: invalid YAML \(.+\)$/),
    ]);
  });

  it('does not report broken YAML that cannot be a manifest (no apiVersion and kind)', () => {
    const result = readKubernetesObjects([
      { path: '.github/workflows/ci.yml', text: 'on: [push\njobs: {' },
    ]);
    expect(result).toEqual({ objects: [], problems: [] });
  });

  it('reads a Helm template whose unquoted actions are not plain YAML', () => {
    const text = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: {{ include "chart.fullname" . }}',
      '  labels:',
      '    {{- include "chart.labels" . | nindent 4 }}',
      'spec:',
      '  replicas: {{ .Values.replicaCount }}',
      '  template:',
      '    spec:',
      '      {{- with .Values.nodeSelector }}',
      '      nodeSelector:',
      '        {{- toYaml . | nindent 8 }}',
      '      {{- end }}',
      '      containers:',
      '        - name: api',
      '          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"',
      '          resources:',
      '            {{- toYaml .Values.resources | nindent 12 }}',
    ].join('\n');
    const result = readKubernetesObjects([
      { path: 'chart/templates/deployment.yaml', text },
    ]);
    expect(result.problems).toEqual([]);
    expect(kindsOf(result)).toEqual([
      'chart/templates/deployment.yaml Deployment',
    ]);
  });

  it.each([
    [
      'a broken flow sequence',
      'apiVersion: v1\nkind: ConfigMap\ndata:\n{{ range .Values.items }}\n  - : : [\n{{ end }}\n',
    ],
    [
      'if/else branches that set the same key',
      'apiVersion: v1\nkind: Pod\nspec:\n  {{- if .Values.grace }}\n  terminationGracePeriodSeconds: {{ .Values.grace }}\n  {{- else }}\n  terminationGracePeriodSeconds: 30\n  {{- end }}\n',
    ],
  ])(
    'reports a Helm template that is not readable without its actions (%s), without throwing',
    (_, text) => {
      const result = readKubernetesObjects([
        { path: 'chart/templates/t.yaml', text },
      ]);
      expect(result.objects).toEqual([]);
      expect(result.problems).toEqual([
        expect.stringMatching(
          /^chart\/templates\/t\.yaml: invalid YAML \(.+\)$/,
        ),
      ]);
    },
  );

  it('reads the items of a List as objects', () => {
    const result = readKubernetesObjects([
      yamlFile('all.yaml', {
        apiVersion: 'v1',
        kind: 'List',
        items: [service, deployment('api', [container('api')])],
      }),
    ]);
    expect(kindsOf(result)).toEqual([
      'all.yaml Service',
      'all.yaml Deployment',
    ]);
  });

  it('does not read a file over 1 MB and says so', () => {
    const text = `apiVersion: v1\nkind: ConfigMap\ndata:\n  big: "${'x'.repeat(
      1024 * 1024,
    )}"\n`;
    expect(readKubernetesObjects([{ path: 'big.yaml', text }])).toEqual({
      objects: [],
      problems: ['big.yaml: larger than 1 MB, not read'],
    });
  });

  it(`reads only the first ${MAX_DOCUMENTS} documents of a file`, () => {
    const text = Array.from(
      { length: MAX_DOCUMENTS + 5 },
      (_, i) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c${i}\n`,
    ).join('---\n');
    const result = readKubernetesObjects([{ path: 'many.yaml', text }]);
    expect(result.objects).toHaveLength(MAX_DOCUMENTS);
    expect(result.problems).toEqual([
      `many.yaml: more than ${MAX_DOCUMENTS} documents, only the first ${MAX_DOCUMENTS} read`,
    ]);
  });
});
