import type { CheckOutcome } from '@backstage-maturity/plugin-maturity-common';
import {
  blockingChecks,
  CheckResultRow,
  EntityRow,
  toCheckResultRow,
  toEntityRow,
} from './rowMapping';
import type { EvaluationRecord } from './types';

/** Summary columns compared to decide whether a summary row is rewritten. */
export const SUMMARY_COLUMNS = [
  'kind',
  'namespace',
  'name',
  'title',
  'type',
  'lifecycle',
  'owner',
  'system',
  'domain',
  'phase',
  'next_phase',
  'phase_rank',
  'progress',
  'pass_count',
  'fail_count',
  'not_applicable_count',
  'exempt_count',
  'attested_count',
  'error_count',
  'blocking',
  'repository_location',
  'repository_etag',
  'inputs_digest',
] as const;

/** What is stored of an entity, as far as saving needs it. */
export interface StoredState {
  summary?: Pick<EntityRow, 'phase_since' | (typeof SUMMARY_COLUMNS)[number]>;
  /** Outcome and fingerprint by check id. */
  checks: Map<string, { outcome: CheckOutcome; fingerprint: string }>;
}

export interface CheckHistoryRow {
  entity_ref: string;
  check_id: string;
  from_outcome: CheckOutcome | null;
  to_outcome: CheckOutcome;
  at: string;
}

export interface PhaseHistoryRow {
  entity_ref: string;
  from_phase: string | null;
  to_phase: string | null;
  at: string;
}

/** The writes that bring the store in line with new evaluations. */
export interface SavePlan {
  /** New or changed summaries, to upsert. */
  summaryRows: EntityRow[];
  /** Entities whose summary only needs `evaluated_at` and `last_seen_run`. */
  untouched: string[];
  /** New or changed check results, to upsert. */
  checkRows: CheckResultRow[];
  /** [entity ref, check id] of results of checks no longer evaluated. */
  removedChecks: Array<[string, string]>;
  checkHistory: CheckHistoryRow[];
  /**
   * Entities with nothing stored: every outcome of theirs is a first one,
   * so their history rows can be copied from their new check rows.
   */
  firstSeen: string[];
  /** The number of those first outcomes. */
  firstOutcomes: number;
  phaseHistory: PhaseHistoryRow[];
}

/**
 * Compares evaluations with what is stored and lists the rows to write: a
 * check row only where its fingerprint changed, a history row where an
 * outcome or the phase changed (first outcomes and first phases included,
 * with `null` as the previous value; those of entities seen for the first
 * time are listed by entity, see `firstSeen`).
 */
export function planSave(
  records: Iterable<EvaluationRecord>,
  stored: (entityRef: string) => StoredState | undefined,
  options: { runId: number; at: string },
): SavePlan {
  const { runId, at } = options;
  const plan: SavePlan = {
    summaryRows: [],
    untouched: [],
    checkRows: [],
    removedChecks: [],
    checkHistory: [],
    firstSeen: [],
    firstOutcomes: 0,
    phaseHistory: [],
  };

  for (const record of records) {
    const ref = record.facts.entityRef;
    const row = toEntityRow(record);
    const before = stored(ref);
    const summary = before?.summary;

    const phaseChanged = summary
      ? summary.phase !== row.phase
      : row.phase !== null;
    if (phaseChanged) {
      plan.phaseHistory.push({
        entity_ref: ref,
        from_phase: summary?.phase ?? null,
        to_phase: row.phase,
        at,
      });
    }
    if (summary && SUMMARY_COLUMNS.every(c => sameValue(summary[c], row[c]))) {
      plan.untouched.push(ref);
    } else {
      plan.summaryRows.push({
        ...row,
        evaluated_at: at,
        phase_since: summary && !phaseChanged ? summary.phase_since : at,
        last_seen_run: runId,
      });
    }

    const blocking = new Set(blockingChecks(record.scorecard));
    if (!before) {
      plan.firstSeen.push(ref);
      plan.firstOutcomes += record.scorecard.checks.length;
    }
    const seen = new Set<string>();
    for (const result of record.scorecard.checks) {
      seen.add(result.checkId);
      const checkRow = toCheckResultRow(
        ref,
        result,
        blocking.has(result.checkId),
        at,
      );
      const previous = before?.checks.get(result.checkId);
      if (previous?.fingerprint === checkRow.fingerprint) {
        continue;
      }
      plan.checkRows.push(checkRow);
      if (before && previous?.outcome !== result.outcome) {
        plan.checkHistory.push({
          entity_ref: ref,
          check_id: result.checkId,
          from_outcome: previous?.outcome ?? null,
          to_outcome: result.outcome,
          at,
        });
      }
    }
    for (const checkId of before?.checks.keys() ?? []) {
      if (!seen.has(checkId)) {
        plan.removedChecks.push([ref, checkId]);
      }
    }
  }
  return plan;
}

/** Equality of a stored and a new value; drivers may return numbers as strings. */
function sameValue(stored: unknown, value: unknown): boolean {
  if (typeof value === 'number') {
    return Number(stored) === value;
  }
  return (stored ?? null) === (value ?? null);
}
