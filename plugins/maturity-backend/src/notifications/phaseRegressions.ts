import { PHASE_HISTORY } from '../store/tables';
import { readEntityInfo } from './entities';
import {
  finishHistory,
  HISTORY_LIMIT,
  readHistory,
  skipHistory,
  whereRegression,
} from './history';
import { phaseRegressionMessage } from './messages';
import type { KindBatch, NotifyContext, Outgoing } from './types';

const STREAM = 'phase-history';

interface PhaseRow {
  id: number;
  entity_ref: string;
  from_phase: string;
  to_phase: string | null;
}

/** One notification per phase regression (history row) to the entity's owner. */
export async function phaseRegressions(
  context: NotifyContext,
): Promise<KindBatch> {
  const { db, sentLog, ladder, now } = context;
  const batch = await readHistory<PhaseRow>({
    db,
    sentLog,
    table: PHASE_HISTORY,
    stream: STREAM,
    columns: ['id', 'entity_ref', 'from_phase', 'to_phase'],
    filter: query => whereRegression(query, ladder, 'h'),
    now,
    lookbackHours: context.settings.lookbackHours,
    limit: HISTORY_LIMIT,
  });
  const entities = await readEntityInfo(
    db,
    batch.rows.map(row => row.entity_ref),
  );
  const outgoing = batch.rows.flatMap((row): Outgoing[] => {
    const entity = entities.get(row.entity_ref);
    if (!entity?.owner) return [];
    return [
      {
        key: `phase-regression:${row.id}`,
        kind: 'phaseRegression',
        owner: entity.owner,
        entityRef: row.entity_ref,
        historyId: row.id,
        payload: phaseRegressionMessage({
          ladder,
          entityRef: row.entity_ref,
          from: row.from_phase,
          to: row.to_phase,
          blocking: entity.blocking,
        }),
      },
    ];
  });
  return {
    outgoing,
    finish: failed =>
      finishHistory({ sentLog, stream: STREAM, next: batch.next, failed, now }),
  };
}

/** Passes the rows written while the kind is switched off. */
export async function skipPhaseRegressions(
  context: NotifyContext,
): Promise<void> {
  const { db, sentLog, now } = context;
  await skipHistory({ db, sentLog, table: PHASE_HISTORY, stream: STREAM, now });
}
