import {
  NOT_STARTED_ID,
  type CheckOutcome,
} from '@backstage-maturity/plugin-maturity-common';
import type {
  CampaignDefinition,
  CampaignEntityStatus,
} from '@backstage-maturity/plugin-maturity-node';
import type { Knex } from 'knex';
import type {
  CampaignCounts,
  CampaignDayRow,
  CampaignEntityScope,
  CampaignStandingRow,
  CampaignStatusRow,
  CampaignStore,
  StoredCampaign,
} from './CampaignStore';
import { applyEntityFilter } from './entityQuery';
import { insertJsonRows } from './jsonRows';
import { parseJson } from './parseJson';
import {
  CAMPAIGN_DAYS,
  CAMPAIGN_ENTITIES,
  CAMPAIGNS,
  CHECKS,
  ENTITIES,
} from './tables';
import type { EntityFilter } from './types';
import { whereEntityRefIn } from './whereEntityRefIn';

interface CampaignRow {
  id: string;
  definition: string;
  created_by: string | null;
  created_at: string;
  updated_by: string | null;
  updated_at: string;
}

interface StatusRow {
  campaign_id: string;
  entity_ref: string;
  owner: string | null;
  status: string;
  met: number;
  total: number;
  remaining: string;
  computed_at: string;
}

const STATUS_COLUMNS = {
  campaign_id: 'text',
  entity_ref: 'text',
  owner: 'text',
  status: 'text',
  met: 'integer',
  total: 'integer',
  remaining: 'json',
  computed_at: 'text',
} as const;

/** Statuses in the order lists show them: what needs attention first. */
const STATUS_ORDER: CampaignEntityStatus[] = [
  'overdue',
  'at-risk',
  'on-track',
  'done',
];

function emptyCounts(): CampaignCounts {
  return { done: 0, 'on-track': 0, 'at-risk': 0, overdue: 0 };
}

function toStoredCampaign(row: CampaignRow): StoredCampaign {
  return {
    definition: JSON.parse(row.definition),
    createdBy: row.created_by ?? undefined,
    createdAt: row.created_at,
    updatedBy: row.updated_by ?? undefined,
    updatedAt: row.updated_at,
  };
}

function toStatusRow(row: StatusRow): CampaignStatusRow {
  return {
    entityRef: row.entity_ref,
    owner: row.owner ?? undefined,
    status: row.status as CampaignEntityStatus,
    met: Number(row.met),
    total: Number(row.total),
    remaining: parseJson<string[]>(row.remaining, []),
  };
}

/** Whether the stored row says the same as the computed one. */
function sameStatus(stored: StatusRow, row: CampaignStatusRow): boolean {
  return (
    stored.status === row.status &&
    (stored.owner ?? undefined) === row.owner &&
    Number(stored.met) === row.met &&
    Number(stored.total) === row.total &&
    stored.remaining === JSON.stringify(row.remaining)
  );
}

/** {@link CampaignStore} on the plugin's database (SQLite or PostgreSQL). */
export class DatabaseCampaignStore implements CampaignStore {
  constructor(private readonly db: Knex) {}

  // ---- campaigns created through the API ---------------------------------

  async listCampaigns(): Promise<StoredCampaign[]> {
    const rows: CampaignRow[] = await this.db(CAMPAIGNS).orderBy('id');
    return rows.map(toStoredCampaign);
  }

  async createCampaign(
    definition: CampaignDefinition,
    options: { actor?: string; at: Date },
  ): Promise<StoredCampaign | 'exists'> {
    const at = options.at.toISOString();
    const row: CampaignRow = {
      id: definition.id,
      definition: JSON.stringify(definition),
      created_by: options.actor ?? null,
      created_at: at,
      updated_by: options.actor ?? null,
      updated_at: at,
    };
    const inserted = await this.db(CAMPAIGNS)
      .insert(row)
      .onConflict('id')
      .ignore()
      .returning('id');
    return inserted.length === 0 ? 'exists' : toStoredCampaign(row);
  }

  async updateCampaign(
    definition: CampaignDefinition,
    options: { actor?: string; at: Date },
  ): Promise<StoredCampaign | undefined> {
    return this.db.transaction(async tx => {
      const updated = await tx(CAMPAIGNS)
        .where({ id: definition.id })
        .update({
          definition: JSON.stringify(definition),
          updated_by: options.actor ?? null,
          updated_at: options.at.toISOString(),
        });
      if (updated === 0) return undefined;
      const row: CampaignRow = await tx(CAMPAIGNS)
        .where({ id: definition.id })
        .first();
      return toStoredCampaign(row);
    });
  }

