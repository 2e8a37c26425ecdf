import type { Knex } from 'knex';
import type { StoredState } from './planSave';
import { SUMMARY_COLUMNS } from './planSave';
import type { CheckResultRow, EntityRow } from './rowMapping';
import { CHECKS, ENTITIES } from './tables';
import { whereEntityRefIn } from './whereEntityRefIn';

/**
 * What is stored of these entities, as far as saving needs it: their
 * summaries, and the outcome and fingerprint of the results of those that
 * have a summary (results are always written with one).
 */
export async function readStoredStates(
  tx: Knex.Transaction,
  refs: string[],
): Promise<Map<string, StoredState>> {
  const stored = new Map<string, StoredState>();
  const summaries: EntityRow[] = await whereEntityRefIn(
    tx(ENTITIES).select('entity_ref', 'phase_since', ...SUMMARY_COLUMNS),
    refs,
  );
  for (const row of summaries) {
    stored.set(row.entity_ref, { summary: row, checks: new Map() });
  }
  if (stored.size === 0) {
    return stored;
  }
  const checks: CheckResultRow[] = await whereEntityRefIn(
    tx(CHECKS).select('entity_ref', 'check_id', 'outcome', 'fingerprint'),
    [...stored.keys()],
  );
  for (const row of checks) {
    stored.get(row.entity_ref)?.checks.set(row.check_id, row);
  }
  return stored;
}
