import type {
  CheckOutcome,
  CheckResult,
  Evidence,
  UnknownStanding,
  Waiver,
} from '@backstage-maturity/plugin-maturity-common';
import type {
  EntitySummary,
  EvaluationRecord,
  EvaluationRun,
  ProgressDetail,
  StoredCheckResult,
  StoredWaiver,
} from './types';
import { checkFingerprint } from './fingerprint';
import type { ColumnType } from './jsonRows';
import { lookedForEntry } from './lookedForLists';
import { parseJson } from './parseJson';

// Rows as stored (see migrations/). Times are ISO 8601 strings, JSON values
// are text.

export interface EntityRow {
  entity_ref: string;
  kind: string;
  namespace: string;
  name: string;
  title: string | null;
  type: string | null;
  lifecycle: string | null;
  owner: string | null;
  system: string | null;
  domain: string | null;
  /** JSON array of lower-case tags; null in rows written before tags were kept. */
  tags: string | null;
  phase: string | null;
  next_phase: string | null;
  phase_rank: number;
  progress: number;
  pass_count: number;
  fail_count: number;
  not_applicable_count: number;
  exempt_count: number;
  attested_count: number;
  error_count: number;
  blocking: string;
  /** JSON {@link ProgressDetail}; null in rows written before it was stored. */
  progress_detail: string | null;
  /** JSON {@link UnknownStanding}; null when the phase is known. */
  unknown_standing: string | null;
  repository_location: string | null;
  repository_etag: string | null;
  inputs_digest: string | null;
  evaluated_at: string;
  phase_since: string;
  last_seen_run: number | null;
}

