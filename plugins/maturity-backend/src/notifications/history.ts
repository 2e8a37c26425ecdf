import type { Knex } from 'knex';
import { CHECK_HISTORY } from '../store/tables';
import type { Ladder } from './ladder';
import type { SentLog } from './sentLog';

/** Outcomes that count as met: a change from one of them to `fail` is news. */
const MET_OUTCOMES = ['pass', 'not-applicable', 'exempt', 'attested'];

/** Rank on the ladder of a phase column: 0 for null (not started). */
function rankSql(column: string, phaseIds: readonly string[]): string {
  const whens = phaseIds.map((_, i) => `WHEN ${column} = ? THEN ${i + 1}`);
  return `(CASE WHEN ${column} IS NULL THEN 0 ${whens.join(' ')} END)`;
}

/**
 * Keeps the phase history rows (as `alias`) that fell back: the new phase
 * is lower on the ladder than the one before. Phases no longer on the
 * ladder cannot be compared and are left out.
 */
export function whereRegression(
  query: Knex.QueryBuilder,
  ladder: Ladder,
  alias: string,
): Knex.QueryBuilder {
  const ids = ladder.phaseIds;
  return query
    .whereNotNull(`${alias}.from_phase`)
    .whereRaw(
      `${rankSql(`${alias}.to_phase`, ids)} < ${rankSql(
        `${alias}.from_phase`,
        ids,
      )}`,
      [...ids, ...ids],
    );
}

/**
 * Keeps the check history rows (as `alias`) where a required check newly
 * fails: it was met before. A check that failed, could not be read for a
 * while (`error`) and fails again is not news; from `error`, the outcome
 * before the error decides, and without one nothing is known.
 */
export function whereNewFailure(
  query: Knex.QueryBuilder,
  ladder: Ladder,
  alias: string,
): Knex.QueryBuilder {
  const met = MET_OUTCOMES.map(() => '?').join(', ');
  const beforeError = `(SELECT p.to_outcome FROM ${CHECK_HISTORY} p WHERE p.entity_ref = ${alias}.entity_ref AND p.check_id = ${alias}.check_id AND p.id < ${alias}.id AND p.to_outcome <> 'error' ORDER BY p.id DESC LIMIT 1)`;
  return query
    .where(`${alias}.to_outcome`, 'fail')
    .whereIn(`${alias}.check_id`, ladder.requiredCheckIds())
    .where(q =>
      q
        .whereIn(`${alias}.from_outcome`, MET_OUTCOMES)
        .orWhereRaw(
          `(${alias}.from_outcome = 'error' AND ${beforeError} IN (${met}))`,
          MET_OUTCOMES,
        ),
    );
}

/** Rows of a history table to notify, and how far they take the watermark. */
export interface HistoryBatch<Row> {
  rows: Row[];
  /** The watermark once these rows are processed. */
  next: number;
}

/**
 * The rows of `table` (as `h`) after the watermark of `stream` that
 * `filter` keeps, at most `limit` of them in id order. On the first run
 * (no watermark) only rows of the last `lookbackHours` count.
 */
export async function readHistory<Row extends { id: number }>(options: {
  db: Knex;
  sentLog: SentLog;
  table: string;
  stream: string;
  columns: string[];
  filter: (query: Knex.QueryBuilder) => Knex.QueryBuilder;
  now: Date;
  lookbackHours: number;
  limit: number;
}): Promise<HistoryBatch<Row>> {
  const { db, table, limit } = options;
  const watermark = await options.sentLog.watermark(options.stream);
  const [{ maxId }] = await db(table).max({ maxId: 'id' });
  const last = Number(maxId ?? 0);
  if (last <= (watermark ?? -1)) return { rows: [], next: last };

  // Only up to the last id seen now, so that the watermark never skips
  // rows that this run did not look at.
  const query = db({ h: table })
    .select(options.columns.map(c => `h.${c}`))
    .where('h.id', '<=', last)
    .orderBy('h.id')
    .limit(limit);
  if (watermark === undefined) {
    const since = options.now.getTime() - options.lookbackHours * 3_600_000;
    query.where('h.at', '>=', new Date(since).toISOString());
  } else {
    query.where('h.id', '>', watermark);
  }
  const rows: Row[] = (await options.filter(query)).map((row: Row) => ({
    ...row,
    id: Number(row.id),
  }));
  return {
    rows,
    next: rows.length === limit ? rows[rows.length - 1].id : last,
  };
}

/** History rows read per kind and run at most; the rest wait for the next run. */
export const HISTORY_LIMIT = 1000;

/**
 * Moves the watermark past a processed batch; when some notifications
 * failed to go out, only up to the first of them, so that the next run
 * tries them again (those sent keep their keys and are not sent twice).
 */
export async function finishHistory(options: {
  sentLog: SentLog;
  stream: string;
  next: number;
  failed: ReadonlyArray<{ historyId?: number }>;
  now: Date;
}): Promise<void> {
  const retry = options.failed.flatMap(f =>
    f.historyId === undefined ? [] : [f.historyId],
  );
  const to = retry.length > 0 ? Math.min(...retry) - 1 : options.next;
  await options.sentLog.advance(options.stream, to, options.now);
}

/**
 * Moves the watermark of `stream` to the last row of `table`, for a kind
 * switched off: switched on again, it tells only what happens from then on.
 */
export async function skipHistory(options: {
  db: Knex;
  sentLog: SentLog;
  table: string;
  stream: string;
  now: Date;
}): Promise<void> {
  const [{ maxId }] = await options.db(options.table).max({ maxId: 'id' });
  await options.sentLog.advance(
    options.stream,
    Number(maxId ?? 0),
    options.now,
  );
}
