import type { Knex } from 'knex';
import { chunk, rowsPerInsert } from '../store/batching';

/** Keys of the notifications sent (see migrations/20261211120000_notifications.js). */
export const SENT = 'maturity_notifications_sent';
/** How far each history table has been read. */
export const WATERMARKS = 'maturity_notification_watermarks';

/** A notification to claim: its dedup key and what it is about. */
export interface SentEntry {
  key: string;
  kind: string;
  entityRef?: string;
  owner: string;
}

/**
 * The record of what was sent, shared by every replica through the
 * database: a notification goes out only from the replica whose insert of
 * its key succeeded.
 */
export class SentLog {
  constructor(private readonly db: Knex) {}

  /**
   * Inserts the keys not taken yet and returns those this call inserted.
   * One statement per batch (`ON CONFLICT DO NOTHING ... RETURNING key`): a
   * key that another replica inserted first is left out, on SQLite and
   * PostgreSQL alike.
   */
  async claim(entries: readonly SentEntry[], at: Date): Promise<Set<string>> {
    const claimed = new Set<string>();
    const createdAt = at.toISOString();
    const rows = entries.map(entry => ({
      key: entry.key,
      kind: entry.kind,
      entity_ref: entry.entityRef ?? null,
      owner: entry.owner,
      created_at: createdAt,
    }));
    for (const batch of chunk(rows, rowsPerInsert(5))) {
      const inserted: Array<{ key: string }> = await this.db(SENT)
        .insert(batch)
        .onConflict('key')
        .ignore()
        .returning('key');
      for (const row of inserted) claimed.add(row.key);
    }
    return claimed;
  }

  /** Gives a key up again (its sending failed), so that a later run retries. */
  async release(key: string): Promise<void> {
    await this.db(SENT).where({ key }).delete();
  }

  /** The keys of `keys` already sent. */
  async sentAmong(keys: readonly string[]): Promise<Set<string>> {
    const sent = new Set<string>();
    for (const batch of chunk(keys, 500)) {
      const rows: Array<{ key: string }> = await this.db(SENT)
        .select('key')
        .whereIn('key', batch);
      for (const row of rows) sent.add(row.key);
    }
    return sent;
  }

  /** The last history id processed for `stream`, or undefined before the first run. */
  async watermark(stream: string): Promise<number | undefined> {
    const row = await this.db(WATERMARKS).where({ stream }).first('last_id');
    return row ? Number(row.last_id) : undefined;
  }

  /** Moves the watermark of `stream` forward to `lastId`; it never goes back. */
  async advance(stream: string, lastId: number, at: Date): Promise<void> {
    await this.db(WATERMARKS)
      .insert({ stream, last_id: lastId, updated_at: at.toISOString() })
      .onConflict('stream')
      .merge({
        last_id: this.db.raw(
          `CASE WHEN ${WATERMARKS}.last_id > excluded.last_id THEN ${WATERMARKS}.last_id ELSE excluded.last_id END`,
        ),
        updated_at: this.db.raw('excluded.updated_at'),
      });
  }

  /**
   * Forgets keys older than `before`: those of history rows are never met
   * again, and reminders and digests only look ahead a year at most.
   */
  async prune(before: Date): Promise<number> {
    return this.db(SENT)
      .where('created_at', '<', before.toISOString())
      .delete();
  }
}
