import { defaultChecklist } from '../checklist';
import { applyChecklistConfig } from './applyChecklistConfig';
import { ChecklistConfigError } from './errors';
import { validateChecklistConfig } from './validateChecklistConfig';

/** The issues of a block, as the lines of the error message. */
function lines(config: unknown): string[] {
  return validateChecklistConfig(config).map(i => `${i.path}: ${i.message}`);
}

const KINDS =
  'files, content, dependency, document, kubernetes, entity, annotation, link, relation, ownerExists, noDependencyCycle, scm, fact, custom, all, any, not';
const PHASES =
  'walking-skeleton, foundation, production-ready, operational-maturity, kaizen';

const newCheck = {
  id: 'codeowners',
  title: 'Code owners are declared',
  phase: 'foundation',
  why: 'Reviews reach the right people.',
  howToPass: 'A CODEOWNERS file.',
  rule: { files: ['CODEOWNERS'] },
};

describe('validateChecklistConfig', () => {
  it('accepts an absent block and a complete valid one', () => {
    expect(lines(undefined)).toEqual([]);
    expect(lines(null)).toEqual([]);
    expect(
      lines({
        guidanceBaseUrl: 'https://wiki.example.com/maturity',
        phases: [{ id: 'foundation', name: 'Solid Base', description: 'd' }],
        tracks: [{ id: 'nice-to-have', name: 'Extras' }],
        disable: ['ai-assistant'],
        checks: [
          { id: 'ci-pipeline', rule: { files: ['ci/*.yml'] } },
          { id: 'runbooks', notApplicableWhen: null },
          newCheck,
        ],
      }),
    ).toEqual([]);
  });

  it('says a list of globs was expected when files is a string', () => {
    expect(
      lines({ checks: [{ id: 'ci-pipeline', rule: { files: 'abc' } }] }),
    ).toEqual([
      'maturity.checklist.checks[0].rule.files: expected a list of globs',
    ]);
  });

  it('names the rule kinds when a rule has none of them', () => {
    expect(
      lines({ checks: [{ id: 'ci-pipeline', rule: { filez: ['ci.yml'] } }] }),
    ).toEqual([
      `maturity.checklist.checks[0].rule: unknown rule; expected one of ${KINDS}`,
    ]);
  });

  it('reports a regular expression that does not compile, deep inside a rule', () => {
    expect(
      lines({
        checks: [
          { id: 'lint' },
          {
            id: 'ci-pipeline',
            rule: {
              any: [{ content: { files: ['Makefile'], pattern: 'build(' } }],
            },
          },
        ],
      }),
    ).toEqual([
      'maturity.checklist.checks[1].rule.any[0].content.pattern: invalid regular expression: Unterminated group',
    ]);
  });

  it('names the phases when a check is moved to an unknown one', () => {
    expect(lines({ checks: [{ id: 'lint', phase: 'y' }] })).toEqual([
      `maturity.checklist.checks[0].phase: unknown phase "y"; expected one of ${PHASES}`,
    ]);
  });

  it('points at a track id given as a phase', () => {
    expect(lines({ checks: [{ id: 'lint', phase: 'practices' }] })).toEqual([
      'maturity.checklist.checks[0].phase: "practices" is a track, not a phase; set track instead',
    ]);
  });

  it('names the index of an unknown id in disable', () => {
    expect(lines({ disable: ['ai-assistant', 'ai-assitant'] })).toEqual([
      'maturity.checklist.disable[1]: unknown check "ai-assitant"',
    ]);
  });

  it('lists the fields a new check needs and those it lacks', () => {
    expect(
      lines({ checks: [{ id: 'x', title: 'X', rule: { ownerExists: true } }] }),
    ).toEqual([
      'maturity.checklist.checks[0]: new check "x" needs title, phase or track, why, howToPass and rule; missing phase or track, why and howToPass',
    ]);
  });

  it('rejects a check with both a phase and a track', () => {
    expect(
      lines({
        checks: [{ id: 'lint', phase: 'foundation', track: 'practices' }],
      }),
    ).toEqual([
      'maturity.checklist.checks[0]: set either phase or track, not both',
    ]);
  });

  it('rejects a misspelt key of a check and names the known ones', () => {
    expect(lines({ checks: [{ id: 'lint', requird: false }] })).toEqual([
      'maturity.checklist.checks[0].requird: unknown key; expected one of id, title, phase, track, required, why, howToPass, guidanceUrl, attestable, rule, notApplicableWhen',
    ]);
  });

  it('rejects checks that are not a list', () => {
    expect(lines({ checks: { id: 'lint' } })).toEqual([
      'maturity.checklist.checks: expected a list of checks',
    ]);
  });

  it('rejects a block that is not a mapping, and unknown top-level keys', () => {
    expect(lines('disable everything')).toEqual([
      'maturity.checklist: expected an object',
    ]);
    expect(lines({ disabled: ['lint'] })).toEqual([
      'maturity.checklist.disabled: unknown key; expected one of guidanceBaseUrl, phases, tracks, disable, checks',
    ]);
  });

  it('rejects a check configured twice', () => {
    expect(
      lines({ checks: [{ id: 'lint' }, newCheck, { id: 'lint', title: 'L' }] }),
    ).toEqual([
      'maturity.checklist.checks[2].id: check "lint" is already configured at maturity.checklist.checks[0]',
    ]);
  });

  it('rejects a check that is both disabled and configured', () => {
    expect(
      lines({ disable: ['lint'], checks: [{ id: 'lint', phase: 'kaizen' }] }),
    ).toEqual([
      'maturity.checklist.checks[0].id: check "lint" is also disabled at maturity.checklist.disable[0]; remove it from one of the two',
    ]);
  });

  it('rejects renaming an unknown phase or track', () => {
    expect(
      lines({
        phases: [{ id: 'fundament', name: 'Base' }],
        tracks: [{ id: 'extras', name: 'Extras' }],
      }),
    ).toEqual([
      `maturity.checklist.phases[0].id: unknown phase "fundament"; expected one of ${PHASES}`,
      'maturity.checklist.tracks[0].id: unknown track "extras"; expected one of practices, nice-to-have',
    ]);
  });

  it('rejects required: true on a check that sits on a track', () => {
    expect(lines({ checks: [{ id: 'trunk-based', required: true }] })).toEqual([
      'maturity.checklist.checks[0].required: a check on a track never gates; set a phase to require it',
    ]);
  });

  it('rejects a guidance link that is not an http(s) URL', () => {
    expect(
      lines({
        guidanceBaseUrl: 'wiki/maturity',
        checks: [{ id: 'lint', guidanceUrl: 'ftp://example.com/lint' }],
      }),
    ).toEqual([
      'maturity.checklist.guidanceBaseUrl: expected an http(s) URL',
      'maturity.checklist.checks[0].guidanceUrl: expected an http(s) URL',
    ]);
  });

  it('reports every issue together, in config order', () => {
    expect(
      lines({
        disable: ['nope'],
        phases: [{ id: 'foundation', name: '' }],
        checks: [
          { id: 'ci-pipeline', rule: { files: 'abc' }, requird: true },
          { id: 'x', phase: 'y', track: 'practices' },
          {
            id: 'lint',
            notApplicableWhen: { entity: { field: 'spec.type', pattern: '[' } },
          },
        ],
      }),
    ).toEqual([
      'maturity.checklist.phases[0].name: expected a name',
      'maturity.checklist.disable[0]: unknown check "nope"',
      'maturity.checklist.checks[0].rule.files: expected a list of globs',
      'maturity.checklist.checks[0].requird: unknown key; expected one of id, title, phase, track, required, why, howToPass, guidanceUrl, attestable, rule, notApplicableWhen',
      `maturity.checklist.checks[1].phase: unknown phase "y"; expected one of ${PHASES}`,
      'maturity.checklist.checks[1]: set either phase or track, not both',
      'maturity.checklist.checks[1]: new check "x" needs title, phase or track, why, howToPass and rule; missing title, why, howToPass and rule',
      'maturity.checklist.checks[2].notApplicableWhen.entity.pattern: invalid regular expression: Unterminated character class',
    ]);
  });

  it('checks references against the checklist it is given', () => {
    const base = {
      phases: [{ id: 'one', name: 'One' }],
      tracks: [],
      checks: [],
    };
    expect(
      validateChecklistConfig(
        { checks: [{ ...newCheck, phase: 'foundation' }] },
        'maturity.checklist',
        base,
      ),
    ).toEqual([
      {
        path: 'maturity.checklist.checks[0].phase',
        message: 'unknown phase "foundation"; expected one of one',
      },
    ]);
  });
});

describe('applyChecklistConfig with an invalid block', () => {
  it('throws a ChecklistConfigError listing every issue, one per line', () => {
    let error: unknown;
    try {
      applyChecklistConfig(defaultChecklist, {
        disable: ['nope'],
        checks: [{ id: 'ci-pipeline', rule: { files: 'abc' } }],
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ChecklistConfigError);
    const configError = error as ChecklistConfigError;
    expect(configError.name).toBe('ChecklistConfigError');
    expect(configError.issues).toEqual([
      {
        path: 'maturity.checklist.disable[0]',
        message: 'unknown check "nope"',
      },
      {
        path: 'maturity.checklist.checks[0].rule.files',
        message: 'expected a list of globs',
      },
    ]);
    expect(configError.message).toBe(
      [
        'maturity.checklist.disable[0]: unknown check "nope"',
        'maturity.checklist.checks[0].rule.files: expected a list of globs',
      ].join('\n'),
    );
  });

  it('reports issues under the path it is given', () => {
    expect(() =>
      applyChecklistConfig(defaultChecklist, { disable: 'lint' }, 'checklist'),
    ).toThrow(/^checklist\.disable: expected a list of check ids$/);
  });
});
