import type { CheckOutcome } from '@backstage-maturity/plugin-maturity-common';

/**
 * What a campaign asks of its entities: to reach a phase (with every
 * required check of it and of the phases below), or to meet a set of checks.
 *
 * @public
 */
export type CampaignTarget = { phase: string } | { checks: string[] };

/**
 * The entities a campaign covers. Every key given must match; the values
 * of one key are alternatives. No keys: every evaluated entity.
 *
 * @public
 */
export interface CampaignEntityFilter {
  /**
   * Owner entity refs, e.g. `group:default/payments`; a bare name in config
   * is read as a group in the default namespace. Sub-groups are included by
   * the backend.
   */
  owner?: string[];
  /** System entity refs or names. */
  system?: string[];
  /** Domain entity refs or names. */
  domain?: string[];
  /** Entity kinds, e.g. `Component`. */
  kind?: string[];
  /** `spec.type` values, e.g. `service`. */
  type?: string[];
  /** `spec.lifecycle` values, e.g. `production`. */
  lifecycle?: string[];
  /** `metadata.tags` values; an entity with any of them matches. */
  tags?: string[];
}

/**
 * One campaign of `maturity.campaigns`: a target for a set of entities,
 * by a deadline.
 *
 * @public
 */
export interface CampaignDefinition {
  /** Stable kebab-case id, e.g. `foundation-by-q1`. */
  id: string;
  title: string;
  /** Markdown. */
  description?: string;
  target: CampaignTarget;
  entities: CampaignEntityFilter;
  /** First day of the campaign, `YYYY-MM-DD` (UTC). */
  start: string;
  /** Last day of the campaign, `YYYY-MM-DD` (UTC); overdue from the day after. */
  deadline: string;
}

/**
 * Where one entity stands in a campaign.
 *
 * @public
 */
export type CampaignEntityStatus = 'done' | 'on-track' | 'at-risk' | 'overdue';

/**
 * What the store keeps of one entity, as a campaign's status is computed
 * from it.
 *
 * @public
 */
export interface CampaignStanding {
  /** The phase reached, or `not-started`. */
  phase: string;
  checks: Array<{ checkId: string; outcome: CheckOutcome }>;
  /** Set when the entity's standing could not be decided (unread evidence). */
  unknown?: boolean;
}

/**
 * One entity's status in a campaign.
 *
 * @public
 */
export interface CampaignEntityResult {
  status: CampaignEntityStatus;
  /** Ids of the target's checks not met yet, in checklist order; empty when done. */
  remaining: string[];
  /** Target checks met; equals `total` when done. */
  met: number;
  /** Target checks in all. */
  total: number;
}

/**
 * How far a campaign has come over its entities.
 *
 * @public
 */
export interface CampaignProgress {
  /** Entities counted. */
  total: number;
  counts: Record<CampaignEntityStatus, number>;
  /** Share of the entities done, 0 to 1; 0 when there are none. */
  done: number;
}
