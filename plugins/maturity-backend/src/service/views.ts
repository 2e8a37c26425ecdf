import {
  NOT_STARTED,
  NOT_STARTED_ID,
  UNKNOWN,
  UNKNOWN_ID,
  type CheckDefinition,
  type Checklist,
} from '@backstage-maturity/plugin-maturity-common';
import {
  checkDetails,
  waiverExpiry,
} from '@backstage-maturity/plugin-maturity-node';
import type { StoredEntity, StoredWaiver } from '../store/types';
import type { GroupNode } from './groups';

// Shapes of the responses, built from what the store returns. See
// src/schema/openapi.yaml for their documentation.

type PhaseRows = Array<{ phase: string | null; count: number }>;

/** Worded once per check definition, not on every request. */
const detailsOf = new WeakMap<CheckDefinition, string[]>();

function detailsOfCheck(check: CheckDefinition): string[] {
  let details = detailsOf.get(check);
  if (!details) {
    details = checkDetails(check);
    detailsOf.set(check, details);
  }
  return details;
}

export function checkDefinitionView(check: CheckDefinition) {
  return {
    id: check.id,
    title: check.title,
    ...(check.phase !== undefined && { phase: check.phase }),
    ...(check.track !== undefined && { track: check.track }),
    required: check.phase !== undefined && check.required !== false,
    why: check.why,
    howToPass: check.howToPass,
    ...(check.guidanceUrl !== undefined && { guidanceUrl: check.guidanceUrl }),
    attestable: check.attestable === true,
    details: detailsOfCheck(check),
  };
}

/** The checklist without its rules. */
export function checklistView(checklist: Checklist) {
  return {
    phases: checklist.phases,
    tracks: checklist.tracks,
    checks: checklist.checks.map(checkDefinitionView),
  };
}

/** Name of a phase id, of "not started" for null, or of `unknown`. */
export function phaseName(checklist: Checklist, phase: string | null): string {
  if (phase === null) return NOT_STARTED;
  if (phase === UNKNOWN_ID) return UNKNOWN;
  return checklist.phases.find(p => p.id === phase)?.name ?? phase;
}

/**
 * Counts of every standing, zeros included: unknown, not started, then the
 * ladder, from the store's rows (which omit empty ones).
 */
export function distributionView(checklist: Checklist, rows: PhaseRows) {
  const counts = new Map<string | null, number>();
  for (const row of rows) {
    counts.set(row.phase, (counts.get(row.phase) ?? 0) + row.count);
  }
  const ladder: Array<string | null> = [
    UNKNOWN_ID,
    null,
    ...checklist.phases.map(p => p.id),
  ];
  // Phases no longer in the checklist still count, after the ladder.
  const others = [...counts.keys()].filter(p => !ladder.includes(p));
  const phases = [...ladder, ...others].map(phase => ({
    phase: phase ?? NOT_STARTED_ID,
    name: phaseName(checklist, phase),
    count: counts.get(phase) ?? 0,
  }));
  return { total: phases.reduce((sum, p) => sum + p.count, 0), phases };
}

/** Blockers with their checks' titles and phases. */
export function blockersView(
  checklist: Checklist,
  rows: Array<{ checkId: string; count: number }>,
) {
  return rows.map(row => {
    const check = checklist.checks.find(c => c.id === row.checkId);
    return {
      checkId: row.checkId,
      title: check?.title ?? row.checkId,
      ...(check?.phase !== undefined && { phase: check.phase }),
      count: row.count,
    };
  });
}

/** A row per group of a roll-up, in the order of the groups. */
export function ownerRowsView(
  checklist: Checklist,
  groups: GroupNode[],
  rows: Array<{ owner: string; phase: string | null; count: number }>,
) {
  return groups.map(group => {
    const own = rows.filter(r => r.owner === group.entityRef);
    return { owner: group.entityRef, ...distributionView(checklist, own) };
  });
}

/** Days of a trend, each with a count for every phase (zeros included). */
export function trendDaysView(
  checklist: Checklist,
  rows: Array<{ day: string; phase: string | null; count: number }>,
) {
  const days = new Map<string, Record<string, number>>();
  for (const row of rows) {
    const phases: Record<string, number> = days.get(row.day) ?? {
      [UNKNOWN_ID]: 0,
      [NOT_STARTED_ID]: 0,
      ...Object.fromEntries(checklist.phases.map(p => [p.id, 0])),
    };
    days.set(row.day, phases);
    const key = row.phase ?? NOT_STARTED_ID;
    phases[key] = (phases[key] ?? 0) + row.count;
  }
  return [...days].map(([day, phases]) => ({ day, phases }));
}

export function waiverView(waiver: StoredWaiver, now: Date) {
  return {
    ...waiver,
    active: !waiver.revokedAt && waiverExpiry(waiver) > now.getTime(),
  };
}

/**
 * When the first of these waivers still active expires (ms), after which
 * their views say otherwise; undefined when none will.
 */
export function nextWaiverExpiry(
  waivers: StoredWaiver[],
  now: Date,
): number | undefined {
  const expiries = waivers
    .filter(w => !w.revokedAt)
    .map(w => waiverExpiry(w))
    .filter(at => at > now.getTime());
  return expiries.length > 0 ? Math.min(...expiries) : undefined;
}

/** The definition of each check as JSON members (without `id`), by id. */
const definitionMembers = new WeakMap<Checklist, Map<string, string>>();

function definitionMembersOf(checklist: Checklist): Map<string, string> {
  let members = definitionMembers.get(checklist);
  if (!members) {
    members = new Map(
      checklist.checks.map(check => {
        const { id, ...definition } = checkDefinitionView(check);
        return [id, JSON.stringify(definition).slice(1, -1)];
      }),
    );
    definitionMembers.set(checklist, members);
  }
  return members;
}

/**
 * The scorecard page of an entity, as JSON: its summary, progress per phase
 * and track, the results of the checklist's checks joined with their
 * guidance (unless `guidance` is false), and its waivers. The guidance, most
 * of the page and the same for every entity, is serialized once per
 * checklist.
 */
export function scorecardJson(
  checklist: Checklist,
  stored: StoredEntity,
  waivers: StoredWaiver[],
  options: { now: Date; guidance: boolean },
): string {
  const results = new Map(stored.checks.map(c => [c.checkId, c]));
  const progress = stored.progress;
  const head = JSON.stringify({
    summary: stored.summary,
    phases: progress.phases.map(p => ({
      ...p,
      name: phaseName(checklist, p.phaseId),
    })),
    tracks: progress.tracks.map(t => ({
      ...t,
      name: checklist.tracks.find(d => d.id === t.trackId)?.name ?? t.trackId,
    })),
  });
  const members = options.guidance ? definitionMembersOf(checklist) : null;
  const checks = checklist.checks.flatMap(check => {
    const result = results.get(check.id);
    if (!result) return [];
    // A result has a check id: its JSON object is never empty.
    return members
      ? [`${JSON.stringify(result).slice(0, -1)},${members.get(check.id)}}`]
      : [JSON.stringify(result)];
  });
  return `${head.slice(0, -1)},"checks":[${checks.join(
    ',',
  )}],"waivers":${JSON.stringify(
    waivers.map(w => waiverView(w, options.now)),
  )}}`;
}
