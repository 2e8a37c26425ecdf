import type { Knex } from 'knex';
import { ENTITIES } from './tables';
import { whereEntityRefIn } from './whereEntityRefIn';

/**
 * What re-evaluating on events needs to read: which entities a pushed
 * repository holds, and when entities were last evaluated.
 */
export class DatabaseEventLookups {
  constructor(private readonly db: Knex) {}

  /**
   * Entities whose repository is the one at `url` (an entity's location
   * may be the repository or a folder or branch within it), compared
   * without case.
   */
  async entityRefsOfRepository(url: string): Promise<string[]> {
    const base = url.toLocaleLowerCase('en-US').replace(/\/+$/, '');
    const pattern = `${base.replace(/[\\%_]/g, c => `\\${c}`)}/%`;
    const rows: Array<{ entity_ref: string }> = await this.db(ENTITIES)
      .select('entity_ref')
      .where(q =>
        q
          .whereRaw('lower(repository_location) = ?', [base])
          .orWhereRaw(`lower(repository_location) LIKE ? ESCAPE '\\'`, [
            pattern,
          ]),
      )
      .orderBy('entity_ref');
    return rows.map(row => row.entity_ref);
  }

  /** When each of the entities was last evaluated, by ref. */
  async evaluatedAt(entityRefs: string[]): Promise<Map<string, string>> {
    if (entityRefs.length === 0) return new Map();
    const rows: Array<{ entity_ref: string; evaluated_at: string }> =
      await whereEntityRefIn(
        this.db(ENTITIES).select('entity_ref', 'evaluated_at'),
        entityRefs,
      );
    return new Map(rows.map(row => [row.entity_ref, row.evaluated_at]));
  }
}
