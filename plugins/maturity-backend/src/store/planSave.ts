import type { CheckOutcome } from '@backstage-maturity/plugin-maturity-common';
import {
  CheckHistoryRow,
  CheckResultRow,
  EntityRow,
  PhaseHistoryRow,
  toCheckResultRow,
  toEntityRow,
} from './rowMapping';
import { lookedForEntry } from './lookedForLists';
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
  'tags',
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
  'progress_detail',
  'unknown_standing',
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

/** The writes that bring the store in line with new evaluations. */
export interface SavePlan {
  /** New or changed summaries, to upsert. */
  summaryRows: EntityRow[];
  /** Entities whose summary only needs `evaluated_at` and `last_seen_run`. */
  untouched: string[];
  /**
   * New or changed check results, to upsert: made one by one as they are
   * iterated, so that a batch's rows need not all be held at once.
   */
  checkRows: Iterable<CheckResultRow>;
  /**
   * The text of each list (by id) that the check rows refer to, to store
   * with them; filled in as `checkRows` is iterated.
   */
  lookedFor: Map<string, string>;
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
  records: readonly EvaluationRecord[],
  stored: (entityRef: string) => StoredState | undefined,
  options: { runId: number; at: string },
): SavePlan {
  const { runId, at } = options;
  const lookedFor = new Map<string, string>();
  const plan: SavePlan = {
    summaryRows: [],
    untouched: [],
    checkRows: changedCheckRows(records, stored, at, lookedFor),
    lookedFor,
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

    if (!before) {
      plan.firstSeen.push(ref);
      plan.firstOutcomes += record.scorecard.checks.length;
      continue;
    }
    const seen = new Set<string>();
    for (const result of record.scorecard.checks) {
      seen.add(result.checkId);
      // A changed outcome changes the fingerprint too: the row is written.
      const previous = before.checks.get(result.checkId);
      if (previous?.outcome !== result.outcome) {
        plan.checkHistory.push({
          entity_ref: ref,
          check_id: result.checkId,
          from_outcome: previous?.outcome ?? null,
          to_outcome: result.outcome,
          at,
        });
      }
    }
    for (const checkId of before.checks.keys()) {
      if (!seen.has(checkId)) {
        plan.removedChecks.push([ref, checkId]);
      }
    }
  }
  return plan;
}

/**
 * The check rows of the records whose fingerprint is not the stored one;
 * adds the lists they refer to to `lookedFor`.
 */
function* changedCheckRows(
  records: readonly EvaluationRecord[],
  stored: (entityRef: string) => StoredState | undefined,
  at: string,
  lookedFor: Map<string, string>,
): Generator<CheckResultRow> {
  for (const record of records) {
    const ref = record.facts.entityRef;
    const checks = stored(ref)?.checks;
    const blocking = new Set(record.scorecard.blocking);
    for (const result of record.scorecard.checks) {
      const row = toCheckResultRow(
        ref,
        result,
        blocking.has(result.checkId),
        at,
      );
      if (checks?.get(result.checkId)?.fingerprint !== row.fingerprint) {
        const list = lookedForEntry(result.lookedFor);
        if (list) lookedFor.set(list.id, list.text);
        yield row;
      }
    }
  }
}

/** Equality of a stored and a new value; drivers may return numbers as strings. */
function sameValue(stored: unknown, value: unknown): boolean {
  if (typeof value === 'number') {
    return Number(stored) === value;
  }
  return (stored ?? null) === (value ?? null);
}
