import { createHash } from 'node:crypto';
import type { RunShard } from '../store/CycleStore';

/** Id of the scheduled evaluation of the catalog (one shard, as ever). */
export const EVALUATION_TASK_ID = 'maturity-evaluate-catalog';

/** The whole catalog in one run. */
export const WHOLE_CATALOG: RunShard = { shard: 1, shards: 1 };

/**
 * The shard (1..shards) of an entity: a stable hash of its ref (lower
 * case, as stored), the same on every replica and in every cycle, so that
 * each entity is evaluated by exactly one shard's run.
 */
export function shardOf(entityRef: string, shards: number): number {
  if (shards <= 1) return 1;
  const hash = createHash('sha256')
    .update(entityRef.toLocaleLowerCase('en-US'))
    .digest();
  return (hash.readUInt32BE(0) % shards) + 1;
}

/** Whether an entity belongs to a shard. */
export function inShard(shard: RunShard): (entityRef: string) => boolean {
  return ref => shardOf(ref, shard.shards) === shard.shard;
}

/**
 * The scheduled task of each shard: one shard keeps the id that existing
 * deployments have in their database (and its schedule); more shards are
 * `maturity-evaluate-catalog-shard-<i>-of-<n>`, so that changing the count
 * starts afresh rather than reusing a lock of another split.
 */
export function shardTasks(
  shards: number,
): Array<{ taskId: string; shard: RunShard }> {
  if (shards <= 1) {
    return [{ taskId: EVALUATION_TASK_ID, shard: WHOLE_CATALOG }];
  }
  return Array.from({ length: shards }, (_, i) => ({
    taskId: `${EVALUATION_TASK_ID}-shard-${i + 1}-of-${shards}`,
    shard: { shard: i + 1, shards },
  }));
}
