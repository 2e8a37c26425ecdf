import type { CheckOutcome } from '@backstage-maturity/plugin-maturity-common';
import { CHECK_HISTORY } from '../store/tables';
import { readEntityInfo } from './entities';
import {
  finishHistory,
  HISTORY_LIMIT,
  readHistory,
  skipHistory,
  whereNewFailure,
} from './history';
import { checkFailingMessage } from './messages';
import type { KindBatch, NotifyContext, Outgoing } from './types';

const STREAM = 'check-history';

interface CheckRow {
  id: number;
  entity_ref: string;
  check_id: string;
  from_outcome: CheckOutcome;
}

/**
 * One notification per required check that newly fails (history row) to
 * the entity's owner.
 */
export async function checkFailures(
  context: NotifyContext,
): Promise<KindBatch> {
  const { db, sentLog, ladder, now } = context;
  const batch = await readHistory<CheckRow>({
    db,
    sentLog,
    table: CHECK_HISTORY,
    stream: STREAM,
    columns: ['id', 'entity_ref', 'check_id', 'from_outcome'],
    filter: query => whereNewFailure(query, ladder, 'h'),
    now,
    lookbackHours: context.settings.lookbackHours,
    limit: HISTORY_LIMIT,
  });
  const entities = await readEntityInfo(
    db,
    batch.rows.map(row => row.entity_ref),
  );
  const outgoing = batch.rows.flatMap((row): Outgoing[] => {
    const owner = entities.get(row.entity_ref)?.owner;
    if (!owner) return [];
    return [
      {
        key: `check-failing:${row.id}`,
        kind: 'checkFailing',
        owner,
        entityRef: row.entity_ref,
        historyId: row.id,
        payload: checkFailingMessage({
          ladder,
          entityRef: row.entity_ref,
          checkId: row.check_id,
          from: row.from_outcome,
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
export async function skipCheckFailures(context: NotifyContext): Promise<void> {
  const { db, sentLog, now } = context;
  await skipHistory({ db, sentLog, table: CHECK_HISTORY, stream: STREAM, now });
}
