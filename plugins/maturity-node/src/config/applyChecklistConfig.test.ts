import type { Entity } from '@backstage/catalog-model';
import { defaultChecklist } from '../checklist';
import { evaluateEntity } from '../evaluation';
import type {
  Checklist,
  RepositorySnapshot,
} from '@backstage-maturity/plugin-maturity-common';
import { applyChecklistConfig } from './applyChecklistConfig';

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

/** A repository holding the given files, all of them read. */
function repository(contents: Record<string, string>): RepositorySnapshot {
  return {
    files: Object.entries(contents).map(([path, text]) => ({
      path,
      size: text.length,
    })),
    contents,
    skipped: {},
  };
}

function evaluate(checklist: Checklist, files: Record<string, string>) {
  return evaluateEntity({
    checklist,
    input: {
      entity,
      catalog: { ownerExists: true, related: {}, componentDependsOn: {} },
      repository: { status: 'read', snapshot: repository(files) },
    },
    now: new Date('2026-06-01T12:00:00Z'),
  });
}

const check = (checklist: Checklist, id: string) =>
  checklist.checks.find(c => c.id === id);

describe('applyChecklistConfig', () => {
  it('returns the base checklist itself when there is no block', () => {
    expect(applyChecklistConfig(defaultChecklist, undefined)).toBe(
      defaultChecklist,
    );
  });

  it('renames a phase and a track, keeping their ids and the others', () => {
    const checklist = applyChecklistConfig(defaultChecklist, {
      phases: [
        { id: 'foundation', name: 'Solid Base', description: 'ready to run' },
      ],
      tracks: [{ id: 'nice-to-have', name: 'Extras' }],
    });

    expect(checklist.phases.map(p => p.name)).toEqual([
      'Walking Skeleton',
      'Solid Base',
      'Production Ready',
      'Operational Maturity',
      'Kaizen',
    ]);
    expect(checklist.phases[1]).toEqual({
      id: 'foundation',
      name: 'Solid Base',
      description: 'ready to run',
    });
    expect(checklist.tracks[1]).toEqual({
      id: 'nice-to-have',
      name: 'Extras',
      description: 'useful automation that no phase depends on',
    });
  });

  it('switches a check off', () => {
    const checklist = applyChecklistConfig(defaultChecklist, {
      disable: ['ai-assistant'],
    });

    expect(check(checklist, 'ai-assistant')).toBeUndefined();
    expect(checklist.checks).toHaveLength(defaultChecklist.checks.length - 1);
    expect(evaluate(checklist, {}).phases[0].blocking).not.toContain(
      'ai-assistant',
    );
  });

  it('moves a check to another phase, where it gates unless required is false', () => {
    const checklist = applyChecklistConfig(defaultChecklist, {
      checks: [
        { id: 'ai-assistant', phase: 'kaizen' },
        { id: 'lint', phase: 'foundation', required: false },
      ],
    });

    expect(check(checklist, 'ai-assistant')).toMatchObject({
      phase: 'kaizen',
      required: true,
      title: check(defaultChecklist, 'ai-assistant')!.title,
    });
    expect(check(checklist, 'lint')).toMatchObject({
      phase: 'foundation',
      required: false,
    });
    const card = evaluate(checklist, {});
    expect(card.phases[0].blocking).not.toContain('ai-assistant');
    expect(card.phases[4].blocking).toContain('ai-assistant');
    expect(card.phases[1].blocking).not.toContain('lint');
  });

  it('moves a check to a track, where it no longer gates', () => {
    const before = evaluate(defaultChecklist, {});
    const checklist = applyChecklistConfig(defaultChecklist, {
      checks: [{ id: 'ai-assistant', track: 'nice-to-have' }],
    });
    const after = evaluate(checklist, {});

    const moved = check(checklist, 'ai-assistant')!;
    expect(moved.track).toBe('nice-to-have');
    expect(moved.required).toBe(false);
    expect(moved).not.toHaveProperty('phase');
    expect(before.phases[0].blocking).toContain('ai-assistant');
    expect(after.phases[0].blocking).not.toContain('ai-assistant');
    expect(after.phases[0].total).toBe(before.phases[0].total - 1);
    expect(after.tracks.find(t => t.trackId === 'nice-to-have')!.total).toBe(
      before.tracks.find(t => t.trackId === 'nice-to-have')!.total + 1,
    );
  });

  it('changes a rule parameter: the CI files that ci-pipeline looks for', () => {
    const files = { 'ci/pipeline.yml': 'stages: [build]' };
    const checklist = applyChecklistConfig(defaultChecklist, {
      checks: [{ id: 'ci-pipeline', rule: { files: ['ci/pipeline.y*ml'] } }],
    });

    expect(check(checklist, 'ci-pipeline')).toEqual({
      ...check(defaultChecklist, 'ci-pipeline'),
      rule: { files: ['ci/pipeline.y*ml'] },
    });
    const outcome = (list: Checklist) =>
      evaluate(list, files).checks.find(c => c.checkId === 'ci-pipeline')!
        .outcome;
    expect(outcome(defaultChecklist)).toBe('fail');
    expect(outcome(checklist)).toBe('pass');
  });

  it('adds a new check that takes effect in evaluation', () => {
    const checklist = applyChecklistConfig(defaultChecklist, {
      checks: [
        {
          id: 'codeowners',
          title: 'Code owners are declared',
          phase: 'foundation',
          why: 'Changes reach the people who know the code.',
          howToPass: 'A `CODEOWNERS` file at the root or in `.github/`.',
          rule: { files: ['CODEOWNERS', '.github/CODEOWNERS'] },
        },
      ],
    });

    expect(checklist.checks[checklist.checks.length - 1]).toEqual({
      id: 'codeowners',
      title: 'Code owners are declared',
      phase: 'foundation',
      required: true,
      why: 'Changes reach the people who know the code.',
      howToPass: 'A `CODEOWNERS` file at the root or in `.github/`.',
      rule: { files: ['CODEOWNERS', '.github/CODEOWNERS'] },
    });
    const withFile = evaluate(checklist, { '.github/CODEOWNERS': '* @team-a' });
    const without = evaluate(checklist, {});
    const result = (card: typeof withFile) =>
      card.checks.find(c => c.checkId === 'codeowners')!;
    expect(result(withFile).outcome).toBe('pass');
    expect(result(withFile).evidence[0].target).toBe('.github/CODEOWNERS');
    expect(result(without).outcome).toBe('fail');
    expect(without.phases[1].blocking).toContain('codeowners');
    expect(withFile.phases[1].blocking).not.toContain('codeowners');
  });

  it('adds a new check on a track, which never gates', () => {
    const checklist = applyChecklistConfig(defaultChecklist, {
      checks: [
        {
          id: 'changelog',
          title: 'A changelog is kept',
          track: 'practices',
          why: 'w',
          howToPass: 'h',
          rule: { files: ['CHANGELOG.md'] },
        },
      ],
    });

    expect(check(checklist, 'changelog')).toMatchObject({
      track: 'practices',
      required: false,
    });
  });

  it('replaces or removes the applicability rule of a check', () => {
    const checklist = applyChecklistConfig(defaultChecklist, {
      checks: [
        { id: 'runbooks', notApplicableWhen: null },
        {
          id: 'config-per-env',
          notApplicableWhen: {
            entity: { field: 'spec.lifecycle', oneOf: ['experimental'] },
          },
        },
      ],
    });

    expect(check(checklist, 'runbooks')).not.toHaveProperty(
      'notApplicableWhen',
    );
    expect(check(checklist, 'config-per-env')!.notApplicableWhen).toEqual({
      entity: { field: 'spec.lifecycle', oneOf: ['experimental'] },
    });
    expect(
      check(defaultChecklist, 'runbooks')!.notApplicableWhen,
    ).toBeDefined();
  });

  it('links checks without guidance to the guidance base URL', () => {
    const checklist = applyChecklistConfig(defaultChecklist, {
      guidanceBaseUrl: 'https://wiki.example.com/maturity',
      checks: [{ id: 'lint', guidanceUrl: 'https://lint.example.com' }],
    });

    expect(check(checklist, 'ci-pipeline')!.guidanceUrl).toBe(
      'https://wiki.example.com/maturity#ci-pipeline',
    );
    expect(check(checklist, 'lint')!.guidanceUrl).toBe(
      'https://lint.example.com',
    );
  });

  it('leaves the base checklist untouched', () => {
    const snapshot = JSON.stringify(defaultChecklist);
    applyChecklistConfig(defaultChecklist, {
      guidanceBaseUrl: 'https://wiki.example.com/maturity',
      phases: [{ id: 'kaizen', name: 'Continuous improvement' }],
      disable: ['owned'],
      checks: [
        { id: 'ai-assistant', track: 'nice-to-have', title: 'AI' },
        { id: 'runbooks', notApplicableWhen: null },
      ],
    });

    expect(JSON.stringify(defaultChecklist)).toBe(snapshot);
  });
});
