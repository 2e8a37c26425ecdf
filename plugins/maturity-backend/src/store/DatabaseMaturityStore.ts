import { randomUUID } from 'node:crypto';
import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { waiverExpiry } from '@backstage-maturity/plugin-maturity-node';
import type {
  CheckTransition,
  PhaseChange,
} from '@backstage-maturity/plugin-maturity-common';
import type { Knex } from 'knex';
import {
  applyEntityFilter,
  applyEntitySort,
  jsonArrayElementsSql,
  STANDING_SQL,
} from './entityQuery';
import type { MaturityStore } from './MaturityStore';
import type { RunResult, RunShard } from './CycleStore';
import { LOOKED_FOR, LookedForLists } from './lookedForLists';
import { planSave } from './planSave';
import { EntityReadCache, type EntityRead } from './EntityReadCache';
import { ReadCache } from './ReadCache';
import { readStoredStates } from './readStoredStates';
import {
  CheckResultRow,
  EntityRow,
  RunRow,
  RunStatus,
  conclusiveOutcomeOf,
  toConclusiveResult,
  toEntitySummary,
  toProgressDetail,
  toEvaluationRun,
  toStoredCheckResult,
  toStoredWaiver,
  WaiverRow,
} from './rowMapping';
import type {
  EntityFilter,
  EntityListQuery,
  EntitySummary,
  EvaluationRecord,
  EvaluationRun,
  PriorState,
  PriorStateOptions,
  SaveStats,
  StoredEntity,
  StoredWaiver,
} from './types';
import {
  CHECK_HISTORY,
  CHECKS,
  ENTITIES,
  PHASE_HISTORY,
  RUNS,
  SNAPSHOTS,
  WAIVERS,
} from './tables';
import { whereEntityRefIn } from './whereEntityRefIn';
import { writeSavePlan } from './writeSavePlan';

const MIGRATIONS_DIR = resolvePackagePath(
  '@backstage-maturity/plugin-maturity-backend',
  'migrations',
);

