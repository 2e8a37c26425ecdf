import type { Knex } from 'knex';
import { parseJson } from '../store/parseJson';
import { CHECK_HISTORY, ENTITIES, PHASE_HISTORY } from '../store/tables';
import { whereEntityRefIn } from '../store/whereEntityRefIn';
import { DAY_MS, isoWeek, isoWeekday, weekdayNumber } from './days';
import { whereNewFailure, whereRegression } from './history';
import { type DigestFacts, weeklyDigestMessage } from './messages';
import type { KindBatch, NotifyContext, Outgoing } from './types';

/** Blockers named in a digest at most. */
const TOP_BLOCKERS = 3;

/** Owners with entities, and of those the ones not sent this week's digest. */
async function pendingOwners(
  context: NotifyContext,
  week: string,
): Promise<string[]> {
  const rows: Array<{ owner: string }> = await context
    .db(ENTITIES)
    .distinct('owner')
    .whereNotNull('owner');
  const keys = rows.map(row => digestKey(row.owner, week));
  const sent = await context.sentLog.sentAmong(keys);
  return rows.map(row => row.owner).filter((_, i) => !sent.has(keys[i]));
}

function digestKey(owner: string, week: string): string {
  return `digest:${owner}:${week}`;
}

/** Rows of a history table in the last 7 days kept by `filter`, per owner. */
async function countPerOwner(
  db: Knex,
  table: string,
  owners: string[],
  since: string,
  filter: (query: Knex.QueryBuilder) => Knex.QueryBuilder,
): Promise<Map<string, number>> {
  const query = db({ h: table })
    .join({ e: ENTITIES }, 'e.entity_ref', 'h.entity_ref')
    .select('e.owner')
    .count({ count: '*' })
    .where('h.at', '>=', since)
    .groupBy('e.owner');
  const rows: Array<{ owner: string; count: unknown }> = await filter(
    whereEntityRefIn(query, owners, 'e.owner'),
  );
  return new Map(rows.map(row => [row.owner, Number(row.count)]));
}

/** Entities per phase and top blockers of each owner, from one read. */
async function standings(
  db: Knex,
  owners: string[],
): Promise<Map<string, Omit<DigestFacts, 'regressions' | 'newFailures'>>> {
  const rows: Array<{
    owner: string;
    phase: string | null;
    unknown_standing: string | null;
    blocking: string;
  }> = await whereEntityRefIn(
    db(ENTITIES).select('owner', 'phase', 'unknown_standing', 'blocking'),
    owners,
    'owner',
  );
  const byOwner = new Map<
    string,
    Omit<DigestFacts, 'regressions' | 'newFailures' | 'blockers'> & {
      blocking: Map<string, number>;
    }
  >();
  for (const row of rows) {
    let facts = byOwner.get(row.owner);
    if (!facts) {
      facts = {
        phases: new Map(),
        entities: 0,
        unknown: 0,
        blocking: new Map(),
      };
      byOwner.set(row.owner, facts);
    }
    const phase = row.phase ?? '';
    facts.entities += 1;
    facts.phases.set(phase, (facts.phases.get(phase) ?? 0) + 1);
    if (row.unknown_standing) facts.unknown += 1;
    for (const id of parseJson<string[]>(row.blocking, [])) {
      facts.blocking.set(id, (facts.blocking.get(id) ?? 0) + 1);
    }
  }
  return new Map(
    [...byOwner].map(([owner, { blocking, ...facts }]) => [
      owner,
      {
        ...facts,
        blockers: [...blocking]
          .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
          .slice(0, TOP_BLOCKERS),
      },
    ]),
  );
}

/**
 * One digest per owner and ISO week, on the configured weekday (or the
 * first run after it that week): entities per phase, regressions and newly
 * failing checks of the last 7 days, top blockers.
 */
export async function weeklyDigest(context: NotifyContext): Promise<KindBatch> {
  const { db, ladder, now } = context;
  const { weekday } = context.settings.weeklyDigest;
  if (isoWeekday(now) < weekdayNumber(weekday)) return { outgoing: [] };
  const week = isoWeek(now);
  const owners = await pendingOwners(context, week);
  if (owners.length === 0) return { outgoing: [] };

  const since = new Date(now.getTime() - 7 * DAY_MS).toISOString();
  const regressions = await countPerOwner(db, PHASE_HISTORY, owners, since, q =>
    whereRegression(q, ladder, 'h'),
  );
  const newFailures = await countPerOwner(db, CHECK_HISTORY, owners, since, q =>
    whereNewFailure(q, ladder, 'h'),
  );
  const facts = await standings(db, owners);
  const outgoing = owners.flatMap((owner): Outgoing[] => {
    const standing = facts.get(owner);
    if (!standing) return [];
    return [
      {
        key: digestKey(owner, week),
        kind: 'weeklyDigest',
        owner,
        payload: weeklyDigestMessage({
          ladder,
          owner,
          week,
          facts: {
            ...standing,
            regressions: regressions.get(owner) ?? 0,
            newFailures: newFailures.get(owner) ?? 0,
          },
        }),
      },
    ];
  });
  return { outgoing };
}
