import type {
  CheckResult,
  Checklist,
  RepositorySnapshot,
  Rule,
} from '@backstage-maturity/plugin-maturity-common';
import { evaluateEntity } from '../evaluateEntity';

/** A snapshot in which every file was read, from `path -> text`. */
export function snapshotOf(files: Record<string, string>): RepositorySnapshot {
  return {
    files: Object.entries(files).map(([path, text]) => ({
      path,
      size: text.length,
    })),
    contents: files,
    skipped: {},
  };
}

/**
 * The result of one check with `rule`, evaluated by the engine for a service
 * whose owner exists and whose repository holds `files`.
 */
export function evaluateRuleAsCheck(
  rule: Rule,
  files: Record<string, string>,
): CheckResult {
  const checklist: Checklist = {
    phases: [{ id: 'one', name: 'One' }],
    tracks: [],
    checks: [
      { id: 'c', title: 'C', phase: 'one', why: 'w', howToPass: 'h', rule },
    ],
  };
  return evaluateEntity({
    checklist,
    now: new Date('2026-12-01T00:00:00Z'),
    input: {
      entity: {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: 'svc' },
        spec: { type: 'service', owner: 'group:default/a' },
      },
      catalog: { ownerExists: true, related: {}, componentDependsOn: {} },
      repository: { status: 'read', snapshot: snapshotOf(files) },
    },
  }).checks[0];
}
