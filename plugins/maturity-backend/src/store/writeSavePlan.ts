import type { Knex } from 'knex';
import { rowsPerInsert } from './batching';
import { insertJsonRows } from './jsonRows';
import { LOOKED_FOR } from './lookedForLists';
import type { SavePlan } from './planSave';
import {
  CHECK_COLUMNS,
  type CheckHistoryRow,
  type CheckResultRow,
  ENTITY_COLUMNS,
  type EntityRow,
  type PhaseHistoryRow,
} from './rowMapping';
import { CHECK_HISTORY, CHECKS, ENTITIES, PHASE_HISTORY } from './tables';
import type { SaveStats } from './types';
import { whereEntityRefIn } from './whereEntityRefIn';

// The summaries, the check results and the lists they refer to are written
// with hand-written statements (`insertJsonRows`) that bind a batch's rows as
// one JSON value. A cycle of 10,000 entities x 43 checks writes 430,000
// result rows. Measured with the benchmark, one run after the other on one
// machine: with these statements the full cycle took 22.6 s on SQLite and
// 20.0 s on PostgreSQL (124 statements); with knex's multi-row upsert
// (`insert().onConflict().merge()`, 500 rows a statement on SQLite, where
// knex writes a compound SELECT) it took 38.9 s on SQLite, over the 30 s
// target, and 27.1 s on PostgreSQL (984 statements). For the lists, saving
// 33,600 distinct ones (lookedForLists.test.ts) took 3.3 s on PostgreSQL
// and 1.6 s on SQLite this way, 5.5 s and 2.8 s with knex's upsert. The
// history rows are few per save and use knex: flipping every outcome of
// 1,000 entities x 43 checks took as long with knex's batch insert as with
// a JSON-bound one, as the result rows dominate.

/**
 * `last_seen_run` never goes back: a run that started earlier but saves
 * later (a re-evaluation on request) must not make a cycle that started
 * after it think the entity unseen.
 */
function laterRun(tx: Knex.Transaction, runId: number): Knex.Raw {
  return tx.raw('CASE WHEN last_seen_run > ? THEN last_seen_run ELSE ? END', [
    runId,
    runId,
  ]);
}

/** New or changed summaries; a stored `last_seen_run` that is later stays. */
async function upsertSummaries(
  tx: Knex.Transaction,
  rows: EntityRow[],
): Promise<void> {
  await insertJsonRows(tx, ENTITIES, ENTITY_COLUMNS, rows, {
    upsert: {
      onConflict: ['entity_ref'],
      merge: {
        ...Object.fromEntries(
          Object.keys(ENTITY_COLUMNS)
            .filter(column => column !== 'entity_ref')
            .map(column => [column, `excluded.${column}`]),
        ),
        last_seen_run: `CASE WHEN ${ENTITIES}.last_seen_run > excluded.last_seen_run THEN ${ENTITIES}.last_seen_run ELSE excluded.last_seen_run END`,
      },
    },
  });
}

/** Unchanged summaries: only when they were evaluated, and by which run. */
async function markEvaluated(
  tx: Knex.Transaction,
  refs: string[],
  options: { runId: number; at: string },
): Promise<void> {
  if (refs.length === 0) return;
  await whereEntityRefIn(tx(ENTITIES), refs).update({
    evaluated_at: options.at,
    last_seen_run: laterRun(tx, options.runId),
  });
}

/**
 * New or changed check results; returns their number. An erring check
 * keeps its last conclusive outcome and evidence (that of the row it
 * replaces, unless that erred too); a conclusive one needs none besides its
 * own. `changed_at` moves only when the outcome does.
 */
