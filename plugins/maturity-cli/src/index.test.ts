import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from './index';

const repos = path.resolve(__dirname, '../../../examples/repos');

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, {
    out: text => {
      out += text;
    },
    err: text => {
      err += text;
    },
  });
  return { code, out, err };
}

describe('maturity check', () => {
  it('reports the phase a repository reaches as JSON', async () => {
    const { code, out } = await run(
      'check',
      path.join(repos, 'session-service'),
      '--format',
      'json',
    );
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.phase).toBe('walking-skeleton');
    expect(report.nextPhase).toBe('foundation');
    // Without a catalog-info.yaml the checkout is a service with no
    // annotations: a check the repository could pass fails on its evidence.
    const health = report.checks.find((c: any) => c.id === 'health-checks');
    expect(health).toMatchObject({ outcome: 'fail', needsCatalogData: false });
    expect(health.lookedFor.length).toBeGreaterThan(0);
    expect(report.blocking).toEqual([
      'health-checks',
      'structured-logging',
      'iac',
      'api-contract',
    ]);
    expect(report.assumedType).toBe('service');
    // Only what needs the catalog itself is left to it, and no check errs
    // for any other reason.
    expect(report.checks.filter((c: any) => c.outcome === 'error')).toEqual([]);
    expect(
      report.checks
        .filter((c: any) => c.outcome === 'needs-catalog-data')
        .map((c: any) => [c.id, c.needsCatalogData]),
    ).toEqual([
      ['source-hosted', true],
      ['no-distributed-monolith', true],
      ['owned', true],
    ]);
  });

  it('reads the checkout’s git history for the checks on how a team works, unless --no-history', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maturity-cli-git-'));
    try {
      const git = (...args: string[]) =>
        execFileSync(
          'git',
          [
            '-c',
            'user.name=Dev',
            '-c',
            'user.email=dev@example.com',
            '-c',
            'commit.gpgsign=false',
            '-c',
            'tag.gpgsign=false',
            ...args,
          ],
          { cwd: dir, stdio: 'pipe' },
        );
      git('init', '-q', '-b', 'main');
      for (const subject of [
        'feat: a',
        'fix: b',
        'docs: c',
        'PAY-1 d',
        'e (#4)',
      ]) {
        git(
          'commit',
          '-q',
          '--allow-empty',
          '-m',
          `${subject}\n\nCo-authored-by: Ada <ada@example.com>`,
        );
      }
      git('tag', 'v1.2.0');

      const withHistory = JSON.parse(
        (await run('check', dir, '--format', 'json')).out,
      );
      const outcome = (report: any, id: string) =>
        report.checks.find((c: any) => c.id === id);
      expect(withHistory.history).toEqual({
        read: true,
        commits: 5,
        notSeen: [],
      });
      expect(outcome(withHistory, 'co-authored-by')).toMatchObject({
        outcome: 'pass',
        evidence: [
          {
            kind: 'scm',
            detail: '5 of 5 recent commits carry Co-authored-by trailers',
          },
        ],
      });
      expect(outcome(withHistory, 'semver').evidence[0].detail).toBe(
        'latest semver tag v1.2.0',
      );
      expect(outcome(withHistory, 'commit-conventions').outcome).toBe('pass');
      // A branch and its age: nothing long-lived here.
      expect(outcome(withHistory, 'trunk-based').outcome).toBe('pass');

      const without = JSON.parse(
        (await run('check', dir, '--format', 'json', '--no-history')).out,
      );
      expect(without.history).toBeUndefined();
      expect(outcome(without, 'co-authored-by').outcome).toBe('fail');
      expect(outcome(without, 'semver').outcome).toBe('fail');

      // The table says what the history showed.
      const table = (await run('check', dir)).out;
      expect(table).toContain(
        'Git history: the last 5 commits, tags and branches read.',
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says when a checkout has no git history, and fails nothing for it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maturity-cli-nogit-'));
    try {
      const report = JSON.parse(
        (await run('check', dir, '--format', 'json')).out,
      );
      expect(report.history).toEqual({
        read: false,
        reason: 'not a git repository',
      });
      expect(
        report.checks.find((c: any) => c.id === 'co-authored-by').lookedFor,
      ).toEqual([
        'Co-authored-by trailers in recent commits, in the git history or on the code host (or an attestation)',
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('evaluates a checkout without catalog-info.yaml as the type --type names', async () => {
    const jsonOf = async (...options: string[]) =>
      JSON.parse(
        (
          await run(
            'check',
            path.join(repos, 'session-service'),
            '--format',
            'json',
            ...options,
          )
        ).out,
      );
    const service = await jsonOf();
    const library = await jsonOf('--type', 'library');
    const outcome = (report: any, id: string) =>
      report.checks.find((c: any) => c.id === id).outcome;
    expect(outcome(service, 'health-checks')).toBe('fail');
    expect(outcome(library, 'health-checks')).toBe('not-applicable');
    expect(library.assumedType).toBe('library');
  });

  it('marks checks that only the catalog can decide instead of failing them', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maturity-cli-'));
    fs.writeFileSync(path.join(dir, 'main.go'), 'package main\n');
    const { out } = await run('check', dir, '--format', 'json');
    const owned = JSON.parse(out).checks.find((c: any) => c.id === 'owned');
    expect(owned).toMatchObject({
      outcome: 'needs-catalog-data',
      needsCatalogData: true,
    });
  });

  it('reads the entity from catalog-info.yaml when the directory has one', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maturity-cli-'));
    fs.writeFileSync(
      path.join(dir, 'catalog-info.yaml'),
      [
        'apiVersion: backstage.io/v1alpha1',
        'kind: Component',
        'metadata:',
        '  name: billing',
        '  annotations:',
        '    github.com/project-slug: acme/billing',
        'spec:',
        '  type: service',
        '  owner: team-billing',
        '  lifecycle: production',
        '  providesApis: [billing-api]',
      ].join('\n'),
    );
    const { out } = await run('check', dir, '--format', 'json');
    const report = JSON.parse(out);
    expect(report.entityRef).toBe('component:default/billing');
    const byId = (id: string) => report.checks.find((c: any) => c.id === id);
    expect(byId('source-hosted').outcome).toBe('pass');
    expect(byId('api-contract')).toMatchObject({
      outcome: 'pass',
      evidence: [
        expect.objectContaining({ target: 'api:default/billing-api' }),
      ],
    });
  });

  it('exits with 1 when --min-phase is not reached, and says so', async () => {
    const { code, out } = await run(
      'check',
      path.join(repos, 'session-service'),
      '--min-phase',
      'production-ready',
    );
    expect(code).toBe(1);
    expect(out).toContain('Phase reached: Walking Skeleton');
    expect(out).toContain('Required phase Production Ready: NOT reached');
  });

  it('exits with 0 when --min-phase is reached', async () => {
    const { code } = await run(
      'check',
      path.join(repos, 'session-service'),
      '--min-phase',
      'walking-skeleton',
    );
    expect(code).toBe(0);
  });

  it('writes a Markdown summary for CI with what to do next', async () => {
    const { out } = await run(
      'check',
      path.join(repos, 'session-service'),
      '--format',
      'markdown',
    );
    expect(out).toMatch(/^## Maturity: Walking Skeleton/);
    expect(out).toContain('### What to do next');
    expect(out).toContain('`health-checks`');
  });

  it('keeps patterns out of the Markdown summary of a failing repository, and gives them with --verbose', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maturity-cli-'));
    fs.writeFileSync(path.join(dir, 'go.mod'), 'module example.com/x\n');
    fs.writeFileSync(path.join(dir, 'main.go'), 'package main\n');

    const { out } = await run('check', dir, '--format', 'markdown');
    expect(out).toContain('### What to do next');
    // Every code span is at most a path long, and nothing reads as a regex.
    const spans = out.match(/`[^`\n]+`/g) ?? [];
    expect(spans.filter(span => span.length > 62)).toEqual([]);
    expect(out).not.toMatch(/\\[sdwbS.]|\(\?[:=!]|\[\^|\/\^/);

    const verbose = await run(
      'check',
      dir,
      '--format',
      'markdown',
      '--verbose',
    );
    expect(verbose.out).toContain('<summary>Technical details</summary>');
    expect(verbose.out).toMatch(/text \/.+\/i? in /);
  });

  it('writes SARIF with a rule per check and a result per failing check', async () => {
    const { out } = await run(
      'check',
      path.join(repos, 'session-service'),
      '--format',
      'sarif',
    );
    const sarif = JSON.parse(out);
    expect(sarif.version).toBe('2.1.0');
    const run0 = sarif.runs[0];
    expect(run0.tool.driver.rules.map((r: any) => r.id)).toContain('owned');
    expect(run0.results).toContainEqual(
      expect.objectContaining({ ruleId: 'security-scanning', level: 'error' }),
    );
  });

  it('applies an organisation checklist from --config', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maturity-cli-'));
    const config = path.join(dir, 'app-config.yaml');
    fs.writeFileSync(
      config,
      [
        'maturity:',
        '  checklist:',
        '    phases:',
        '      - id: walking-skeleton',
        '        name: Crawling',
        '    disable: [health-checks]',
      ].join('\n'),
    );
    const { out } = await run(
      'check',
      path.join(repos, 'session-service'),
      '--config',
      config,
      '--format',
      'json',
    );
    const report = JSON.parse(out);
    expect(report.checks.map((c: any) => c.id)).not.toContain('health-checks');
    expect(report.phaseName).toBe('Crawling');
  });

  it.each([
    [['check'], 'Usage: maturity check'],
    [['check', '.', '--format', 'xml'], 'Unknown --format "xml"'],
    [
      ['check', '.', '--min-phase', 'legendary'],
      'Unknown --min-phase "legendary"',
    ],
    [['check', '/definitely/not/here'], 'cannot read /definitely/not/here'],
  ])(
    'rejects %j with exit code 2 and a clear message',
    async (argv, message) => {
      const { code, err } = await run(...argv);
      expect(code).toBe(2);
      expect(err).toContain(message);
    },
  );

  it('names the configuration key that is wrong', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maturity-cli-'));
    const config = path.join(dir, 'app-config.yaml');
    fs.writeFileSync(
      config,
      'maturity:\n  checklist:\n    checks:\n      - id: ci-pipeline\n        rule:\n          files: .gitlab-ci.yml\n',
    );
    const { code, err } = await run('check', dir, '--config', config);
    expect(code).toBe(2);
    expect(err).toContain('maturity.checklist.checks[0].rule.files');
  });

  it('gives reasons, not crashes or silent fails, on a hostile tree', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maturity-cli-'));
    fs.mkdirSync(path.join(dir, 'src'));
    const big = path.join(dir, 'openapi.yaml');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 50 * 1024 * 1024);
    fs.writeFileSync(
      path.join(dir, 'logo.yaml'),
      Buffer.from([0, 159, 146, 150]),
    );
    fs.symlinkSync('/etc/passwd', path.join(dir, 'Dockerfile'));
    fs.symlinkSync('..', path.join(dir, 'src', 'loop'));
    fs.writeFileSync(path.join(dir, 'package.json'), '{ "dependencies": {');
    fs.writeFileSync(path.join(dir, 'pom.xml'), '<project><dependencies>');

    const { code, out, err } = await run('check', dir, '--format', 'json');

    expect(code).toBe(0);
    expect(err).toBe('');
    const report = JSON.parse(out);
    const byId = (id: string) => report.checks.find((c: any) => c.id === id);
    // Broken manifests that name no logger decide nothing: a fail that
    // names them, not an error.
    expect(byId('structured-logging').outcome).toBe('fail');
    expect(
      byId('structured-logging')
        .evidence.map((e: any) => e.detail)
        .sort(),
    ).toEqual([
      expect.stringMatching(/^package\.json: invalid JSON.*ignored/),
      expect.stringMatching(/^pom\.xml: invalid XML.*ignored/),
    ]);
    expect(byId('security-hardening').reason).toContain(
      'Dockerfile: not read (symbolic link not followed)',
    );
    expect(JSON.stringify(report)).not.toContain('root:x:0:0');
    expect(byId('api-contract').evidence).toEqual([
      expect.objectContaining({ target: 'openapi.yaml' }),
    ]);
  });
});
