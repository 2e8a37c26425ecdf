import type { Entity } from '@backstage/catalog-model';
import type {
  CatalogContext,
  CheckDefinition,
  Checklist,
  EvaluationInput,
  RepositorySnapshot,
  Waiver,
} from '@backstage-maturity/plugin-maturity-common';
import { evaluateEntity } from './evaluateEntity';
import type { MaturityRuleKind } from './ruleKinds';

const checklist: Checklist = {
  phases: [
    { id: 'one', name: 'One' },
    { id: 'two', name: 'Two' },
  ],
  tracks: [{ id: 'extras', name: 'Extras' }],
  checks: [
    {
      id: 'ci',
      title: 'CI',
      phase: 'one',
      why: 'w',
      howToPass: 'h',
      rule: { files: ['.github/workflows/*.y*ml', 'Jenkinsfile'] },
    },
    {
      id: 'owned',
      title: 'Owned',
      phase: 'one',
      why: 'w',
      howToPass: 'h',
      rule: { ownerExists: true },
    },
    {
      id: 'logging',
      title: 'Structured logging',
      phase: 'two',
      why: 'w',
      howToPass: 'h',
      notApplicableWhen: { entity: { field: 'spec.type', oneOf: ['library'] } },
      rule: { dependency: { names: ['pino', 'go.uber.org/zap'] } },
    },
    {
      id: 'sigterm',
      title: 'Graceful shutdown',
      phase: 'two',
      why: 'w',
      howToPass: 'h',
      rule: { content: { files: ['*.go'], pattern: 'signal\\.Notify' } },
    },
    {
      id: 'optional',
      title: 'Optional',
      phase: 'two',
      required: false,
      why: 'w',
      howToPass: 'h',
      rule: { files: ['never-there.txt'] },
    },
    {
      id: 'branches',
      title: 'Short-lived branches',
      track: 'extras',
      attestable: true,
      why: 'w',
      howToPass: 'h',
      rule: { scm: { fact: 'short-lived-branches' } },
    },
  ],
};

const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'payments', namespace: 'default' },
  spec: {
    type: 'service',
    owner: 'group:default/team-a',
    lifecycle: 'production',
  },
};

const catalog: CatalogContext = {
  ownerExists: true,
  related: {},
  componentDependsOn: {},
};

function snapshot(
  files: Record<string, string | null>,
  extra: Partial<RepositorySnapshot> = {},
): RepositorySnapshot {
  const contents: Record<string, string> = {};
  const skipped: Record<string, string> = {};
  for (const [path, text] of Object.entries(files)) {
    if (text === null) skipped[path] = 'larger than 1 MB';
    else contents[path] = text;
  }
  return {
    files: Object.entries(files).map(([path, text]) => ({
      path,
      size: text?.length ?? 2_000_000,
    })),
    contents,
    skipped,
    ...extra,
  };
}

const goService = {
  '.github/workflows/ci.yml': 'on: push',
  'go.mod': 'module example.com/payments\n\nrequire go.uber.org/zap v1.27.0\n',
  'cmd/main.go': 'signal.Notify(stop, syscall.SIGTERM)',
};

function evaluate(
  input: Partial<EvaluationInput>,
  extra: { waivers?: Waiver[]; previous?: Record<string, any> } = {},
) {
  return evaluateEntity({
    checklist,
    input: { entity, catalog, ...input },
    now: new Date('2026-06-01T12:00:00Z'),
    ...extra,
  });
}

/** The test's phases and tracks with other checks; texts do not matter. */
function checklistWith(
  ...checks: Array<Omit<CheckDefinition, 'why' | 'howToPass'>>
): Checklist {
  return {
    ...checklist,
    checks: checks.map(c => ({ why: 'w', howToPass: 'h', ...c })),
  };
}

const outcomes = (card: ReturnType<typeof evaluate>) =>
  Object.fromEntries(card.checks.map(c => [c.checkId, c.outcome]));

