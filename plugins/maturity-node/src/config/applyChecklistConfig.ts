import type {
  CheckDefinition,
  Checklist,
} from '@backstage-maturity/plugin-maturity-common';
import { ChecklistConfigError } from './errors';
import type { CheckConfig, ChecklistConfig } from './types';
import {
  CHECKLIST_CONFIG_PATH,
  parseChecklistConfig,
} from './validateChecklistConfig';

export { validateChecklistConfig } from './validateChecklistConfig';

/** `value` without its undefined properties. */
function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined),
  ) as Partial<T>;
}

/** Applies renames to phases or tracks by id. */
function renamed<T extends { id: string; name: string; description?: string }>(
  steps: T[],
  renames: Array<{ id: string; name?: string; description?: string }> = [],
): T[] {
  const byId = new Map(renames.map(r => [r.id, r]));
  return steps.map(step => {
    const rename = byId.get(step.id);
    if (!rename) return { ...step };
    const { name, description } = rename;
    return { ...step, ...defined({ name, description }) };
  });
}

/**
 * Where a check ends up. Moving it to a phase makes it gate that phase
 * unless `required` says otherwise; on a track it never gates.
 */
function placement(
  entry: CheckConfig,
  current?: CheckDefinition,
): Pick<CheckDefinition, 'phase' | 'track' | 'required'> {
  if (entry.track !== undefined) {
    return { track: entry.track, required: false };
  }
  if (entry.phase !== undefined && entry.phase !== current?.phase) {
    return { phase: entry.phase, required: entry.required ?? true };
  }
  const { phase, track, required } = current ?? {};
  return defined({ phase, track, required: entry.required ?? required });
}

/** The check `entry` describes, over `current` when it overrides one. */
function configured(
  entry: CheckConfig,
  current?: CheckDefinition,
): CheckDefinition {
  const { title, why, howToPass, guidanceUrl, attestable, rule } = entry;
  // Validation guarantees that a new check sets every required field.
  const check = {
    ...(current ?? { id: entry.id }),
    ...defined({ title, why, howToPass, guidanceUrl, attestable, rule }),
  } as CheckDefinition;
  delete check.phase;
  delete check.track;
  delete check.required;
  Object.assign(check, placement(entry, current));
  if (entry.notApplicableWhen === null) {
    delete check.notApplicableWhen;
  } else if (entry.notApplicableWhen) {
    check.notApplicableWhen = entry.notApplicableWhen;
  }
  return check;
}

/** Links every check without guidance to `<base>#<check id>`. */
function withGuidance(
  checks: CheckDefinition[],
  baseUrl: string | undefined,
): CheckDefinition[] {
  if (!baseUrl) return checks;
  return checks.map(check =>
    check.guidanceUrl
      ? check
      : {
          ...check,
          guidanceUrl: `${baseUrl}#${encodeURIComponent(check.id)}`,
        },
  );
}

/** A new checklist: `base` with a valid configuration block applied. */
function apply(base: Checklist, config: ChecklistConfig): Checklist {
  const disabled = new Set(config.disable ?? []);
  const entries = new Map((config.checks ?? []).map(e => [e.id, e]));
  const checks = base.checks
    .filter(check => !disabled.has(check.id))
    .map(check => {
      const entry = entries.get(check.id);
      return entry ? configured(entry, check) : { ...check };
    });
  const known = new Set(base.checks.map(c => c.id));
  for (const entry of config.checks ?? []) {
    if (!known.has(entry.id)) checks.push(configured(entry));
  }
  return {
    phases: renamed(base.phases, config.phases),
    tracks: renamed(base.tracks, config.tracks),
    checks: withGuidance(checks, config.guidanceBaseUrl),
  };
}

/**
 * Applies the `maturity.checklist` configuration block to a checklist:
 * renames phases and tracks, switches checks off, overrides or moves
 * existing checks and adds new ones. Returns a new checklist and leaves
 * `base` untouched; without a block (`undefined`), returns `base` itself.
 *
 * @param base - the checklist to change, usually `defaultChecklist`
 * @param config - the plain value under `path`
 * @param path - the config path that errors are reported under
 * @throws ChecklistConfigError listing every issue when the block is invalid
 * @public
 */
export function applyChecklistConfig(
  base: Checklist,
  config: unknown,
  path: string = CHECKLIST_CONFIG_PATH,
): Checklist {
  const result = parseChecklistConfig(config, base, path);
  if (!result.ok) throw new ChecklistConfigError(result.issues);
  return result.config ? apply(base, result.config) : base;
}
