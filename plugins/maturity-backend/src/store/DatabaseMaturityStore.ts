import { randomUUID } from 'node:crypto';
import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { waiverExpiry } from '@backstage-maturity/plugin-maturity-common';
import type { Knex } from 'knex';
import { chunk, chunkRows, READ_CHUNK_SIZE } from './batching';
import { applyEntityFilter, applyEntitySort } from './entityQuery';
import type { MaturityStore } from './MaturityStore';
import { planSave, StoredState, SUMMARY_COLUMNS } from './planSave';
import {
  AuditRow,
  CheckResultRow,
  EntityRow,
  RunRow,
  toAuditRecord,
  toConclusiveResult,
  toEntitySummary,
  toEvaluationRun,
  toStoredCheckResult,
  toStoredWaiver,
  WaiverRow,
} from './rowMapping';
import type {
  AuditRecord,
  EntityFilter,
  EntityListQuery,
  EntitySummary,
  EvaluationRecord,
  EvaluationRun,
  PriorState,
  SaveStats,
  StoredCheckResult,
  StoredWaiver,
} from './types';
import { whereEntityRefIn } from './whereEntityRefIn';

const MIGRATIONS_DIR = resolvePackagePath(
  '@backstage-maturity/plugin-maturity-backend',
  'migrations',
);