/** `count(*)` is a string (bigint) on PostgreSQL. */
function toCount(value: unknown): number {
  return Number(value ?? 0);
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * {@link MaturityStore} on the plugin's database (SQLite or PostgreSQL).
 */
export class DatabaseMaturityStore implements MaturityStore {
  static async create(options: {
    database: DatabaseService;
  }): Promise<DatabaseMaturityStore> {
    const { database } = options;
    const client = await database.getClient();
    if (!database.migrations?.skip) {
      await client.migrate.latest({ directory: MIGRATIONS_DIR });
    }
    return new DatabaseMaturityStore(client);
  }

  /**
   * Aggregates and list pages, read again after this store writes. Other
   * replicas' writes show after a minute at most (they share the database,
   * not this process).
   */
  readonly #reads = new ReadCache({ ttlMs: 60_000, maxEntries: 200 });
  /** Entity refs in list order (see `#entityOrder`), larger: kept fewer. */
  readonly #orders = new ReadCache({ ttlMs: 60_000, maxEntries: 20 });

  /**
   * Texts made from one entity's evaluation (scorecards as sent), kept
   * until this store writes the entity, or a minute (other replicas).
   * About 32 MB at most: a thousand scorecards or more.
   */
  readonly #entityTexts = new EntityReadCache({
    ttlMs: 60_000,
    maxChars: 32 * 1024 * 1024,
  });

  /** What failing checks looked for, by id: few lists, read once. */
  readonly #lookedFor = new LookedForLists();

  private constructor(private readonly db: Knex) {}

  /**
   * Called after every write to the entity rows, which cached reads read,
   * with the entities written when known.
   */
  #changed(entityRefs?: string[]): void {
    this.#reads.clear();
    this.#orders.clear();
    if (entityRefs) this.#entityTexts.forget(entityRefs);
    else this.#entityTexts.clear();
  }

  // ---- evaluation cycle -------------------------------------------------

  async startRun(at: Date, shard?: RunShard): Promise<number> {
    const [row] = await this.db(RUNS)
      .insert({
        started_at: at.toISOString(),
        status: 'running' satisfies RunStatus,
        heartbeat_at: at.toISOString(),
        shard: shard?.shard ?? null,
        shard_count: shard?.shards ?? null,
      })
      .returning('id');
    return Number(typeof row === 'object' ? row.id : row);
  }

  async finishRun(runId: number, result: RunResult): Promise<void> {
    // A run judged dead too early (a pause longer than the bound) that
    // finishes after all is finished.
    await this.db(RUNS)
      .where({ id: runId })
      .update({
        status: 'finished' satisfies RunStatus,
        finished_at: result.at.toISOString(),
        heartbeat_at: result.at.toISOString(),
        entities: result.entities,
        errors: result.errors,
        unreadable: result.unreadable,
      });
  }

  async recordRunProgress(
    runId: number,
    progress: { at: Date; errors: number; unreadable: number },
  ): Promise<boolean> {
    const updated = await this.db(RUNS)
      .where({ id: runId, status: 'running' satisfies RunStatus })
      .update({
        heartbeat_at: progress.at.toISOString(),
        errors: progress.errors,
        unreadable: progress.unreadable,
      });
    return updated > 0;
  }

  async interruptRun(
    runId: number,
    progress: { at: Date; errors: number; unreadable: number },
  ): Promise<void> {
    // `entities` stays: what the saves counted.
    await this.db(RUNS)
      .where({ id: runId, status: 'running' satisfies RunStatus })
      .update({
        status: 'interrupted' satisfies RunStatus,
        heartbeat_at: progress.at.toISOString(),
        errors: progress.errors,
        unreadable: progress.unreadable,
      });
  }

  async markDeadRunsInterrupted(deadBefore: Date): Promise<number[]> {
    const dead = (q: Knex.QueryBuilder) =>
      q
        .where('status', 'running' satisfies RunStatus)
        .where(w =>
          w
            .where('heartbeat_at', '<', deadBefore.toISOString())
            .orWhere(n =>
              n
                .whereNull('heartbeat_at')
                .where('started_at', '<', deadBefore.toISOString()),
            ),
        );
    const rows: Array<{ id: number }> = await dead(this.db(RUNS).select('id'));
    if (rows.length === 0) {
      return [];
    }
    const ids = rows.map(r => Number(r.id));
    // The same condition again: a heartbeat since the read keeps it running.
    await dead(this.db(RUNS).whereIn('id', ids)).update({
      status: 'interrupted' satisfies RunStatus,
    });
    const interrupted: Array<{ id: number }> = await this.db(RUNS)
      .select('id')
      .whereIn('id', ids)
      .where('status', 'interrupted' satisfies RunStatus);
    return interrupted.map(r => Number(r.id)).sort((a, b) => a - b);
  }

  async recordHeartbeat(runId: number, at: Date): Promise<void> {
    await this.db(RUNS)
      .where({ id: runId })
      .whereNot('status', 'interrupted' satisfies RunStatus)
      .update({ heartbeat_at: at.toISOString() });
  }

  async hasLiveRun(shard: RunShard, aliveSince: Date): Promise<boolean> {
    const row = await this.db(RUNS)
      .select('id')
      .where({ shard: shard.shard, shard_count: shard.shards })
      .whereNot('status', 'interrupted' satisfies RunStatus)
      .where('heartbeat_at', '>=', aliveSince.toISOString())
      .first();
    return row !== undefined;
  }

  async listRuns(limit: number): Promise<EvaluationRun[]> {
    const rows = await this.db<RunRow>(RUNS).orderBy('id', 'desc').limit(limit);
    return rows.map(toEvaluationRun);
  }

  async getPriorStates(
    entityRefs: string[],
    options: PriorStateOptions = {},
  ): Promise<Map<string, PriorState>> {
    const states = new Map<string, PriorState>();
    const refs = [...new Set(entityRefs)];
    if (refs.length === 0) {
      return states;
    }
    const entities: EntityRow[] = await whereEntityRefIn(
      this.db(ENTITIES).select(
        'entity_ref',
        'phase',
        'repository_location',
        'repository_etag',
        'inputs_digest',
      ),
      refs,
    );
    for (const row of entities) {
      const state: PriorState = {
        entityRef: row.entity_ref,
        phase: row.phase,
        conclusive: {},
        results: {},
      };
      if (row.repository_location !== null || row.repository_etag !== null) {
        state.repository = {
          location: row.repository_location ?? undefined,
          etag: row.repository_etag ?? undefined,
        };
      }
      if (row.inputs_digest !== null) {
        state.inputsDigest = row.inputs_digest;
      }
      states.set(row.entity_ref, state);
    }
    // Results are stored with their entity's row: new entities have none.
    if (states.size === 0) {
      return states;
    }
    const withResults = new Set(
      options.resultsFor
        ? [...states.values()].filter(options.resultsFor).map(s => s.entityRef)
        : states.keys(),
    );
    // Each check row is read once: in full where the results may be reused
    // (their conclusive outcomes come with them), else the outcomes alone.
    const withOutcomesOnly = [...states.keys()].filter(
      ref => !withResults.has(ref),
    );
    const outcomes: Array<
      Pick<
        CheckResultRow,
        'entity_ref' | 'check_id' | 'outcome' | 'conclusive_outcome'
      >
    > =
      withOutcomesOnly.length > 0
        ? await whereEntityRefIn(
            this.db(CHECKS).select(
              'entity_ref',
              'check_id',
              'outcome',
              'conclusive_outcome',
            ),
            withOutcomesOnly,
          )
        : [];
    for (const row of outcomes) {
      const outcome = conclusiveOutcomeOf(row);
      const state = states.get(row.entity_ref);
      if (state && outcome !== null) state.conclusive[row.check_id] = outcome;
    }
    if (withResults.size === 0) {
      return states;
    }
    const checks: CheckResultRow[] = await whereEntityRefIn(
      this.db(CHECKS).select(
        'entity_ref',
        'check_id',
        'outcome',
        'evidence',
        'looked_for',
        'looked_for_id',
        'reason',
        'waiver',
        'conclusive_outcome',
        'conclusive_evidence',
      ),
      [...withResults],
    );
    const lookedForOf = await this.#lookedFor.reader(this.db, checks);
    for (const row of checks) {
      const state = states.get(row.entity_ref);
      const result = toConclusiveResult(row, lookedForOf);
      if (state && result) {
        state.conclusive[row.check_id] = result.outcome;
        state.results[row.check_id] = result;
      }
    }
    return states;
  }

  /**
   * One transaction: a read of what is stored, the comparison in memory
   * (`planSave`), then a statement per table (see `writeSavePlan`).
   */
  async saveEvaluations(
    records: EvaluationRecord[],
    options: { runId: number; at: Date },
  ): Promise<SaveStats> {
    const at = options.at.toISOString();
    const runId = options.runId;
    // The last evaluation of an entity wins if one is given twice.
    const byRef = new Map(records.map(r => [r.facts.entityRef, r]));
    const refs = [...byRef.keys()];
    if (refs.length === 0) {
      return { checkRowsWritten: 0, historyRowsWritten: 0, phaseChanges: 0 };
    }

    const stats = await this.db.transaction(async tx => {
      const stored = await readStoredStates(tx, refs);
      const plan = planSave([...byRef.values()], ref => stored.get(ref), {
        runId,
        at,
      });
      const written = await writeSavePlan(tx, plan, { runId, at });
      // What the run saved, counted with the save: a run that dies after
      // this commit says so exactly.
      await tx(RUNS).where({ id: runId }).increment('entities', refs.length);
      return written;
    });
    this.#changed(refs);
    return stats;
  }

  async deleteEntitiesNotSeenIn(
    runId: number,
    options: { inShard?: (entityRef: string) => boolean } = {},
  ): Promise<number> {
    // A run that started later (a re-evaluation on request while this cycle
    // ran) saw the entity in the catalog after this cycle began: it stays.
    const notSeen = (q: Knex.QueryBuilder) =>
      q.whereNull('last_seen_run').orWhere('last_seen_run', '<', runId);
    const { inShard } = options;
    if (inShard) {
      return this.#deleteShardEntitiesNotSeen(notSeen, inShard);
    }
    // Usually every entity was seen: one read instead of a transaction.
    const [{ unseenCount }] = await this.db(ENTITIES)
      .where(notSeen)
      .count({ unseenCount: '*' });
    if (toCount(unseenCount) === 0) {
      return 0;
    }
    const deleted = await this.db.transaction(async tx => {
      const unseen = tx(ENTITIES).select('entity_ref').where(notSeen);
      for (const table of [CHECKS, CHECK_HISTORY, PHASE_HISTORY]) {
        await tx(table).whereIn('entity_ref', unseen.clone()).delete();
      }
      const count: number = await tx(ENTITIES).where(notSeen).delete();
      return count;
    });
    this.#changed();
    return deleted;
  }

  /**
   * The entities of one shard that its run did not see: the unseen refs
   * are read (usually none) and those of the shard deleted, each statement
   * still requiring them unseen, so that an entity that a later run saw in
   * between stays.
   */
  async #deleteShardEntitiesNotSeen(
    notSeen: (q: Knex.QueryBuilder) => Knex.QueryBuilder,
    inShard: (entityRef: string) => boolean,
  ): Promise<number> {
    const rows: Array<{ entity_ref: string }> = await this.db(ENTITIES)
      .select('entity_ref')
      .where(notSeen);
    const refs = rows.map(r => r.entity_ref).filter(inShard);
    if (refs.length === 0) {
      return 0;
    }
    const deleted = await this.db.transaction(async tx => {
      const unseen = whereEntityRefIn(
        tx(ENTITIES).select('entity_ref').where(notSeen),
        refs,
      );
      for (const table of [CHECKS, CHECK_HISTORY, PHASE_HISTORY]) {
        await tx(table).whereIn('entity_ref', unseen.clone()).delete();
      }
      const count: number = await whereEntityRefIn(
        tx(ENTITIES).where(notSeen),
        refs,
      ).delete();
      return count;
    });
    this.#changed(refs);
    return deleted;
  }

  async deleteEntities(entityRefs: string[]): Promise<number> {
    const refs = [...new Set(entityRefs)];
    if (refs.length === 0) {
      return 0;
    }
    const deleted = await this.db.transaction(async tx => {
      for (const table of [CHECKS, CHECK_HISTORY, PHASE_HISTORY]) {
        await whereEntityRefIn(tx(table), refs).delete();
      }
      const count: number = await whereEntityRefIn(tx(ENTITIES), refs).delete();
      return count;
    });
    this.#changed(refs);
    return deleted;
  }

  async recordDailySnapshot(day: string): Promise<void> {
    await this.db.transaction(async tx => {
      await tx(SNAPSHOTS).where({ day }).delete();
      // Counted in SQL: the rows are copied, never read into memory.
      await tx
        .into(tx.raw('?? (day, owner, phase, count)', [SNAPSHOTS]))
        .insert(
          tx(ENTITIES)
            .select(
              tx.raw('CAST(? AS text)', [day]),
              tx.raw("coalesce(owner, '')"),
              tx.raw(`coalesce(${STANDING_SQL}, '')`),
              tx.raw('count(*)'),
            )
            .groupByRaw(`coalesce(owner, ''), coalesce(${STANDING_SQL}, '')`),
        );
    });
  }

  async pruneHistory(before: Date): Promise<number> {
    const at = before.toISOString();
    return this.db.transaction(async tx => {
      let deleted = 0;
      deleted += await tx(CHECK_HISTORY).where('at', '<', at).delete();
      deleted += await tx(PHASE_HISTORY).where('at', '<', at).delete();
      deleted += await tx(SNAPSHOTS).where('day', '<', isoDay(before)).delete();
      deleted += await tx(RUNS).where('started_at', '<', at).delete();
      return deleted;
    });
  }

  async deleteUnusedLookedFor(unusedSince: Date): Promise<number> {
    // A save sets `used_at` in the transaction that writes the rows
    // referring to a list: one under way when this runs keeps its list,
    // provided that it started after `unusedSince`.
    return this.db(LOOKED_FOR)
      .where('used_at', '<', unusedSince.toISOString())
      .whereNotIn(
        'id',
        this.db(CHECKS).distinct('looked_for_id').whereNotNull('looked_for_id'),
      )
      .delete();
  }

  // ---- reads for the API ------------------------------------------------

  cachedEntityText(
    entityRef: string,
    variant: string,
    read: () => Promise<EntityRead>,
  ): Promise<string> {
    return this.#entityTexts.get(entityRef, variant, read);
  }

  async getEntity(entityRef: string): Promise<StoredEntity | undefined> {
    const row = await this.db<EntityRow>(ENTITIES)
      .where({ entity_ref: entityRef })
      .first();
    if (!row) {
      return undefined;
    }
    const checks = await this.db<CheckResultRow>(CHECKS)
      .where({ entity_ref: entityRef })
      .orderBy('check_id');
    const lookedForOf = await this.#lookedFor.reader(this.db, checks);
    return {
      summary: toEntitySummary(row),
      progress: toProgressDetail(row),
      checks: checks.map(check => toStoredCheckResult(check, lookedForOf)),
    };
  }

  async listEntities(
    query: EntityListQuery,
  ): Promise<{ items: EntitySummary[]; totalCount: number }> {
    return this.#reads.get(['list', query], async () => {
      const order = await this.#entityOrder(query);
      const refs = order.slice(query.offset, query.offset + query.limit);
      const rows: EntityRow[] =
        refs.length > 0
          ? await whereEntityRefIn(this.db<EntityRow>(ENTITIES), refs)
          : [];
      const position = new Map(refs.map((ref, i) => [ref, i]));
      rows.sort(
        (a, b) => position.get(a.entity_ref)! - position.get(b.entity_ref)!,
      );
      return { items: rows.map(toEntitySummary), totalCount: order.length };
    });
  }

  /**
   * The refs of a filter's entities in list order: sorted once, then every
   * page of the list is a lookup of its refs (an offset deep into a sorted
   * list would sort and skip all the rows before it on every request).
   */
  #entityOrder(
    query: Pick<EntityListQuery, 'filter' | 'sort' | 'order'>,
  ): Promise<string[]> {
    const { filter, sort, order } = query;
    return this.#orders.get([filter, sort, order], async () => {
      const rows: Array<{ entity_ref: string }> = await applyEntitySort(
        applyEntityFilter(this.db(ENTITIES), filter).select('entity_ref'),
        sort,
        order,
      );
      return rows.map(row => row.entity_ref);
    });
  }

  async getPhaseDistribution(
    filter: EntityFilter,
  ): Promise<Array<{ phase: string | null; count: number }>> {
    return this.#reads.get(['phases', filter], async () => {
      const rows: Array<{ phase: string | null; count: string | number }> =
        await applyEntityFilter(this.db(ENTITIES), filter)
          .select({ phase: this.db.raw(STANDING_SQL) })
          .count({ count: '*' })
          .groupByRaw(STANDING_SQL)
          // Ladder order: not started first, then unknown.
          .orderByRaw(`min(phase_rank), coalesce(${STANDING_SQL}, '')`);
      return rows.map(r => ({ phase: r.phase, count: toCount(r.count) }));
    });
  }

  async getOwnerDistribution(
    filter: EntityFilter,
  ): Promise<Array<{ owner: string; phase: string | null; count: number }>> {
    return this.#reads.get(['owners', filter], async () => {
      const rows: Array<{
        owner: string;
        phase: string | null;
        count: string | number;
      }> = await applyEntityFilter(this.db(ENTITIES), filter)
        .select({
          owner: this.db.raw("coalesce(owner, '')"),
          phase: this.db.raw(STANDING_SQL),
        })
        .count({ count: '*' })
        .groupByRaw(`coalesce(owner, ''), ${STANDING_SQL}`)
        .orderByRaw(
          `coalesce(owner, ''), min(phase_rank), coalesce(${STANDING_SQL}, '')`,
        );
      return rows.map(r => ({
        owner: r.owner,
        phase: r.phase,
        count: toCount(r.count),
      }));
    });
  }

  async getBlockers(
    filter: EntityFilter,
    page: { limit: number; offset?: number },
  ): Promise<{
    items: Array<{ checkId: string; count: number }>;
    totalCount: number;
  }> {
    return this.#reads.get(['blockers', filter, page], async () => {
      // Each entity row carries the checks that block its next phase, so
      // the count reads the entities alone instead of joining every result.
      const blockers = this.db.raw(jsonArrayElementsSql(this.db, 'b'), [
        'e.blocking',
      ]);
      const perCheck = applyEntityFilter(
        this.db({ e: ENTITIES }).crossJoin(blockers),
        filter,
        'e',
      )
        .select('b.value as checkId', this.db.raw('count(*) as count'))
        .groupBy('b.value');
      const [rows, [total]] = await Promise.all([
        perCheck
          .clone()
          .orderBy([
            { column: 'count', order: 'desc' },
            { column: 'checkId', order: 'asc' },
          ])
          .limit(page.limit)
          .offset(page.offset ?? 0) as Promise<
          Array<{ checkId: string; count: string | number }>
        >,
        this.db.from(perCheck.as('per_check')).count({ count: '*' }) as Promise<
          Array<{ count: string | number }>
        >,
      ]);
      return {
        items: rows.map(r => ({ checkId: r.checkId, count: toCount(r.count) })),
        totalCount: toCount(total.count),
      };
    });
  }

  async getTrend(options: {
    from: string;
    to: string;
    owners?: string[];
  }): Promise<Array<{ day: string; phase: string | null; count: number }>> {
    const query = this.db(SNAPSHOTS)
      .select('day', 'phase', this.db.raw('sum(count) as count'))
      .whereBetween('day', [options.from, options.to])
      .groupBy('day', 'phase')
      .orderBy(['day', 'phase']);
    if (options.owners && options.owners.length > 0) {
      whereEntityRefIn(query, options.owners, 'owner');
    }
    const rows: Array<{ day: string; phase: string; count: string | number }> =
      await query;
    return rows.map(r => ({
      day: r.day,
      // Stored as '' for not started, to be part of the primary key.
      phase: r.phase === '' ? null : r.phase,
      count: toCount(r.count),
    }));
  }

  async getPhaseTimeline(entityRef: string): Promise<PhaseChange[]> {
    const rows = await this.db(PHASE_HISTORY)
      .where({ entity_ref: entityRef })
      .orderBy([
        { column: 'at', order: 'asc' },
        { column: 'id', order: 'asc' },
      ]);
    return rows.map(r => ({ at: r.at, from: r.from_phase, to: r.to_phase }));
  }

  async getCheckHistory(
    entityRef: string,
    limit: number,
  ): Promise<CheckTransition[]> {
    const rows = await this.db(CHECK_HISTORY)
      .where({ entity_ref: entityRef })
      .orderBy([
        { column: 'at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(limit);
    return rows.map(r => ({
      at: r.at,
      checkId: r.check_id,
      from: r.from_outcome,
      to: r.to_outcome,
    }));
  }

  // ---- waivers ----------------------------------------------------------

  async listWaivers(entityRef: string): Promise<StoredWaiver[]> {
    const rows = await this.db<WaiverRow>(WAIVERS)
      .where({ entity_ref: entityRef })
      .orderBy([
        { column: 'created_at', order: 'desc' },
        { column: 'id', order: 'asc' },
      ]);
    return rows.map(toStoredWaiver);
  }

  async getActiveWaivers(
    entityRefs: string[],
    now: Date,
  ): Promise<Map<string, StoredWaiver[]>> {
    // Expiry times may carry offsets of up to 14 hours: the SQL only drops
    // what expired before yesterday, the exact check is `waiverExpiry`'s.
    const yesterday = isoDay(new Date(now.getTime() - 24 * 60 * 60 * 1000));
    const waivers = new Map<string, StoredWaiver[]>();
    const refs = [...new Set(entityRefs)];
    if (refs.length === 0) {
      return waivers;
    }
    const rows = await whereEntityRefIn(this.db<WaiverRow>(WAIVERS), refs)
      .whereNull('revoked_at')
      .where('expires_at', '>=', yesterday)
      .orderBy([
        { column: 'created_at', order: 'desc' },
        { column: 'id', order: 'asc' },
      ]);
    for (const row of rows) {
      const waiver = toStoredWaiver(row);
      if (waiverExpiry(waiver) > now.getTime()) {
        const ofEntity = waivers.get(row.entity_ref) ?? [];
        ofEntity.push(waiver);
        waivers.set(row.entity_ref, ofEntity);
      }
    }
    return waivers;
  }

  async getWaiver(id: string): Promise<StoredWaiver | undefined> {
    const row = await this.db<WaiverRow>(WAIVERS).where({ id }).first();
    return row ? toStoredWaiver(row) : undefined;
  }

  async createWaiver(
    waiver: Omit<StoredWaiver, 'id' | 'createdAt' | 'revokedAt' | 'revokedBy'>,
    _actor: string,
    at: Date,
  ): Promise<StoredWaiver> {
    const row: WaiverRow = {
      id: randomUUID(),
      entity_ref: waiver.entityRef,
      check_id: waiver.checkId,
      kind: waiver.kind,
      reason: waiver.reason,
      evidence_url: waiver.evidenceUrl ?? null,
      expires_at: waiver.expiresAt,
      created_by: waiver.createdBy ?? null,
      created_at: at.toISOString(),
      source: waiver.source ?? 'api',
      revoked_at: null,
      revoked_by: null,
      revoke_reason: null,
    };
    await this.db(WAIVERS).insert(row);
    this.#entityTexts.forget([row.entity_ref]);
    return toStoredWaiver(row);
  }

  async revokeWaiver(
    id: string,
    actor: string,
    reason: string,
    at: Date,
  ): Promise<StoredWaiver | undefined> {
    const waiver = await this.db.transaction(async tx => {
      const row = await tx<WaiverRow>(WAIVERS).where({ id }).first();
      if (!row || row.revoked_at !== null) {
        // Unknown, or already revoked: nothing changes.
        return row ? toStoredWaiver(row) : undefined;
      }
      const revoked: WaiverRow = {
        ...row,
        revoked_at: at.toISOString(),
        revoked_by: actor,
        revoke_reason: reason,
      };
      await tx(WAIVERS).where({ id }).update({
        revoked_at: revoked.revoked_at,
        revoked_by: revoked.revoked_by,
        revoke_reason: revoked.revoke_reason,
      });
      return toStoredWaiver(revoked);
    });
    if (waiver) this.#entityTexts.forget([waiver.entityRef]);
    return waiver;
  }
}
