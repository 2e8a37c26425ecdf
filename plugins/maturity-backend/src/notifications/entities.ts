import type { Knex } from 'knex';
import { parseJson } from '../store/parseJson';
import { ENTITIES } from '../store/tables';
import { whereEntityRefIn } from '../store/whereEntityRefIn';

/** What a notification says of an entity: who owns it, what blocks it. */
export interface EntityInfo {
  owner: string | null;
  /** Ids of the checks that keep it from its next phase. */
  blocking: string[];
}

/** The owner and blocking checks of each stored entity of `refs`, in one query. */
export async function readEntityInfo(
  db: Knex,
  refs: Iterable<string>,
): Promise<Map<string, EntityInfo>> {
  const unique = [...new Set(refs)];
  const info = new Map<string, EntityInfo>();
  if (unique.length === 0) return info;
  const rows: Array<{
    entity_ref: string;
    owner: string | null;
    blocking: string;
  }> = await whereEntityRefIn(
    db(ENTITIES).select('entity_ref', 'owner', 'blocking'),
    unique,
  );
  for (const row of rows) {
    info.set(row.entity_ref, {
      owner: row.owner,
      blocking: parseJson<string[]>(row.blocking, []),
    });
  }
  return info;
}