const ENTITIES = 'maturity_entities';
const CHECKS = 'maturity_check_results';
const CHECK_HISTORY = 'maturity_check_history';
const PHASE_HISTORY = 'maturity_phase_history';
const SNAPSHOTS = 'maturity_daily_snapshots';
const RUNS = 'maturity_runs';
const WAIVERS = 'maturity_waivers';
const AUDIT = 'maturity_audit';

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

  private constructor(private readonly db: Knex) {}

  // ---- evaluation cycle -------------------------------------------------

  async startRun(at: Date): Promise<number> {
    const [row] = await this.db(RUNS)
      .insert({ started_at: at.toISOString() })
      .returning('id');
    return Number(typeof row === 'object' ? row.id : row);
  }

  async finishRun(
    runId: number,
    result: { at: Date; entities: number; errors: number; unreadable: number },
  ): Promise<void> {
    await this.db(RUNS).where({ id: runId }).update({
      finished_at: result.at.toISOString(),
      entities: result.entities,
      errors: result.errors,
      unreadable: result.unreadable,
    });
  }

  async listRuns(limit: number): Promise<EvaluationRun[]> {
    const rows = await this.db<RunRow>(RUNS).orderBy('id', 'desc').limit(limit);
    return rows.map(toEvaluationRun);
  }

  async getPriorStates(entityRefs: string[]): Promise<Map<string, PriorState>> {
    const states = new Map<string, PriorState>();
    for (const refs of chunk([...new Set(entityRefs)], READ_CHUNK_SIZE)) {
      const entities = await this.db<EntityRow>(ENTITIES)
        .select(
          'entity_ref',
          'phase',
          'repository_location',
          'repository_etag',
          'inputs_digest',
        )
        .whereIn('entity_ref', refs);
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
      const checks = await this.db<CheckResultRow>(CHECKS)
        .select(
          'entity_ref',
          'check_id',
          'outcome',
          'evidence',
          'looked_for',
          'reason',
          'waiver',
          'conclusive_outcome',
          'conclusive_evidence',
        )
        .whereIn('entity_ref', refs);
      for (const row of checks) {
        const state = states.get(row.entity_ref);
        const result = toConclusiveResult(row);
        if (state && result) {
          state.conclusive[row.check_id] = result.outcome;
          state.results[row.check_id] = result;
        }
      }
    }
    return states;
  }

  /**
   * One transaction: a few batched reads of what is stored, the comparison
   * in memory (`planSave`), then multi-row writes. `checkRowsWritten` also
   * counts deleted results of checks no longer evaluated;
   * `historyRowsWritten` counts check and phase history rows.
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

    return this.db.transaction(async tx => {
      // What is stored of these entities, read in a few batched queries.
      const stored = new Map<string, StoredState>();
      const storedOf = (ref: string) => {
        let state = stored.get(ref);
        if (!state) {
          state = { checks: new Map() };
          stored.set(ref, state);
        }
        return state;
      };
      for (const part of chunk(refs, READ_CHUNK_SIZE)) {
        const summaries = await tx<EntityRow>(ENTITIES)
          .select('entity_ref', 'phase_since', ...SUMMARY_COLUMNS)
          .whereIn('entity_ref', part);
        for (const row of summaries) {
          storedOf(row.entity_ref).summary = row;
        }
        const checks = await tx<CheckResultRow>(CHECKS)
          .select('entity_ref', 'check_id', 'outcome', 'fingerprint')
          .whereIn('entity_ref', part);
        for (const row of checks) {
          storedOf(row.entity_ref).checks.set(row.check_id, row);
        }
      }

      const {
        summaryRows,
        untouched,
        checkRows,
        removedChecks,
        checkHistory,
        firstSeen,
        firstOutcomes,
        phaseHistory,
      } = planSave(byRef.values(), ref => stored.get(ref), { runId, at });

      // Write in batches.
      for (const rows of chunkRows(summaryRows)) {
        await tx(ENTITIES)
          .insert(rows)
          .onConflict(['entity_ref'])
          .merge(
            Object.keys(rows[0]).filter(column => column !== 'entity_ref'),
          );
      }
      for (const part of chunk(untouched, READ_CHUNK_SIZE)) {
        await tx(ENTITIES)
          .whereIn('entity_ref', part)
          .update({ evaluated_at: at, last_seen_run: runId });
      }

      // An erring check keeps its last conclusive outcome and evidence, and
      // `changed_at` moves only when the outcome does.
      const merge = {
        outcome: tx.ref('excluded.outcome'),
        blocking: tx.ref('excluded.blocking'),
        evidence: tx.ref('excluded.evidence'),
        looked_for: tx.ref('excluded.looked_for'),
        reason: tx.ref('excluded.reason'),
        waiver: tx.ref('excluded.waiver'),
        fingerprint: tx.ref('excluded.fingerprint'),
        conclusive_outcome: tx.raw(
          `CASE WHEN excluded.outcome = 'error' THEN ${CHECKS}.conclusive_outcome ELSE excluded.conclusive_outcome END`,
        ),
        conclusive_evidence: tx.raw(
          `CASE WHEN excluded.outcome = 'error' THEN ${CHECKS}.conclusive_evidence ELSE excluded.conclusive_evidence END`,
        ),
        changed_at: tx.raw(
          `CASE WHEN excluded.outcome = ${CHECKS}.outcome THEN ${CHECKS}.changed_at ELSE excluded.changed_at END`,
        ),
      };
      for (const rows of chunkRows(checkRows)) {
        await tx(CHECKS)
          .insert(rows)
          .onConflict(['entity_ref', 'check_id'])
          .merge(merge);
      }
      for (const pairs of chunk(removedChecks, READ_CHUNK_SIZE / 2)) {
        await tx(CHECKS).whereIn(['entity_ref', 'check_id'], pairs).delete();
      }
      for (const rows of chunkRows(checkHistory)) {
        await tx(CHECK_HISTORY).insert(rows);
      }
      // The first outcomes of new entities are copied in SQL from the rows
      // just written, rather than bound again value by value: on a first
      // cycle that halves what is sent.
      for (const part of chunk(firstSeen, READ_CHUNK_SIZE)) {
        await tx
          .into(
            tx.raw('?? (entity_ref, check_id, from_outcome, to_outcome, at)', [
              CHECK_HISTORY,
            ]),
          )
          .insert(
            tx(CHECKS)
              .select(
                'entity_ref',
                'check_id',
                tx.raw('NULL'),
                'outcome',
                'changed_at',
              )
              .whereIn('entity_ref', part),
          );
      }
      for (const rows of chunkRows(phaseHistory)) {
        await tx(PHASE_HISTORY).insert(rows);
      }

      return {
        checkRowsWritten: checkRows.length + removedChecks.length,
        historyRowsWritten:
          checkHistory.length + firstOutcomes + phaseHistory.length,
        phaseChanges: phaseHistory.length,
      };
    });
  }

  async deleteEntitiesNotSeenIn(runId: number): Promise<number> {
    const notSeen = (q: Knex.QueryBuilder) =>
      q.whereNull('last_seen_run').orWhere('last_seen_run', '<>', runId);
    return this.db.transaction(async tx => {
      const unseen = tx(ENTITIES).select('entity_ref').where(notSeen);
      for (const table of [CHECKS, CHECK_HISTORY, PHASE_HISTORY]) {
        await tx(table).whereIn('entity_ref', unseen.clone()).delete();
      }
      const deleted: number = await tx(ENTITIES).where(notSeen).delete();
      return deleted;
    });
  }

  async deleteEntities(entityRefs: string[]): Promise<number> {
    return this.db.transaction(async tx => {
      let deleted = 0;
      for (const refs of chunk([...new Set(entityRefs)], READ_CHUNK_SIZE)) {
        for (const table of [CHECKS, CHECK_HISTORY, PHASE_HISTORY]) {
          await tx(table).whereIn('entity_ref', refs).delete();
        }
        deleted += await tx(ENTITIES).whereIn('entity_ref', refs).delete();
      }
      return deleted;
    });
  }

  async recordDailySnapshot(day: string): Promise<void> {
    await this.db.transaction(async tx => {
      await tx(SNAPSHOTS).where({ day }).delete();
      await tx.raw(
        `INSERT INTO ?? (day, owner, phase, count)
         SELECT CAST(? AS text), coalesce(owner, ''), coalesce(phase, ''), count(*)
         FROM ?? GROUP BY coalesce(owner, ''), coalesce(phase, '')`,
        [SNAPSHOTS, day, ENTITIES],
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
      deleted += await tx(AUDIT).where('at', '<', at).delete();
      return deleted;
    });
  }

  // ---- reads for the API ------------------------------------------------

  async getEntity(
    entityRef: string,
  ): Promise<
    { summary: EntitySummary; checks: StoredCheckResult[] } | undefined
  > {
    const row = await this.db<EntityRow>(ENTITIES)
      .where({ entity_ref: entityRef })
      .first();
    if (!row) {
      return undefined;
    }
    const checks = await this.db<CheckResultRow>(CHECKS)
      .where({ entity_ref: entityRef })
      .orderBy('check_id');
    return {
      summary: toEntitySummary(row),
      checks: checks.map(toStoredCheckResult),
    };
  }

  async listEntities(
    query: EntityListQuery,
  ): Promise<{ items: EntitySummary[]; totalCount: number }> {
    const filtered = () => applyEntityFilter(this.db(ENTITIES), query.filter);
    const [{ count }] = await filtered().count({ count: '*' });
    const rows: EntityRow[] = await applyEntitySort(
      filtered().select('*'),
      query.sort,
      query.order,
    )
      .limit(query.limit)
      .offset(query.offset);
    return { items: rows.map(toEntitySummary), totalCount: toCount(count) };
  }

  async getPhaseDistribution(
    filter: EntityFilter,
  ): Promise<Array<{ phase: string | null; count: number }>> {
    const rows: Array<{ phase: string | null; count: string | number }> =
      await applyEntityFilter(this.db(ENTITIES), filter)
        .select('phase')
        .count({ count: '*' })
        .groupBy('phase')
        // Ladder order: not started first.
        .orderByRaw('min(phase_rank), phase');
    return rows.map(r => ({ phase: r.phase, count: toCount(r.count) }));
  }

  async getOwnerDistribution(
    filter: EntityFilter,
  ): Promise<Array<{ owner: string; phase: string | null; count: number }>> {
    const rows: Array<{
      owner: string;
      phase: string | null;
      count: string | number;
    }> = await applyEntityFilter(this.db(ENTITIES), filter)
      .select({ owner: this.db.raw("coalesce(owner, '')") }, 'phase')
      .count({ count: '*' })
      .groupByRaw("coalesce(owner, ''), phase")
      .orderByRaw("coalesce(owner, ''), min(phase_rank), phase");
    return rows.map(r => ({
      owner: r.owner,
      phase: r.phase,
      count: toCount(r.count),
    }));
  }

  async getBlockers(
    filter: EntityFilter,
    limit: number,
  ): Promise<Array<{ checkId: string; count: number }>> {
    // Each entity row carries the checks that block its next phase, so the
    // count reads the entities alone instead of joining every check result.
    const isPostgres = this.db.client.config.client === 'pg';
    const blockers = isPostgres
      ? this.db.raw('jsonb_array_elements_text(e.blocking::jsonb) as b(value)')
      : this.db.raw('json_each(e.blocking) as b');
    const rows: Array<{ checkId: string; count: string | number }> =
      await applyEntityFilter(
        this.db({ e: ENTITIES }).crossJoin(blockers),
        filter,
        'e',
      )
        .select('b.value as checkId', this.db.raw('count(*) as count'))
        .groupBy('b.value')
        .orderBy([
          { column: 'count', order: 'desc' },
          { column: 'checkId', order: 'asc' },
        ])
        .limit(limit);
    return rows.map(r => ({ checkId: r.checkId, count: toCount(r.count) }));
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

  async getPhaseTimeline(
    entityRef: string,
  ): Promise<Array<{ at: string; from: string | null; to: string | null }>> {
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
  ): Promise<
    Array<{ at: string; checkId: string; from: string | null; to: string }>
  > {
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
    for (const refs of chunk([...new Set(entityRefs)], READ_CHUNK_SIZE)) {
      const rows = await this.db<WaiverRow>(WAIVERS)
        .whereIn('entity_ref', refs)
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
    }
    return waivers;
  }

  async getWaiver(id: string): Promise<StoredWaiver | undefined> {
    const row = await this.db<WaiverRow>(WAIVERS).where({ id }).first();
    return row ? toStoredWaiver(row) : undefined;
  }

  async createWaiver(
    waiver: Omit<StoredWaiver, 'id' | 'createdAt' | 'revokedAt' | 'revokedBy'>,
    actor: string,
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
    await this.db.transaction(async tx => {
      await tx(WAIVERS).insert(row);
      await tx(AUDIT).insert(
        auditRow({
          at: row.created_at,
          actor,
          action: 'waiver.created',
          entityRef: row.entity_ref,
          checkId: row.check_id,
          details: {
            waiverId: row.id,
            kind: row.kind,
            reason: row.reason,
            expiresAt: row.expires_at,
            ...(row.evidence_url ? { evidenceUrl: row.evidence_url } : {}),
          },
        }),
      );
    });
    return toStoredWaiver(row);
  }

  async revokeWaiver(
    id: string,
    actor: string,
    reason: string,
    at: Date,
  ): Promise<StoredWaiver | undefined> {
    return this.db.transaction(async tx => {
      const row = await tx<WaiverRow>(WAIVERS).where({ id }).first();
      if (!row || row.revoked_at !== null) {
        // Unknown, or already revoked: nothing changes, nothing to audit.
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
      await tx(AUDIT).insert(
        auditRow({
          at: revoked.revoked_at!,
          actor,
          action: 'waiver.revoked',
          entityRef: row.entity_ref,
          checkId: row.check_id,
          details: { waiverId: id, reason },
        }),
      );
      return toStoredWaiver(revoked);
    });
  }

  // ---- audit ------------------------------------------------------------

  async addAudit(record: Omit<AuditRecord, 'id'>): Promise<void> {
    await this.db(AUDIT).insert(auditRow(record));
  }

  async listAudit(options: {
    entityRef?: string;
    limit: number;
  }): Promise<AuditRecord[]> {
    const query = this.db<AuditRow>(AUDIT)
      .orderBy([
        { column: 'at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(options.limit);
    if (options.entityRef !== undefined) {
      query.where({ entity_ref: options.entityRef });
    }
    const rows = await query;
    return rows.map(toAuditRecord);
  }
}

function auditRow(record: Omit<AuditRecord, 'id'>): Omit<AuditRow, 'id'> {
  const time = Date.parse(record.at);
  return {
    // Normalized, so that audit records sort by time.
    at: Number.isNaN(time) ? record.at : new Date(time).toISOString(),
    actor: record.actor,
    action: record.action,
    entity_ref: record.entityRef ?? null,
    check_id: record.checkId ?? null,
    details: JSON.stringify(record.details ?? {}),
  };
}