  async deleteCampaign(id: string): Promise<boolean> {
    return this.db.transaction(async tx => {
      const deleted = await tx(CAMPAIGNS).where({ id }).delete();
      if (deleted === 0) return false;
      await tx(CAMPAIGN_ENTITIES).where({ campaign_id: id }).delete();
      await tx(CAMPAIGN_DAYS).where({ campaign_id: id }).delete();
      return true;
    });
  }

  // ---- computing statuses ------------------------------------------------

  async readStandings(
    filter: EntityFilter,
    checkIds: string[],
  ): Promise<CampaignStandingRow[]> {
    const entities: Array<{
      entity_ref: string;
      owner: string | null;
      phase: string | null;
      unknown_standing: string | null;
    }> = await applyEntityFilter(
      this.db(ENTITIES).select(
        'entity_ref',
        'owner',
        'phase',
        'unknown_standing',
      ),
      filter,
    ).orderBy('entity_ref');
    const standings = new Map<string, CampaignStandingRow>(
      entities.map(row => [
        row.entity_ref,
        {
          entityRef: row.entity_ref,
          owner: row.owner ?? undefined,
          phase: row.phase ?? NOT_STARTED_ID,
          unknown: row.unknown_standing !== null,
          checks: [],
        },
      ]),
    );
    if (standings.size === 0 || checkIds.length === 0) {
      return [...standings.values()];
    }
    // One statement: the checks of the filtered entities, joined in SQL.
    const checks: Array<{
      entity_ref: string;
      check_id: string;
      outcome: CheckOutcome;
    }> = await whereEntityRefIn(
      this.db(CHECKS).select('entity_ref', 'check_id', 'outcome'),
      checkIds,
      'check_id',
    ).whereIn(
      'entity_ref',
      applyEntityFilter(this.db(ENTITIES).select('entity_ref'), filter),
    );
    for (const check of checks) {
      standings.get(check.entity_ref)?.checks.push({
        checkId: check.check_id,
        outcome: check.outcome,
      });
    }
    return [...standings.values()];
  }

  async saveStatuses(
    campaignId: string,
    rows: CampaignStatusRow[],
    at: Date,
    options: { only?: string[] } = {},
  ): Promise<void> {
    const computedAt = at.toISOString();
    await this.db.transaction(async tx => {
      const storedQuery = tx(CAMPAIGN_ENTITIES).where({
        campaign_id: campaignId,
      });
      if (options.only) whereEntityRefIn(storedQuery, options.only);
      const stored: StatusRow[] = await storedQuery;
      const storedByRef = new Map(stored.map(row => [row.entity_ref, row]));
      const changed = rows.filter(row => {
        const before = storedByRef.get(row.entityRef);
        return !before || !sameStatus(before, row);
      });
      const current = new Set(rows.map(row => row.entityRef));
      const gone = stored
        .map(row => row.entity_ref)
        .filter(ref => !current.has(ref));
      if (gone.length > 0) {
        await whereEntityRefIn(
          tx(CAMPAIGN_ENTITIES).where({ campaign_id: campaignId }),
          gone,
        ).delete();
      }
      await insertJsonRows<StatusRow>(
        tx,
        CAMPAIGN_ENTITIES,
        STATUS_COLUMNS,
        changed.map(row => ({
          campaign_id: campaignId,
          entity_ref: row.entityRef,
          owner: row.owner ?? null,
          status: row.status,
          met: row.met,
          total: row.total,
          remaining: JSON.stringify(row.remaining),
          computed_at: computedAt,
        })),
        {
          upsert: {
            onConflict: ['campaign_id', 'entity_ref'],
            merge: Object.fromEntries(
              [
                'owner',
                'status',
                'met',
                'total',
                'remaining',
                'computed_at',
              ].map(column => [column, `excluded.${column}`]),
            ),
          },
        },
      );
      // The day's counts, from the table as it now stands.
      const counted: Array<{ status: string; n: unknown }> = await tx(
        CAMPAIGN_ENTITIES,
      )
        .where({ campaign_id: campaignId })
        .select('status')
        .count({ n: '*' })
        .groupBy('status');
      const counts = emptyCounts();
      for (const row of counted) {
        counts[row.status as CampaignEntityStatus] += Number(row.n);
      }
      await tx(CAMPAIGN_DAYS)
        .insert({
          campaign_id: campaignId,
          day: computedAt.slice(0, 10),
          total:
            counts.done +
            counts['on-track'] +
            counts['at-risk'] +
            counts.overdue,
          done: counts.done,
          on_track: counts['on-track'],
          at_risk: counts['at-risk'],
          overdue: counts.overdue,
          computed_at: computedAt,
        })
        .onConflict(['campaign_id', 'day'])
        .merge();
    });
  }

  async pruneStatuses(campaignIds: string[]): Promise<void> {
    await this.db.transaction(async tx => {
      for (const table of [CAMPAIGN_ENTITIES, CAMPAIGN_DAYS]) {
        const query = tx(table);
        if (campaignIds.length > 0) {
          query.whereNotIn('campaign_id', campaignIds);
        }
        await query.delete();
      }
    });
  }

