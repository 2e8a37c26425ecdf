/*
 * The checks that the schema cannot make on one value alone: references to
 * the base checklist's phases, tracks and checks, the fields a new check
 * needs, and entries that contradict each other. They read the raw input
 * defensively (skipping values of the wrong type, which the schema reports),
 * so that both kinds of issue are reported together.
 */
import type { Checklist } from '@backstage-maturity/plugin-maturity-common';
import { listing, type RawIssue } from './messages';
import type { ConfigPath } from './paths';
import { isRecord } from '../util/objects';

const NEW_CHECK_FIELDS = [
  'title',
  'phase or track',
  'why',
  'howToPass',
  'rule',
] as const;

interface Ids {
  phases: string[];
  tracks: string[];
  checks: Map<string, { track?: string }>;
}

function unknownPhase(id: string, ids: Ids): string {
  return ids.tracks.includes(id)
    ? `"${id}" is a track, not a phase; set track instead`
    : `unknown phase "${id}"; expected one of ${ids.phases.join(', ')}`;
}

function unknownTrack(id: string, ids: Ids): string {
  return ids.phases.includes(id)
    ? `"${id}" is a phase, not a track; set phase instead`
    : `unknown track "${id}"; expected one of ${ids.tracks.join(', ')}`;
}

/** Renames of phases or tracks: existing ids, each configured once. */
function stepIssues(
  entries: unknown,
  section: 'phases' | 'tracks',
  ids: Ids,
  at: (path: ConfigPath) => string,
): RawIssue[] {
  if (!Array.isArray(entries)) return [];
  const issues: RawIssue[] = [];
  const seen = new Map<string, number>();
  entries.forEach((entry, index) => {
    const id = isRecord(entry) ? entry.id : undefined;
    if (typeof id !== 'string' || id === '') return;
    const path = [section, index, 'id'];
    const first = seen.get(id);
    if (first !== undefined) {
      issues.push({
        path,
        message: `"${id}" is already configured at ${at([section, first])}`,
      });
      return;
    }
    seen.set(id, index);
    if (section === 'phases' && !ids.phases.includes(id)) {
      issues.push({ path, message: unknownPhase(id, ids) });
    }
    if (section === 'tracks' && !ids.tracks.includes(id)) {
      issues.push({ path, message: unknownTrack(id, ids) });
    }
  });
  return issues;
}

/** Ids to switch off: existing checks. */
function disableIssues(disable: unknown, ids: Ids): RawIssue[] {
  if (!Array.isArray(disable)) return [];
  return disable.flatMap((id, index) =>
    typeof id === 'string' && id !== '' && !ids.checks.has(id)
      ? [{ path: ['disable', index], message: `unknown check "${id}"` }]
      : [],
  );
}

/** Issues of one entry of `checks`. */
function checkEntryIssues(
  entry: Record<string, unknown>,
  path: ConfigPath,
  ids: Ids,
): RawIssue[] {
  const issues: RawIssue[] = [];
  const id = entry.id as string;
  const { phase, track } = entry;
  if (typeof phase === 'string' && phase && !ids.phases.includes(phase)) {
    issues.push({
      path: [...path, 'phase'],
      message: unknownPhase(phase, ids),
    });
  }
  if (typeof track === 'string' && track && !ids.tracks.includes(track)) {
    issues.push({
      path: [...path, 'track'],
      message: unknownTrack(track, ids),
    });
  }
  if (phase !== undefined && track !== undefined) {
    issues.push({ path, message: 'set either phase or track, not both' });
  }
  const existing = ids.checks.get(id);
  if (!existing) {
    const missing = NEW_CHECK_FIELDS.filter(field =>
      field === 'phase or track'
        ? phase === undefined && track === undefined
        : entry[field] === undefined,
    );
    if (missing.length > 0) {
      issues.push({
        path,
        message: `new check "${id}" needs ${listing([
          ...NEW_CHECK_FIELDS,
        ])}; missing ${listing(missing)}`,
      });
    }
  }
  // A track check never gates, so `required: true` there is a mistake.
  const onTrack =
    track !== undefined || (phase === undefined && existing?.track);
  if (entry.required === true && onTrack) {
    issues.push({
      path: [...path, 'required'],
      message: 'a check on a track never gates; set a phase to require it',
    });
  }
  return issues;
}

/** Check overrides and additions: one entry per id, none of them disabled. */
function checksIssues(
  checks: unknown,
  disable: unknown,
  ids: Ids,
  at: (path: ConfigPath) => string,
): RawIssue[] {
  if (!Array.isArray(checks)) return [];
  const disabledAt = new Map<string, number>();
  if (Array.isArray(disable)) {
    disable.forEach((id, index) => {
      if (typeof id === 'string' && !disabledAt.has(id)) {
        disabledAt.set(id, index);
      }
    });
  }
  const issues: RawIssue[] = [];
  const seen = new Map<string, number>();
  checks.forEach((entry, index) => {
    if (!isRecord(entry) || typeof entry.id !== 'string' || !entry.id) return;
    const id = entry.id;
    const first = seen.get(id);
    if (first !== undefined) {
      issues.push({
        path: ['checks', index, 'id'],
        message: `check "${id}" is already configured at ${at([
          'checks',
          first,
        ])}`,
      });
      return;
    }
    seen.set(id, index);
    const disabled = disabledAt.get(id);
    if (disabled !== undefined) {
      issues.push({
        path: ['checks', index, 'id'],
        message: `check "${id}" is also disabled at ${at([
          'disable',
          disabled,
        ])}; remove it from one of the two`,
      });
    }
    issues.push(...checkEntryIssues(entry, ['checks', index], ids));
  });
  return issues;
}

/**
 * Issues of a `maturity.checklist` block against the checklist it changes.
 * `at` renders a path for messages that point at another entry.
 */
export function consistencyIssues(
  config: unknown,
  base: Checklist,
  at: (path: ConfigPath) => string,
): RawIssue[] {
  if (!isRecord(config)) return [];
  const ids: Ids = {
    phases: base.phases.map(p => p.id),
    tracks: base.tracks.map(t => t.id),
    checks: new Map(base.checks.map(c => [c.id, { track: c.track }])),
  };
  return [
    ...stepIssues(config.phases, 'phases', ids, at),
    ...stepIssues(config.tracks, 'tracks', ids, at),
    ...disableIssues(config.disable, ids),
    ...checksIssues(config.checks, config.disable, ids, at),
  ];
}