async function upsertCheckResults(
  tx: Knex.Transaction,
  rows: Iterable<CheckResultRow>,
): Promise<number> {
  return insertJsonRows(tx, CHECKS, CHECK_COLUMNS, rows, {
    upsert: {
      onConflict: ['entity_ref', 'check_id'],
      merge: {
        outcome: 'excluded.outcome',
        blocking: 'excluded.blocking',
        evidence: 'excluded.evidence',
        looked_for: 'excluded.looked_for',
        looked_for_id: 'excluded.looked_for_id',
        reason: 'excluded.reason',
        waiver: 'excluded.waiver',
        fingerprint: 'excluded.fingerprint',
        conclusive_outcome: `CASE WHEN excluded.outcome = 'error' THEN ${CHECKS}.conclusive_outcome ELSE excluded.conclusive_outcome END`,
        conclusive_evidence: `CASE WHEN excluded.outcome <> 'error' THEN NULL WHEN ${CHECKS}.outcome = 'error' THEN ${CHECKS}.conclusive_evidence ELSE ${CHECKS}.evidence END`,
        changed_at: `CASE WHEN excluded.outcome = ${CHECKS}.outcome THEN ${CHECKS}.changed_at ELSE excluded.changed_at END`,
      },
    },
  });
}

/**
 * The lists that the written results refer to (hand-written, see above).
 * `used_at` keeps a list from pruning while other writes may use it.
 */
async function upsertLookedFor(
  tx: Knex.Transaction,
  lists: Map<string, string>,
  at: string,
): Promise<void> {
  await insertJsonRows(
    tx,
    LOOKED_FOR,
    { id: 'text', list: 'json', used_at: 'text' },
    [...lists].map(([id, list]) => ({ id, list, used_at: at })),
    { upsert: { onConflict: ['id'], merge: { used_at: 'excluded.used_at' } } },
  );
}

/**
 * Results of checks no longer evaluated, deleted one check at a time: a
 * check leaves the checklist for every entity at once.
 */
async function deleteRemovedChecks(
  tx: Knex.Transaction,
  removed: Array<[string, string]>,
): Promise<void> {
  const refsByCheck = new Map<string, string[]>();
  for (const [entityRef, checkId] of removed) {
    const refs = refsByCheck.get(checkId) ?? [];
    refs.push(entityRef);
    refsByCheck.set(checkId, refs);
  }
  for (const [checkId, refs] of refsByCheck) {
    await whereEntityRefIn(
      tx(CHECKS).where('check_id', checkId),
      refs,
    ).delete();
  }
}

/** History rows, in batches as large as a statement may bind. */
async function insertHistory(
  tx: Knex.Transaction,
  table: string,
  rows: Array<CheckHistoryRow | PhaseHistoryRow>,
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]).length;
  await tx.batchInsert(table, rows, rowsPerInsert(columns)).transacting(tx);
}

/**
 * The first outcomes of new entities, copied in SQL from the result rows
 * just written rather than sent again.
 */
async function copyFirstOutcomes(
  tx: Knex.Transaction,
  refs: string[],
): Promise<void> {
  if (refs.length === 0) return;
  await tx
    .into(
      tx.raw('?? (entity_ref, check_id, from_outcome, to_outcome, at)', [
        CHECK_HISTORY,
      ]),
    )
    .insert(
      whereEntityRefIn(
        tx(CHECKS).select(
          'entity_ref',
          'check_id',
          tx.raw('NULL'),
          'outcome',
          'changed_at',
        ),
        refs,
      ),
    );
}

/**
 * Brings the tables in line with a {@link SavePlan}, in the caller's
 * transaction, one step per table. `checkRowsWritten` also counts deleted
 * results of checks no longer evaluated; `historyRowsWritten` counts check
 * and phase history rows.
 */
export async function writeSavePlan(
  tx: Knex.Transaction,
  plan: SavePlan,
  options: { runId: number; at: string },
): Promise<SaveStats> {
  await upsertSummaries(tx, plan.summaryRows);
  await markEvaluated(tx, plan.untouched, options);
  const checkRows = await upsertCheckResults(tx, plan.checkRows);
  // After the rows that refer to them, whose iteration fills `lookedFor`.
  await upsertLookedFor(tx, plan.lookedFor, options.at);
  await deleteRemovedChecks(tx, plan.removedChecks);
  await insertHistory(tx, CHECK_HISTORY, plan.checkHistory);
  await copyFirstOutcomes(tx, plan.firstSeen);
  await insertHistory(tx, PHASE_HISTORY, plan.phaseHistory);
  return {
    checkRowsWritten: checkRows + plan.removedChecks.length,
    historyRowsWritten:
      plan.checkHistory.length + plan.firstOutcomes + plan.phaseHistory.length,
    phaseChanges: plan.phaseHistory.length,
  };
}
