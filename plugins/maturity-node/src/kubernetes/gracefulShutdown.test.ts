import { inspectKubernetes } from './inspect';
import type { TextFile } from './types';
import {
  MALFORMED,
  container,
  deployment,
  yamlFile,
} from './__testUtils__/manifests';

type Fields = Record<string, unknown>;

const PATH = 'deploy/k8s/deployment.yaml';
const env = (name: string, value: unknown) => ({ env: [{ name, value }] });
const execSleep = (command: string[]) => ({
  lifecycle: { preStop: { exec: { command } } },
});
const SLEEP_10 = execSleep(['sleep', '10']);
const TIMEOUT_30 = env('SHUTDOWN_TIMEOUT', '30s');

/** A one-container Deployment `api` in {@link PATH}. */
function manifest(fields: Fields, podSpec: Fields = {}): TextFile[] {
  return [
    yamlFile(PATH, deployment('api', [container('api', fields)], podSpec)),
  ];
}

function graceful(files: TextFile[], appConfigFiles: TextFile[] = []) {
  return inspectKubernetes('gracefulShutdown', files, appConfigFiles);
}

describe("inspectKubernetes('gracefulShutdown')", () => {
  it('is false when the grace period is shorter than preStop sleep plus shutdown timeout, with the numbers', () => {
    const result = graceful(
      manifest(
        { ...SLEEP_10, ...env('HostOptions__ShutdownTimeout', '00:00:30') },
        { terminationGracePeriodSeconds: 20 },
      ),
    );
    expect(result).toEqual({
      value: false,
      evidence: [],
      lookedFor: [
        `${PATH}: Deployment/api terminationGracePeriodSeconds 20 < preStop sleep 10 s + shutdown timeout 30 s (env HostOptions__ShutdownTimeout)`,
      ],
      problems: [],
      comparable: true,
    });
  });

  it('is true and comparable when they agree, with the numbers as evidence', () => {
    const result = graceful(
      manifest(
        {
          lifecycle: { preStop: { sleep: { seconds: 5 } } },
          ...env('SHUTDOWN_TIMEOUT', '25s'),
        },
        { terminationGracePeriodSeconds: 40 },
      ),
    );
    expect(result).toEqual({
      value: true,
      evidence: [
        {
          kind: 'kubernetes',
          target: PATH,
          detail:
            'Deployment/api: terminationGracePeriodSeconds 40 >= preStop sleep 5 s + shutdown timeout 25 s (env SHUTDOWN_TIMEOUT)',
        },
      ],
      lookedFor: [],
      problems: [],
      comparable: true,
    });
  });

  it.each<[string, Fields, number]>([
    ['exec sleep', execSleep(['sleep', '10']), 10],
    ['exec /bin/sleep with a unit', execSleep(['/bin/sleep', '10s']), 10],
    ['sh -c sleep', execSleep(['/bin/sh', '-c', 'sleep 5']), 5],
    [
      'bash -c with a sleep before other commands',
      execSleep(['bash', '-c', 'sleep 5 && nginx -s quit']),
      5,
    ],
    [
      'the native sleep action',
      { lifecycle: { preStop: { sleep: { seconds: 7 } } } },
      7,
    ],
    ['no preStop hook (sleep 0)', {}, 0],
  ])('reads the preStop sleep from %s', (_, preStop, seconds) => {
    const result = graceful(
      manifest(
        { ...preStop, ...TIMEOUT_30 },
        { terminationGracePeriodSeconds: 30 },
      ),
    );
    expect(result.comparable).toBe(true);
    expect(result.value).toBe(seconds === 0);
    expect([
      ...result.lookedFor,
      ...result.evidence.map(e => e.detail),
    ]).toEqual([
      expect.stringContaining(
        `preStop sleep ${seconds} s + shutdown timeout 30 s`,
      ),
    ]);
  });

  it.each<[string, Fields, string]>([
    [
      'SHUTDOWN_TIMEOUT "30s"',
      env('SHUTDOWN_TIMEOUT', '30s'),
      '30 s (env SHUTDOWN_TIMEOUT)',
    ],
    [
      'SHUTDOWN_TIMEOUT "1m"',
      env('SHUTDOWN_TIMEOUT', '1m'),
      '60 s (env SHUTDOWN_TIMEOUT)',
    ],
    [
      'SHUTDOWN_TIMEOUT "PT30S"',
      env('SHUTDOWN_TIMEOUT', 'PT30S'),
      '30 s (env SHUTDOWN_TIMEOUT)',
    ],
    [
      'SHUTDOWN_TIMEOUT_SECONDS "30"',
      env('SHUTDOWN_TIMEOUT_SECONDS', '30'),
      '30 s (env SHUTDOWN_TIMEOUT_SECONDS)',
    ],
    [
      'SHUTDOWN_TIMEOUT_MS "30000"',
      env('SHUTDOWN_TIMEOUT_MS', '30000'),
      '30 s (env SHUTDOWN_TIMEOUT_MS)',
    ],
    [
      'HostOptions__ShutdownTimeout "00:00:30"',
      env('HostOptions__ShutdownTimeout', '00:00:30'),
      '30 s (env HostOptions__ShutdownTimeout)',
    ],
    [
      'Spring relaxed env in milliseconds',
      env('SPRING_LIFECYCLE_TIMEOUTPERSHUTDOWNPHASE', '30000'),
      '30 s (env SPRING_LIFECYCLE_TIMEOUTPERSHUTDOWNPHASE)',
    ],
    [
      'args --graceful-timeout 30',
      { args: ['--graceful-timeout', '30'] },
      '30 s (graceful-timeout in args)',
    ],
    [
      'args --timeout-graceful-shutdown=30',
      { args: ['--timeout-graceful-shutdown=30'] },
      '30 s (timeout-graceful-shutdown in args)',
    ],
    [
      'a shell command line',
      {
        command: [
          '/bin/sh',
          '-c',
          'exec gunicorn --graceful-timeout 30 app:app',
        ],
      },
      '30 s (graceful-timeout in command)',
    ],
    [
      'JAVA_OPTS -D system property',
      env(
        'JAVA_OPTS',
        '-Xmx512m -Dspring.lifecycle.timeout-per-shutdown-phase=30s',
      ),
      '30 s (spring.lifecycle.timeout-per-shutdown-phase in env JAVA_OPTS)',
    ],
    [
      'SERVER_SHUTDOWN=graceful (Spring default)',
      env('SERVER_SHUTDOWN', 'graceful'),
      "30 s (env SERVER_SHUTDOWN (Spring's default timeout-per-shutdown-phase))",
    ],
  ])('reads the shutdown timeout from %s', (_, fields, timeout) => {
    const result = graceful(
      manifest(
        { ...SLEEP_10, ...fields },
        { terminationGracePeriodSeconds: 90 },
      ),
    );
    expect(result.evidence.map(e => e.detail)).toEqual([
      expect.stringContaining(`shutdown timeout ${timeout}`),
    ]);
  });

  it.each<[string, TextFile[], string]>([
    [
      'application.yml (Spring)',
      [
        {
          path: 'src/main/resources/application.yml',
          text: 'spring:\n  lifecycle:\n    timeout-per-shutdown-phase: 30s\nserver:\n  shutdown: graceful\n',
        },
      ],
      '30 s (spring.lifecycle.timeout-per-shutdown-phase in src/main/resources/application.yml)',
    ],
    [
      'application.properties (Spring), bare milliseconds',
      [
        {
          path: 'src/main/resources/application.properties',
          text: '# comment\nserver.shutdown=graceful\nspring.lifecycle.timeout-per-shutdown-phase=30000\n',
        },
      ],
      '30 s (spring.lifecycle.timeout-per-shutdown-phase in src/main/resources/application.properties)',
    ],
    [
      'server.shutdown=graceful alone (Spring default 30 s)',
      [{ path: 'application.properties', text: 'server.shutdown=graceful\n' }],
      "30 s (server.shutdown in application.properties (Spring's default timeout-per-shutdown-phase))",
    ],
    [
      'appsettings.json with comments (.NET HostOptions)',
      [
        {
          path: 'src/Api/appsettings.json',
          text: '{\n  // host\n  "HostOptions": { "ShutdownTimeout": "00:00:30" },\n}\n',
        },
      ],
      '30 s (HostOptions.ShutdownTimeout in src/Api/appsettings.json)',
    ],
    [
      'the base file rather than a profile file',
      [
        {
          path: 'appsettings.Development.json',
          text: '{"HostOptions":{"ShutdownTimeout":"00:05:00"}}',
        },
        {
          path: 'appsettings.json',
          text: '{"HostOptions":{"ShutdownTimeout":"00:00:30"}}',
        },
      ],
      '30 s (HostOptions.ShutdownTimeout in appsettings.json)',
    ],
    [
      'a Spring placeholder default',
      [
        {
          path: 'application.yml',
          text: 'spring.lifecycle.timeout-per-shutdown-phase: ${SHUTDOWN_PHASE:30s}\n',
        },
      ],
      '30 s (spring.lifecycle.timeout-per-shutdown-phase in application.yml)',
    ],
  ])('reads the shutdown timeout from %s', (_, appConfigFiles, timeout) => {
    const result = graceful(
      manifest(SLEEP_10, { terminationGracePeriodSeconds: 90 }),
      appConfigFiles,
    );
    expect(result.evidence.map(e => e.detail)).toEqual([
      expect.stringContaining(`shutdown timeout ${timeout}`),
    ]);
  });

  it('prefers the container env over application configuration', () => {
    const result = graceful(
      manifest(
        { ...SLEEP_10, ...env('SHUTDOWN_TIMEOUT', '40s') },
        { terminationGracePeriodSeconds: 45 },
      ),
      [
        {
          path: 'application.yml',
          text: 'spring.lifecycle.timeout-per-shutdown-phase: 20s\n',
        },
      ],
    );
    expect(result.value).toBe(false);
    expect(result.lookedFor).toEqual([
      expect.stringContaining('shutdown timeout 40 s (env SHUTDOWN_TIMEOUT)'),
    ]);
  });

  it('assumes the Kubernetes default grace period of 30 s only next to a preStop sleep', () => {
    expect(
      graceful(manifest({ ...SLEEP_10, ...TIMEOUT_30 })).lookedFor,
    ).toEqual([
      `${PATH}: Deployment/api terminationGracePeriodSeconds 30 (Kubernetes default) < preStop sleep 10 s + shutdown timeout 30 s (env SHUTDOWN_TIMEOUT)`,
    ]);
    expect(graceful(manifest(env('SHUTDOWN_TIMEOUT', '60s'))).comparable).toBe(
      false,
    );
  });

  it('applies configuration files to the application container, not to sidecars', () => {
    const files = [
      yamlFile(
        PATH,
        deployment(
          'api',
          [
            container('proxy', execSleep(['sleep', '30'])),
            container('api', SLEEP_10),
          ],
          { terminationGracePeriodSeconds: 40 },
        ),
      ),
    ];
    const result = graceful(files, [
      {
        path: 'application.properties',
        text: 'spring.lifecycle.timeout-per-shutdown-phase=20s\n',
      },
    ]);
    expect(result.value).toBe(true);
    expect(result.evidence.map(e => e.detail)).toEqual([
      'Deployment/api container api: terminationGracePeriodSeconds 40 >= preStop sleep 10 s + shutdown timeout 20 s (spring.lifecycle.timeout-per-shutdown-phase in application.properties)',
    ]);
  });

  it('is false when one workload disagrees even if another agrees', () => {
    const files = [
      yamlFile(
        'deploy/a.yaml',
        deployment('a', [container('a', { ...SLEEP_10, ...TIMEOUT_30 })], {
          terminationGracePeriodSeconds: 60,
        }),
      ),
      yamlFile(
        'deploy/b.yaml',
        deployment('b', [container('b', { ...SLEEP_10, ...TIMEOUT_30 })], {
          terminationGracePeriodSeconds: 35,
        }),
      ),
    ];
    const result = graceful(files);
    expect(result.value).toBe(false);
    expect(result.evidence.map(e => e.target)).toEqual(['deploy/a.yaml']);
    expect(result.lookedFor).toEqual([
      expect.stringMatching(
        /^deploy\/b\.yaml: Deployment\/b terminationGracePeriodSeconds 35 < /,
      ),
    ]);
  });

  it.each<[string, TextFile[]]>([
    ['there are no manifests', []],
    [
      'no shutdown timeout is stated',
      manifest(SLEEP_10, { terminationGracePeriodSeconds: 20 }),
    ],
    [
      'the timeout comes from a Secret or ConfigMap',
      manifest(
        {
          ...SLEEP_10,
          env: [
            {
              name: 'SHUTDOWN_TIMEOUT',
              valueFrom: { configMapKeyRef: { name: 'x', key: 'y' } },
            },
          ],
        },
        { terminationGracePeriodSeconds: 20 },
      ),
    ],
    [
      'the timeout is no duration',
      manifest(
        { ...SLEEP_10, ...env('SHUTDOWN_TIMEOUT', 'soon') },
        { terminationGracePeriodSeconds: 20 },
      ),
    ],
    [
      'the preStop hook is not a sleep',
      manifest(
        { ...execSleep(['/app/drain.sh']), ...TIMEOUT_30 },
        { terminationGracePeriodSeconds: 20 },
      ),
    ],
    [
      'the preStop hook is an httpGet',
      manifest(
        {
          lifecycle: { preStop: { httpGet: { path: '/drain', port: 8080 } } },
          ...TIMEOUT_30,
        },
        { terminationGracePeriodSeconds: 20 },
      ),
    ],
    [
      'the grace period is a Helm value',
      manifest(
        { ...SLEEP_10, ...TIMEOUT_30 },
        { terminationGracePeriodSeconds: '{{ .Values.grace }}' },
      ),
    ],
    ['no grace period and no preStop hook are set', manifest(TIMEOUT_30)],
  ])('is not comparable (true, no evidence) when %s', (_, files) => {
    expect(graceful(files)).toEqual({
      value: true,
      evidence: [],
      lookedFor: [],
      problems: [],
      comparable: false,
    });
  });

  it('lists unreadable files as problems without making the value unknown', () => {
    const result = graceful(
      [MALFORMED],
      [{ path: 'appsettings.json', text: '{ nope' }],
    );
    expect(result.value).toBe(true);
    expect(result.comparable).toBe(false);
    expect(result.problems).toEqual([
      expect.stringMatching(/^deploy\/broken\.yaml: invalid YAML/),
      expect.stringMatching(/^appsettings\.json: not readable/),
    ]);
  });
});