describe('evaluateEntity', () => {
  it('reaches every phase whose required checks all pass, naming the evidence', () => {
    const card = evaluate({
      repository: { status: 'read', snapshot: snapshot(goService) },
    });

    expect(outcomes(card)).toEqual({
      ci: 'pass',
      owned: 'pass',
      logging: 'pass',
      sigterm: 'pass',
      optional: 'fail',
      branches: 'fail',
    });
    expect(card.phase).toBe('two');
    expect(card.nextPhase).toBeNull();
    expect(card.checks[0].evidence[0].target).toBe('.github/workflows/ci.yml');
    expect(card.checks[2].evidence[0].detail).toBe(
      'go.uber.org/zap v1.27.0 in go.mod',
    );
    expect(card.checks[3].evidence[0].target).toBe('cmd/main.go:1');
    expect(card.tracks).toEqual([{ trackId: 'extras', met: 0, total: 1 }]);
  });

  it('stops at the first phase with a failing required check and says what it looked for', () => {
    const card = evaluate({
      repository: {
        status: 'read',
        snapshot: snapshot({ 'go.mod': 'module x\n', 'main.go': '' }),
      },
    });

    expect(card.phase).toBeNull();
    expect(card.nextPhase).toBe('one');
    expect(card.progress).toBe(0.5);
    expect(card.phases[0].blocking).toEqual(['ci']);
    const ci = card.checks.find(c => c.checkId === 'ci')!;
    expect(ci.outcome).toBe('fail');
    expect(ci.lookedFor).toEqual([
      'a file such as .github/workflows/*.y*ml or Jenkinsfile',
    ]);
  });

  it('turns an unreadable repository into errors with the reason, never into fails', () => {
    const card = evaluate({
      repository: { status: 'unavailable', reason: 'HTTP 403 rate limited' },
    });

    expect(outcomes(card)).toMatchObject({
      ci: 'error',
      owned: 'pass',
      logging: 'error',
      sigterm: 'error',
    });
    expect(card.checks[0].reason).toBe('HTTP 403 rate limited');
    expect(card.phase).toBeNull();
  });

  it('tells an unknown standing, not "not started", when only unreadable checks keep the entity from its first phase', () => {
    const card = evaluate({
      repository: { status: 'unavailable', reason: 'HTTP 404 not found' },
    });

    expect(card.phase).toBeNull();
    expect(card.unknown).toEqual({
      reason: 'HTTP 404 not found',
      checks: ['ci'],
    });
    // Could not check is never a blocker.
    expect(card.blocking).toEqual([]);
    expect(card.phases[0].blocking).toEqual([]);
  });

  it('keeps the phase known when a check that was read fails beside the unreadable ones', () => {
    const card = evaluate(
      { repository: { status: 'unavailable', reason: 'timeout' } },
      { previous: {} },
    );
    const unowned = evaluateEntity({
      checklist,
      input: {
        entity,
        catalog: { ...catalog, ownerExists: false },
        repository: { status: 'unavailable', reason: 'timeout' },
      },
      now: new Date('2026-06-01T12:00:00Z'),
    });

    expect(card.unknown).toBeDefined();
    expect(unowned.unknown).toBeUndefined();
    expect(unowned.phase).toBeNull();
    expect(unowned.blocking).toEqual(['owned']);
  });

  it('knows the phase reached below an unknown next phase', () => {
    const card = evaluate(
      { repository: { status: 'unavailable', reason: 'timeout' } },
      { previous: { ci: 'pass' } },
    );

    expect(card.phase).toBe('one');
    expect(card.nextPhase).toBe('two');
    expect(card.unknown).toEqual({
      reason: 'timeout',
      checks: ['logging', 'sigterm'],
    });
    expect(card.blocking).toEqual([]);
  });

  it('blocks with an unreadable check whose last conclusive outcome failed', () => {
    const card = evaluate(
      { repository: { status: 'unavailable', reason: 'timeout' } },
      { previous: { ci: 'pass', logging: 'fail' } },
    );

    expect(card.phase).toBe('one');
    expect(card.unknown).toBeUndefined();
    expect(card.blocking).toEqual(['logging']);
  });

  it('keeps the phase from the previous conclusive outcomes while evidence is unreadable', () => {
    const card = evaluate(
      { repository: { status: 'unavailable', reason: 'timeout' } },
      { previous: { ci: 'pass', logging: 'pass', sigterm: 'pass' } },
    );

    expect(card.checks.find(c => c.checkId === 'ci')!.outcome).toBe('error');
    expect(card.phase).toBe('two');
  });

  it('reports an error, not a fail, when a file that could hold the evidence was too large to read', () => {
    const card = evaluate({
      repository: {
        status: 'read',
        snapshot: snapshot({ ...goService, 'cmd/main.go': null }),
      },
    });

    const sigterm = card.checks.find(c => c.checkId === 'sigterm')!;
    expect(sigterm.outcome).toBe('error');
    expect(sigterm.reason).toBe('cmd/main.go: not read (larger than 1 MB)');
  });

  it('reports an error when a truncated listing holds no match', () => {
    const card = evaluate({
      repository: {
        status: 'read',
        snapshot: snapshot(
          { 'a.txt': '' },
          { truncated: 'more than 100000 files' },
        ),
      },
    });

    expect(card.checks.find(c => c.checkId === 'ci')!).toMatchObject({
      outcome: 'error',
      reason: 'repository listing incomplete: more than 100000 files',
    });
  });

  it('reports an error naming a malformed manifest instead of failing a dependency check', () => {
    const card = evaluate({
      repository: {
        status: 'read',
        snapshot: snapshot({
          ...goService,
          'go.mod': 'module x',
          'package.json': '{ "dependencies": { "pino": ',
        }),
      },
    });

    const logging = card.checks.find(c => c.checkId === 'logging')!;
    expect(logging.outcome).toBe('error');
    expect(logging.reason).toMatch(/^package\.json/);
  });

  it('fails a dependency check with a warning when the malformed manifest names none of its dependencies', () => {
    const card = evaluate({
      repository: {
        status: 'read',
        snapshot: snapshot({
          ...goService,
          'go.mod': 'module x',
          'package.json': '{ "dependencies": { "express": ',
        }),
      },
    });

    const logging = card.checks.find(c => c.checkId === 'logging')!;
    expect(logging.outcome).toBe('fail');
    expect(logging.evidence).toEqual([
      expect.objectContaining({ kind: 'warning', target: 'package.json' }),
    ]);
  });

  it('marks checks that do not apply to the entity as not applicable', () => {
    const card = evaluate({
      entity: { ...entity, spec: { ...entity.spec, type: 'library' } },
      repository: { status: 'read', snapshot: snapshot(goService) },
    });

    expect(card.checks.find(c => c.checkId === 'logging')).toMatchObject({
      outcome: 'not-applicable',
      reason: 'spec.type is library',
    });
  });

  it('counts an unexpired exemption and ignores an expired one', () => {
    const input = {
      repository: {
        status: 'read' as const,
        snapshot: snapshot({ 'go.mod': 'module x\n', 'main.go': '' }),
      },
    };
    const exemption: Waiver = {
      checkId: 'ci',
      kind: 'exemption',
      reason: 'built by the monorepo pipeline',
      expiresAt: '2026-06-01',
    };

    const active = evaluate(input, { waivers: [exemption] });
    expect(active.checks[0]).toMatchObject({
      outcome: 'exempt',
      reason: 'built by the monorepo pipeline',
    });
    expect(active.phase).toBe('one');

    const expired = evaluate(input, {
      waivers: [{ ...exemption, expiresAt: '2026-05-31' }],
    });
    expect(expired.checks[0].outcome).toBe('fail');
    expect(expired.phase).toBeNull();
  });

  it('accepts attestations only for attestable checks', () => {
    const attest = (checkId: string): Waiver => ({
      checkId,
      kind: 'attestation',
      reason: 'we do',
      evidenceUrl: 'https://wiki/x',
      expiresAt: '2026-12-31T00:00:00Z',
    });
    const card = evaluate(
      { repository: { status: 'read', snapshot: snapshot({}) } },
      { waivers: [attest('branches'), attest('ci')] },
    );

    expect(outcomes(card)).toMatchObject({ branches: 'attested', ci: 'fail' });
    expect(card.tracks).toEqual([{ trackId: 'extras', met: 1, total: 1 }]);
  });

  it('uses hosting-provider facts when a module supplies them', () => {
    const card = evaluate({
      repository: { status: 'read', snapshot: snapshot(goService) },
      scm: {
        'short-lived-branches': {
          value: true,
          detail: '2 branches, oldest 3 days',
        },
      },
    });

    expect(card.checks.find(c => c.checkId === 'branches')).toMatchObject({
      outcome: 'pass',
      evidence: [{ kind: 'scm', detail: '2 branches, oldest 3 days' }],
    });
  });

  it('fails ownership when the owner is not in the catalog, and errs without a catalog', () => {
    const repository = {
      status: 'read' as const,
      snapshot: snapshot(goService),
    };
    const orphan = evaluate({
      repository,
      catalog: { ...catalog, ownerExists: false },
    });
    expect(orphan.checks[1]).toMatchObject({
      outcome: 'fail',
      lookedFor: [
        'owner group:default/team-a as a Group or User in the catalog',
      ],
    });

    const offline = evaluate({ repository, catalog: undefined });
    expect(offline.checks[1]).toMatchObject({
      outcome: 'error',
      reason: 'whether owner group:default/team-a exists needs catalog data',
    });
  });

  it('applies the waivers an entity declares in annotations, and reports malformed ones', () => {
    const declared: Entity = {
      ...entity,
      metadata: {
        ...entity.metadata,
        annotations: {
          'maturity.backstage.io/exempt.ci':
            '2026-12-31: built by the monorepo pipeline, see https://wiki/ci',
          'maturity.backstage.io/attest.branches': 'soon: we merge daily',
        },
      },
    };
    const card = evaluate({
      entity: declared,
      repository: {
        status: 'read',
        snapshot: snapshot({ 'go.mod': 'module x\n', 'main.go': '' }),
      },
    });

    expect(card.checks[0]).toMatchObject({
      outcome: 'exempt',
      waiver: { source: 'annotation', evidenceUrl: 'https://wiki/ci' },
    });
    expect(outcomes(card).branches).toBe('fail');
    expect(card.problems).toEqual([
      'annotation maturity.backstage.io/attest.branches: expected "<YYYY-MM-DD>: <reason>", got "soon: we merge daily"',
    ]);
  });

  it('names the required checks that block the next phase', () => {
    const card = evaluate({
      repository: {
        status: 'read',
        snapshot: snapshot({ 'go.mod': 'module x\n', 'main.go': '' }),
      },
    });

    expect(card.phase).toBeNull();
    expect(card.nextPhase).toBe('one');
    expect(card.blocking).toEqual(['ci']);
    // Optional checks never block.
    const two = evaluate({
      repository: { status: 'read', snapshot: snapshot(goService) },
    });
    expect(two.phase).toBe('two');
    expect(two.blocking).toEqual([]);
    expect(outcomes(two).optional).toBe('fail');
  });

  it('leaves checks that only the catalog can decide out of the phase when there is no catalog', () => {
    const card = evaluate({
      catalog: undefined,
      repository: { status: 'read', snapshot: snapshot(goService) },
    });

    expect(outcomes(card).owned).toBe('error');
    expect(card.needsCatalog).toEqual(['owned']);
    expect(card.phase).toBe('two');
  });

  it('reads facts that evidence providers supply, and never fails for want of one', () => {
    const withFact = checklistWith({
      id: 'on-call',
      title: 'On call',
      track: 'extras',
      attestable: true,
      rule: { fact: { name: 'pager.rotation' } },
    });
    const run = (facts?: EvaluationInput['facts']) =>
      evaluateEntity({
        checklist: withFact,
        input: { entity, catalog, facts },
        now: new Date('2026-06-01T12:00:00Z'),
      }).checks[0];

    expect(
      run({ 'pager.rotation': { value: true, detail: '4 people on call' } }),
    ).toMatchObject({
      outcome: 'pass',
      evidence: [{ kind: 'fact', detail: '4 people on call' }],
    });
    expect(
      run({ 'pager.rotation': { value: false, detail: 'nobody on call' } }),
    ).toMatchObject({ outcome: 'fail', lookedFor: ['nobody on call'] });
    expect(run()).toMatchObject({
      outcome: 'fail',
      lookedFor: [
        'pager.rotation (from an evidence provider, or an attestation)',
      ],
    });
  });

  it('evaluates rules of kinds added from code, and errs for a kind not installed', () => {
    const custom = checklistWith({
      id: 'tier',
      title: 'Tier',
      track: 'extras',
      rule: { custom: { kind: 'named', options: { name: 'payments' } } },
    });
    const named: MaturityRuleKind = {
      name: 'named',
      evaluate: (options, input) =>
        input.entity?.metadata.name === options?.name
          ? { value: true, evidence: [{ kind: 'entity', detail: 'named so' }] }
          : { value: false, lookedFor: ['the name'] },
    };
    const run = (ruleKinds?: ReadonlyMap<string, MaturityRuleKind>) =>
      evaluateEntity({
        checklist: custom,
        input: { entity, catalog },
        now: new Date('2026-06-01T12:00:00Z'),
        ruleKinds,
      }).checks[0];

    expect(run(new Map([['named', named]]))).toMatchObject({
      outcome: 'pass',
      evidence: [{ detail: 'named so' }],
    });
    expect(run()).toMatchObject({
      outcome: 'error',
      reason: 'rule kind named is not installed',
    });
    const throwing = {
      ...named,
      evaluate: () => {
        throw new Error('boom');
      },
    };
    expect(run(new Map([['named', throwing]]))).toMatchObject({
      outcome: 'error',
      reason: 'rule kind named failed: boom',
    });
  });

  it('of an assumed entity, fails on repository evidence and leaves to the catalog what only it could show', () => {
    const assumed = checklistWith(
      {
        id: 'hosted',
        title: 'Hosted',
        phase: 'one',
        rule: { annotation: { keys: ['backstage.io/source-location'] } },
      },
      {
        id: 'on-call',
        title: 'On call',
        phase: 'one',
        rule: {
          any: [
            { annotation: { keys: ['pagerduty.com/service-id'] } },
            { files: ['oncall.yaml'] },
          ],
        },
      },
      {
        id: 'owned',
        title: 'Owned',
        phase: 'one',
        rule: { ownerExists: true },
      },
    );
    const card = evaluateEntity({
      checklist: assumed,
      input: {
        entity: {
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'Component',
          metadata: { name: 'checkout', namespace: 'default' },
          spec: { type: 'service' },
          relations: [],
        },
        entityAssumed: true,
        repository: { status: 'read', snapshot: snapshot({ 'a.go': '' }) },
      },
      now: new Date('2026-06-01T12:00:00Z'),
    });

    expect(card.checks.map(c => [c.checkId, c.outcome])).toEqual([
      ['hosted', 'error'],
      ['on-call', 'fail'],
      ['owned', 'error'],
    ]);
    expect(card.checks[1].lookedFor).toEqual([
      'an annotation pagerduty.com/service-id',
      'a file such as oncall.yaml',
    ]);
    expect(card.needsCatalog).toEqual(['hosted', 'owned']);
    // What the catalog alone could show does not hold the phase back.
    expect(card.blocking).toEqual(['on-call']);
  });

  it('of an assumed entity, passes a check that would not apply for want of relations when its evidence is there', () => {
    const retries = checklistWith({
      id: 'resilience',
      title: 'Resilience',
      phase: 'one',
      notApplicableWhen: { not: { relation: { type: 'dependsOn' } } },
      rule: { dependency: { names: ['tenacity'] } },
    });
    const evaluateAssumed = (
      files: Record<string, string>,
      entityAssumed: boolean,
    ) =>
      evaluateEntity({
        checklist: retries,
        input: {
          entity: {
            apiVersion: 'backstage.io/v1alpha1',
            kind: 'Component',
            metadata: { name: 'checkout', namespace: 'default' },
            spec: { type: 'service' },
            relations: [],
          },
          entityAssumed,
          repository: { status: 'read', snapshot: snapshot(files) },
        },
        now: new Date('2026-06-01T12:00:00Z'),
      }).checks[0].outcome;

    const withRetries = { 'requirements.txt': 'tenacity==8.2\n' };
    expect(evaluateAssumed(withRetries, true)).toBe('pass');
    // Without the evidence, nothing says it has dependencies: not applicable.
    expect(evaluateAssumed({ 'requirements.txt': 'flask\n' }, true)).toBe(
      'not-applicable',
    );
    // A catalog entity without relations does not depend on anything.
    expect(evaluateAssumed(withRetries, false)).toBe('not-applicable');
  });
});