  // ---- reading -----------------------------------------------------------

  /** The campaign's rows (all campaigns' when undefined) within `scope`. */
  #scoped(campaignId: string | undefined, scope: CampaignEntityScope) {
    const query = this.db(CAMPAIGN_ENTITIES);
    if (campaignId !== undefined) query.where({ campaign_id: campaignId });
    if (scope.owners) whereEntityRefIn(query, scope.owners, 'owner');
    if (scope.entityRefs) {
      if (scope.entityRefs.length === 0) query.whereRaw('1 = 0');
      else whereEntityRefIn(query, scope.entityRefs, 'entity_ref');
    }
    return query;
  }

  async countStatuses(
    scope: CampaignEntityScope,
  ): Promise<Map<string, CampaignCounts>> {
    const rows: Array<{ campaign_id: string; status: string; n: unknown }> =
      await this.#scoped(undefined, scope)
        .select('campaign_id', 'status')
        .count({ n: '*' })
        .groupBy('campaign_id', 'status');
    const counts = new Map<string, CampaignCounts>();
    for (const row of rows) {
      const entry = counts.get(row.campaign_id) ?? emptyCounts();
      entry[row.status as CampaignEntityStatus] += Number(row.n);
      counts.set(row.campaign_id, entry);
    }
    return counts;
  }

  async countStatusesByOwner(
    campaignId: string,
    scope: CampaignEntityScope,
  ): Promise<Array<{ owner?: string; counts: CampaignCounts }>> {
    const rows: Array<{ owner: string | null; status: string; n: unknown }> =
      await this.#scoped(campaignId, scope)
        .select('owner', 'status')
        .count({ n: '*' })
        .groupBy('owner', 'status');
    const byOwner = new Map<string | null, CampaignCounts>();
    for (const row of rows) {
      const entry = byOwner.get(row.owner) ?? emptyCounts();
      entry[row.status as CampaignEntityStatus] += Number(row.n);
      byOwner.set(row.owner, entry);
    }
    return [...byOwner].map(([owner, counts]) => ({
      owner: owner ?? undefined,
      counts,
    }));
  }

  async listStatuses(
    campaignId: string,
    query: CampaignEntityScope & {
      statuses?: CampaignEntityStatus[];
      limit: number;
      offset: number;
    },
  ) {
    const scoped = () => {
      const q = this.#scoped(campaignId, query);
      if (query.statuses && query.statuses.length > 0) {
        q.whereIn('status', query.statuses);
      }
      return q;
    };
    const order = `CASE c.status ${STATUS_ORDER.map(
      (status, i) => `WHEN '${status}' THEN ${i}`,
    ).join(' ')} END`;
    const [rows, [{ n }]] = await Promise.all([
      this.db
        .from(scoped().as('c'))
        .leftJoin(`${ENTITIES} as e`, 'e.entity_ref', 'c.entity_ref')
        .select('c.*', 'e.name', 'e.title')
        .orderByRaw(`${order}, coalesce(e.name, c.entity_ref), c.entity_ref`)
        .limit(query.limit)
        .offset(query.offset),
      scoped().count({ n: '*' }),
    ]);
    return {
      items: (
        rows as Array<StatusRow & { name: string | null; title: string | null }>
      ).map(row => ({
        ...toStatusRow(row),
        name: row.name ?? row.entity_ref.replace(/^[^/]*\//, ''),
        title: row.title ?? undefined,
      })),
      totalCount: Number(n),
    };
  }

  async statusesOfEntity(entityRef: string) {
    const rows: StatusRow[] = await this.db(CAMPAIGN_ENTITIES)
      .where({ entity_ref: entityRef })
      .orderBy('campaign_id');
    return rows.map(row => ({
      ...toStatusRow(row),
      campaignId: row.campaign_id,
    }));
  }

  async listDays(campaignId: string): Promise<CampaignDayRow[]> {
    const rows: Array<{
      day: string;
      total: number;
      done: number;
      on_track: number;
      at_risk: number;
      overdue: number;
    }> = await this.db(CAMPAIGN_DAYS)
      .where({ campaign_id: campaignId })
      .orderBy('day');
    return rows.map(row => ({
      day: row.day,
      total: Number(row.total),
      done: Number(row.done),
      'on-track': Number(row.on_track),
      'at-risk': Number(row.at_risk),
      overdue: Number(row.overdue),
    }));
  }

  async computedAt(campaignId: string): Promise<string | undefined> {
    const row = await this.db(CAMPAIGN_DAYS)
      .where({ campaign_id: campaignId })
      .max({ at: 'computed_at' })
      .first();
    return row?.at ?? undefined;
  }
}
