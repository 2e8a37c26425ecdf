import { defaultChecklist } from '../checklist';
import type { Checklist } from '@backstage-maturity/plugin-maturity-common';
import { consistencyIssues } from './consistency';
import type { ChecklistConfigIssue } from './errors';
import { flattenIssues, friendlyErrors, type RawIssue } from './messages';
import { formatPath } from './paths';
import { checklistConfigSchema } from './schema';
import type { ChecklistConfig } from './types';

/** The config key that `checklistFromConfig` reads. */
export const CHECKLIST_CONFIG_PATH = 'maturity.checklist';

const SECTIONS = ['guidanceBaseUrl', 'phases', 'tracks', 'disable', 'checks'];

/** Sort key: the block's own issues, then section by section, entry by entry. */
function location(issue: RawIssue): [number, number] {
  const [section, index] = issue.path;
  if (section === undefined) return [-1, -1];
  const rank = SECTIONS.indexOf(String(section));
  return [
    rank === -1 ? SECTIONS.length : rank,
    typeof index === 'number' ? index : -1,
  ];
}

/**
 * Validates a configuration block and returns it typed, or its issues.
 * Schema and consistency issues are reported together, in config order.
 */
export function parseChecklistConfig(
  config: unknown,
  base: Checklist,
  path: string,
):
  | { ok: true; config: ChecklistConfig | undefined }
  | { ok: false; issues: ChecklistConfigIssue[] } {
  if (config === undefined || config === null) {
    return { ok: true, config: undefined };
  }
  const parsed = checklistConfigSchema.safeParse(config, {
    error: friendlyErrors,
  });
  const raw = [
    ...(parsed.success ? [] : flattenIssues(parsed.error.issues)),
    ...consistencyIssues(config, base, p => formatPath(path, p)),
  ];
  if (parsed.success && raw.length === 0) {
    return { ok: true, config: parsed.data };
  }
  const issues = raw
    .map(issue => ({ issue, key: location(issue) }))
    // Array#sort is stable: within an entry, schema issues come first.
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1])
    .map(({ issue }) => ({
      path: formatPath(path, issue.path),
      message: issue.message,
    }));
  return { ok: false, issues };
}

/**
 * Every issue of a `maturity.checklist` configuration block, without
 * applying it; empty when the block is valid or absent.
 *
 * @param config - the plain value under `path`
 * @param path - the config path that issues are reported under
 * @param base - the checklist that the block changes
 * @public
 */
export function validateChecklistConfig(
  config: unknown,
  path: string = CHECKLIST_CONFIG_PATH,
  base: Checklist = defaultChecklist,
): ChecklistConfigIssue[] {
  const result = parseChecklistConfig(config, base, path);
  return result.ok ? [] : result.issues;
}
