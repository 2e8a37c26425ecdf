import { waiverExpiry } from '@backstage-maturity/plugin-maturity-node';
import { WAIVERS } from '../store/tables';
import { DAY_MS, dueReminder, isoDay, utcDayNumber } from './days';
import { readEntityInfo } from './entities';
import { waiverExpiryMessage } from './messages';
import type { KindBatch, NotifyContext, Outgoing } from './types';

interface WaiverRow {
  id: string;
  entity_ref: string;
  check_id: string;
  kind: 'exemption' | 'attestation';
  expires_at: string;
}

/**
 * One reminder per active waiver (exemption or attestation) and reminder
 * day: with [14, 3], when 14 days are left (or, if no run saw that day, on
 * the next run before the 3-day one) and when 3 days are left.
 */
export async function waiverExpiries(
  context: NotifyContext,
): Promise<KindBatch> {
  const { db, ladder, now } = context;
  const { daysBefore } = context.settings.waiverExpiry;
  const today = utcDayNumber(now.getTime());
  // `expires_at` is a date or a date-time (with an offset of up to 14
  // hours): the SQL keeps a day's margin either side, the exact check is
  // `waiverExpiry`'s.
  const rows: WaiverRow[] = await db(WAIVERS)
    .select('id', 'entity_ref', 'check_id', 'kind', 'expires_at')
    .whereNull('revoked_at')
    .where('expires_at', '>=', isoDay((today - 1) * DAY_MS))
    .where(
      'expires_at',
      '<',
      isoDay((today + Math.max(...daysBefore) + 2) * DAY_MS),
    )
    .orderBy('id');

  const due = rows.flatMap(row => {
    const expiry = waiverExpiry({ expiresAt: row.expires_at });
    if (expiry <= now.getTime()) return [];
    // The last day it is valid: that of its last millisecond.
    const lastDay = utcDayNumber(expiry - 1);
    const days = dueReminder(lastDay - today, daysBefore);
    return days === undefined ? [] : [{ row, lastDay, days }];
  });
  const entities = await readEntityInfo(
    db,
    due.map(d => d.row.entity_ref),
  );
  const urgentDays = Math.min(...daysBefore);
  const outgoing = due.flatMap(({ row, lastDay, days }): Outgoing[] => {
    const owner = entities.get(row.entity_ref)?.owner;
    if (!owner) return [];
    return [
      {
        key: `waiver-expiry:${row.id}:${days}`,
        kind: 'waiverExpiry',
        owner,
        entityRef: row.entity_ref,
        payload: waiverExpiryMessage({
          ladder,
          entityRef: row.entity_ref,
          checkId: row.check_id,
          kind: row.kind,
          lastDay: isoDay(lastDay * DAY_MS),
          daysLeft: lastDay - today,
          urgent: days === urgentDays,
        }),
      },
    ];
  });
  return { outgoing };
}