export interface CheckResultRow {
  entity_ref: string;
  check_id: string;
  outcome: CheckOutcome;
  /** 0/1 on SQLite. */
  blocking: boolean | number;
  evidence: string;
  /** `[]`, but in rows written before lists were stored by id. */
  looked_for: string;
  /** Id of the list in `maturity_looked_for`; null for an empty list. */
  looked_for_id: string | null;
  reason: string | null;
  waiver: string | null;
  conclusive_outcome: CheckOutcome | null;
  conclusive_evidence: string | null;
  changed_at: string;
  fingerprint: string;
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

export interface WaiverRow {
  id: string;
  entity_ref: string;
  check_id: string;
  kind: Waiver['kind'];
  reason: string;
  evidence_url: string | null;
  expires_at: string;
  created_by: string | null;
  created_at: string;
  source: NonNullable<Waiver['source']>;
  revoked_at: string | null;
  revoked_by: string | null;
  revoke_reason: string | null;
}

export interface RunRow {
  id: number;
  started_at: string;
  finished_at: string | null;
  /** Entities saved, counted as each batch is saved. */
  entities: number;
  errors: number;
  unreadable: number;
  status: RunStatus;
  heartbeat_at: string | null;
  /** Which shard of the cycle (1..shard_count); null on request. */
  shard: number | null;
  shard_count: number | null;
}

/** How a run stands: see migrations/20261212120000_run_status.js. */
export type RunStatus = 'running' | 'finished' | 'interrupted';

/** Column types of the rows written as JSON (see `jsonRows.ts`). */
export const ENTITY_COLUMNS: Record<keyof EntityRow, ColumnType> = {
  entity_ref: 'text',
  kind: 'text',
  namespace: 'text',
  name: 'text',
  title: 'text',
  type: 'text',
  lifecycle: 'text',
  owner: 'text',
  system: 'text',
  domain: 'text',
  tags: 'json',
  phase: 'text',
  next_phase: 'text',
  phase_rank: 'integer',
  progress: 'double precision',
  pass_count: 'integer',
  fail_count: 'integer',
  not_applicable_count: 'integer',
  exempt_count: 'integer',
  attested_count: 'integer',
  error_count: 'integer',
  blocking: 'json',
  progress_detail: 'json',
  unknown_standing: 'json',
  repository_location: 'text',
  repository_etag: 'text',
  inputs_digest: 'text',
  evaluated_at: 'text',
  phase_since: 'text',
  last_seen_run: 'integer',
};

/** Written but for `conclusive_evidence`, which only the merge sets. */
export const CHECK_COLUMNS: Record<
  Exclude<keyof CheckResultRow, 'conclusive_evidence'>,
  ColumnType
> = {
  entity_ref: 'text',
  check_id: 'text',
  outcome: 'text',
  blocking: 'boolean',
  evidence: 'json',
  looked_for: 'json',
  looked_for_id: 'text',
  reason: 'text',
  waiver: 'json',
  conclusive_outcome: 'text',
  changed_at: 'text',
  fingerprint: 'text',
};

/** The count column of each outcome. */
export const COUNT_COLUMNS = {
  pass: 'pass_count',
  fail: 'fail_count',
  'not-applicable': 'not_applicable_count',
  exempt: 'exempt_count',
  attested: 'attested_count',
  error: 'error_count',
} as const satisfies Record<CheckOutcome, keyof EntityRow>;

const OUTCOMES = Object.keys(COUNT_COLUMNS) as CheckOutcome[];

function optional<T>(value: T | null | undefined): T | undefined {
  return value === null ? undefined : value;
}

/**
 * The summary row of an evaluation, but for `phase_since`, `evaluated_at`
 * and `last_seen_run`, which depend on what is stored and on the run.
 */
export function toEntityRow(
  record: EvaluationRecord,
): Omit<EntityRow, 'phase_since' | 'evaluated_at' | 'last_seen_run'> {
  const { facts, scorecard, repository } = record;
  const counts = Object.fromEntries(
    Object.values(COUNT_COLUMNS).map(column => [column, 0]),
  ) as Record<(typeof COUNT_COLUMNS)[CheckOutcome], number>;
  for (const check of scorecard.checks) {
    counts[COUNT_COLUMNS[check.outcome]] += 1;
  }
  return {
    entity_ref: facts.entityRef,
    kind: facts.kind,
    namespace: facts.namespace,
    name: facts.name,
    title: facts.title ?? null,
    type: facts.type ?? null,
    lifecycle: facts.lifecycle ?? null,
    owner: facts.owner ?? null,
    system: facts.system ?? null,
    domain: facts.domain ?? null,
    tags: JSON.stringify(facts.tags ?? []),
    phase: scorecard.phase,
    next_phase: scorecard.nextPhase,
    phase_rank: scorecard.phases.filter(p => p.reached).length,
    progress: scorecard.progress,
    ...counts,
    blocking: JSON.stringify(scorecard.blocking),
    progress_detail: JSON.stringify({
      phases: scorecard.phases,
      tracks: scorecard.tracks,
    } satisfies ProgressDetail),
    unknown_standing: scorecard.unknown
      ? JSON.stringify(scorecard.unknown)
      : null,
    repository_location: repository?.location ?? null,
    repository_etag: repository?.etag ?? null,
    inputs_digest: record.inputsDigest ?? null,
  };
}

/** The stored progress per phase and track; empty until first stored. */
export function toProgressDetail(row: EntityRow): ProgressDetail {
  return parseJson<ProgressDetail>(row.progress_detail, {
    phases: [],
    tracks: [],
  });
}

export function toEntitySummary(row: EntityRow): EntitySummary {
  return {
    entityRef: row.entity_ref,
    kind: row.kind,
    namespace: row.namespace,
    name: row.name,
    title: optional(row.title),
    type: optional(row.type),
    lifecycle: optional(row.lifecycle),
    owner: optional(row.owner),
    system: optional(row.system),
    domain: optional(row.domain),
    phase: row.phase,
    ...(row.unknown_standing && {
      unknown: parseJson<UnknownStanding>(row.unknown_standing, {
        reason: '',
        checks: [],
      }),
    }),
    nextPhase: row.next_phase,
    progress: Number(row.progress),
    counts: Object.fromEntries(
      OUTCOMES.map(outcome => [outcome, Number(row[COUNT_COLUMNS[outcome]])]),
    ) as Record<CheckOutcome, number>,
    blocking: parseJson<string[]>(row.blocking, []),
    evaluatedAt: row.evaluated_at,
    phaseSince: row.phase_since,
  };
}

/** A check row to write; `changed_at` and `conclusive_*` may be kept on merge. */
export function toCheckResultRow(
  entityRef: string,
  result: CheckResult,
  blocking: boolean,
  at: string,
): CheckResultRow {
  const conclusive = result.outcome !== 'error';
  const row = {
    entity_ref: entityRef,
    check_id: result.checkId,
    outcome: result.outcome,
    blocking,
    evidence: JSON.stringify(result.evidence ?? []),
    looked_for: '[]',
    looked_for_id: lookedForEntry(result.lookedFor)?.id ?? null,
    reason: result.reason ?? null,
    waiver: result.waiver ? JSON.stringify(result.waiver) : null,
    conclusive_outcome: conclusive ? result.outcome : null,
    // The evidence of a conclusive outcome is `evidence` itself; the store
    // copies it here when the check starts to err (see saveEvaluations).
    conclusive_evidence: null,
    changed_at: at,
  };
  return { ...row, fingerprint: checkFingerprint(row) };
}

/** What a check result is read from. */
export type CheckResultContent = Omit<
  CheckResultRow,
  'blocking' | 'changed_at' | 'fingerprint'
>;

/** Gives a result row what its check looked for (see `LookedForLists`). */
export type LookedForOf = (row: CheckResultContent) => string[];

export function toCheckResult(
  row: CheckResultContent,
  lookedForOf: LookedForOf,
): CheckResult {
  const result: CheckResult = {
    checkId: row.check_id,
    outcome: row.outcome,
    evidence: parseJson<Evidence[]>(row.evidence, []),
    lookedFor: lookedForOf(row),
  };
  if (row.reason !== null) {
    result.reason = row.reason;
  }
  const waiver = parseJson<Waiver | null>(row.waiver, null);
  if (waiver) {
    result.waiver = waiver;
  }
  return result;
}

/**
 * The last conclusive result of a check: the current one unless it erred,
 * else the stored conclusive outcome and evidence (what was looked for is
 * not kept for those), or undefined if it never was conclusive.
 */
/** The last conclusive outcome of a check row: its own, unless it erred. */
export function conclusiveOutcomeOf(
  row: Pick<CheckResultContent, 'outcome' | 'conclusive_outcome'>,
): CheckOutcome | null {
  return row.outcome === 'error' ? row.conclusive_outcome : row.outcome;
}

export function toConclusiveResult(
  row: CheckResultContent,
  lookedForOf: LookedForOf,
): CheckResult | undefined {
  if (row.outcome !== 'error') {
    return toCheckResult(row, lookedForOf);
  }
  if (row.conclusive_outcome === null) {
    return undefined;
  }
  return {
    checkId: row.check_id,
    outcome: row.conclusive_outcome,
    evidence: parseJson<Evidence[]>(row.conclusive_evidence, []),
    lookedFor: [],
  };
}

export function toStoredCheckResult(
  row: CheckResultRow,
  lookedForOf: LookedForOf,
): StoredCheckResult {
  const stored: StoredCheckResult = {
    ...toCheckResult(row, lookedForOf),
    blocking: Boolean(row.blocking),
    changedAt: row.changed_at,
  };
  if (row.outcome === 'error' && row.conclusive_outcome !== null) {
    stored.lastConclusive = {
      outcome: row.conclusive_outcome,
      evidence: parseJson<Evidence[]>(row.conclusive_evidence, []),
    };
  }
  return stored;
}

export function toStoredWaiver(row: WaiverRow): StoredWaiver {
  const waiver: StoredWaiver = {
    id: row.id,
    entityRef: row.entity_ref,
    checkId: row.check_id,
    kind: row.kind,
    reason: row.reason,
    expiresAt: row.expires_at,
    source: row.source,
    createdAt: row.created_at,
  };
  if (row.evidence_url !== null) waiver.evidenceUrl = row.evidence_url;
  if (row.created_by !== null) waiver.createdBy = row.created_by;
  if (row.revoked_at !== null) waiver.revokedAt = row.revoked_at;
  if (row.revoked_by !== null) waiver.revokedBy = row.revoked_by;
  return waiver;
}

export function toEvaluationRun(row: RunRow): EvaluationRun {
  const run: EvaluationRun = {
    id: Number(row.id),
    startedAt: row.started_at,
    entities: Number(row.entities),
    errors: Number(row.errors),
    unreadable: Number(row.unreadable),
  };
  if (row.finished_at !== null) run.finishedAt = row.finished_at;
  if (row.status) run.status = row.status;
  if (row.heartbeat_at) run.heartbeatAt = row.heartbeat_at;
  if (row.shard !== null && row.shard_count !== null && row.shard_count > 1) {
    run.shard = { index: Number(row.shard), count: Number(row.shard_count) };
  }
  return run;
}
