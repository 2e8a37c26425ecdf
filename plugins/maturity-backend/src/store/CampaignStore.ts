import type { CheckOutcome } from '@backstage-maturity/plugin-maturity-common';
import type {
  CampaignDefinition,
  CampaignEntityStatus,
} from '@backstage-maturity/plugin-maturity-node';
import type { EntityFilter } from './types';

/** A campaign created through the API, with who created and changed it. */
export interface StoredCampaign {
  definition: CampaignDefinition;
  createdBy?: string;
  createdAt: string;
  updatedBy?: string;
  updatedAt: string;
}

/** What a campaign's status is computed from, for one entity. */
export interface CampaignStandingRow {
  entityRef: string;
  owner?: string;
  /** The phase reached, or `not-started`. */
  phase: string;
  unknown: boolean;
  /** Outcomes of the target checks that the entity has. */
  checks: Array<{ checkId: string; outcome: CheckOutcome }>;
}

/** Where one entity stands in one campaign, as stored. */
export interface CampaignStatusRow {
  entityRef: string;
  owner?: string;
  status: CampaignEntityStatus;
  met: number;
  total: number;
  /** Target check ids not met yet. */
  remaining: string[];
}

/** Entities per status. */
export type CampaignCounts = Record<CampaignEntityStatus, number>;

/** Which of a campaign's entities a read counts or lists. */
export interface CampaignEntityScope {
  /** Only entities with one of these direct owners. */
  owners?: string[];
  /** Only these entities (those the caller may read); undefined: all. */
  entityRefs?: string[];
}

export interface CampaignDayRow extends CampaignCounts {
  day: string;
  total: number;
}

/**
 * Campaigns created through the API, and where the entities of every
 * campaign (from config or the API) stand, as last computed. Counts and
 * lists are aggregated in SQL.
 */
export interface CampaignStore {
  listCampaigns(): Promise<StoredCampaign[]>;
  /** Creates a campaign; `exists` when the id is taken. */
  createCampaign(
    definition: CampaignDefinition,
    options: { actor?: string; at: Date },
  ): Promise<StoredCampaign | 'exists'>;
  /** Replaces a campaign's definition; undefined when there is none. */
  updateCampaign(
    definition: CampaignDefinition,
    options: { actor?: string; at: Date },
  ): Promise<StoredCampaign | undefined>;
  /** Deletes a campaign and what was computed of it; false when none. */
  deleteCampaign(id: string): Promise<boolean>;

  /** Every entity of `filter` with the outcomes of `checkIds`. */
  readStandings(
    filter: EntityFilter,
    checkIds: string[],
  ): Promise<CampaignStandingRow[]>;
  /**
   * Stores where a campaign's entities stand (writing only what changed)
   * and the day's counts for its burndown. With `only`, `rows` are those
   * of these entities (an entity among them without a row has left the
   * campaign) and other entities' rows stay.
   */
  saveStatuses(
    campaignId: string,
    rows: CampaignStatusRow[],
    at: Date,
    options?: { only?: string[] },
  ): Promise<void>;
  /** Drops what was computed of campaigns not among `campaignIds`. */
  pruneStatuses(campaignIds: string[]): Promise<void>;

  /** Entities per status of each campaign that has any in scope. */
  countStatuses(
    scope: CampaignEntityScope,
  ): Promise<Map<string, CampaignCounts>>;
  /** Entities per status of one campaign, per direct owner. */
  countStatusesByOwner(
    campaignId: string,
    scope: CampaignEntityScope,
  ): Promise<Array<{ owner?: string; counts: CampaignCounts }>>;
  /**
   * A page of a campaign's entities: overdue, at risk, on track, done; by
   * name within a status.
   */
  listStatuses(
    campaignId: string,
    query: CampaignEntityScope & {
      statuses?: CampaignEntityStatus[];
      limit: number;
      offset: number;
    },
  ): Promise<{
    items: Array<CampaignStatusRow & { name: string; title?: string }>;
    totalCount: number;
  }>;
  /** Where an entity stands in each campaign that covers it. */
  statusesOfEntity(
    entityRef: string,
  ): Promise<Array<CampaignStatusRow & { campaignId: string }>>;
  /** The campaign's day rows, oldest first. */
  listDays(campaignId: string): Promise<CampaignDayRow[]>;
  /** When the campaign's statuses were last computed. */
  computedAt(campaignId: string): Promise<string | undefined>;
}
