import { defaultChecklist } from '../checklist';
import type { Checklist } from '@backstage-maturity/plugin-maturity-common';
import { ChecklistConfigError } from './errors';
import { checklistFromConfig } from './readChecklistConfig';

/** A stand-in for Backstage's `Config`, holding the given app-config. */
function appConfig(data: Record<string, unknown>) {
  return {
    getOptional(key: string): unknown {
      return key
        .split('.')
        .reduce<unknown>(
          (value, part) =>
            value && typeof value === 'object'
              ? (value as Record<string, unknown>)[part]
              : undefined,
          data,
        );
    },
  };
}

describe('checklistFromConfig', () => {
  it('is the default checklist without configuration', () => {
    expect(checklistFromConfig(undefined)).toBe(defaultChecklist);
    expect(checklistFromConfig(appConfig({ maturity: {} }))).toBe(
      defaultChecklist,
    );
  });

  it('applies maturity.checklist to the given base', () => {
    const base: Checklist = {
      phases: [{ id: 'one', name: 'One' }],
      tracks: [],
      checks: [
        {
          id: 'ci',
          title: 'CI',
          phase: 'one',
          why: 'w',
          howToPass: 'h',
          rule: { files: ['Jenkinsfile'] },
        },
      ],
    };
    const config = appConfig({
      maturity: {
        checklist: { phases: [{ id: 'one', name: 'First' }], disable: ['ci'] },
      },
    });

    expect(checklistFromConfig(config, base)).toEqual({
      phases: [{ id: 'one', name: 'First' }],
      tracks: [],
      checks: [],
    });
  });

  it('reports issues under maturity.checklist', () => {
    const config = appConfig({
      maturity: {
        checklist: { checks: [{ id: 'lint', rule: { files: 'abc' } }] },
      },
    });

    expect(() => checklistFromConfig(config)).toThrow(ChecklistConfigError);
    expect(() => checklistFromConfig(config)).toThrow(
      'maturity.checklist.checks[0].rule.files: expected a list of globs',
    );
  });
});
