/**
 * Shapes of the maturity backend's REST API (see the backend's
 * `src/schema/openapi.yaml`); entity refs are lower case.
 */

import type {
  CheckOutcome,
  EntityFilterParameters,
  EntitySortField,
  EntitySummary,
  Evidence,
  PhaseDefinition,
  PhaseProgress as CommonPhaseProgress,
  TrackDefinition,
  TrackScore as CommonTrackScore,
} from '@backstage-maturity/plugin-maturity-common';

export type {
  CheckOutcome,
  EntitySortField,
  EntitySummary,
  Evidence,
  PhaseDefinition,
  TrackDefinition,
} from '@backstage-maturity/plugin-maturity-common';

/** @public */
export type WaiverKind = 'exemption' | 'attestation';

/** @public */
export interface CheckDefinition {
  id: string;
  title: string;
  phase?: string;
  track?: string;
  required: boolean;
  why: string;
  howToPass: string;
  guidanceUrl?: string;
  attestable: boolean;
}

/** @public */
export interface Checklist {
  /** The ladder, lowest phase first. */
  phases: PhaseDefinition[];
  tracks: TrackDefinition[];
  checks: CheckDefinition[];
}

/** The waiver that made a check `exempt` or `attested`. @public */
export interface AppliedWaiver {
  checkId: string;
  kind: WaiverKind;
  reason: string;
  expiresAt: string;
  evidenceUrl?: string;
  createdBy?: string;
  source?: 'annotation' | 'api';
}

/** @public */
export interface Waiver {
  id: string;
  entityRef: string;
  checkId: string;
  kind: WaiverKind;
  reason: string;
  expiresAt: string;
  evidenceUrl?: string;
  createdBy?: string;
  source?: 'annotation' | 'api';
  createdAt: string;
  revokedAt?: string;
  revokedBy?: string;
  /** Neither revoked nor expired. */
  active: boolean;
}

/** @public */
export interface NewWaiver {
  checkId: string;
  kind: WaiverKind;
  /** 10 to 2000 characters. */
  reason: string;
  /** ISO date (through the end of that day, UTC) or date-time; at most a year ahead. */
  expiresAt: string;
  /** Required for attestations. */
  evidenceUrl?: string;
}

/** @public */
export type OutcomeCounts = Record<CheckOutcome, number>;

/** @public */
export interface EntityPage {
  items: EntitySummary[];
  totalCount: number;
}

/** A check's stored result joined with its definition. @public */
export interface EntityCheck {
  checkId: string;
  outcome: CheckOutcome;
  evidence: Evidence[];
  /** What was looked for and not found. */
  lookedFor: string[];
  reason?: string;
  waiver?: AppliedWaiver;
  blocking: boolean;
  /** The last outcome that was not `error`, shown beside an error. */
  lastConclusive?: { outcome: CheckOutcome; evidence: Evidence[] };
  changedAt: string;
  title: string;
  phase?: string;
  track?: string;
  required: boolean;
  why: string;
  howToPass: string;
  guidanceUrl?: string;
  attestable: boolean;
}

/** How far the entity got in a phase, with the phase's name. @public */
export interface PhaseProgress extends CommonPhaseProgress {
  name: string;
}

/** How many checks of a track are met, with the track's name. @public */
export interface TrackScore extends CommonTrackScore {
  name: string;
}

/** @public */
export interface Scorecard {
  summary: EntitySummary;
  /** In ladder order. */
  phases: PhaseProgress[];
  tracks: TrackScore[];
  /** In checklist order. */
  checks: EntityCheck[];
  /** Waivers created through the API, newest first. */
  waivers: Waiver[];
}

/** @public */
export interface EntityHistory {
  /** Phase changes, oldest first. */
  phases: Array<{ at: string; from: string | null; to: string | null }>;
  /** Outcome transitions, newest first. */
  checks: Array<{
    at: string;
    checkId: string;
    from: string | null;
    to: string;
  }>;
}

/** @public */
export interface PhaseCount {
  /** A phase id, or `not-started`. */
  phase: string;
  name: string;
  count: number;
}

/** @public */
export interface Blocker {
  checkId: string;
  title: string;
  phase?: string;
  /** Entities that the check keeps from their next phase. */
  count: number;
}

/** @public */
export interface Summary {
  total: number;
  /** Every phase in ladder order, `not-started` first, zeros included. */
  phases: PhaseCount[];
  /** The ten checks that keep most entities from their next phase. */
  blockers: Blocker[];
}

/** @public */
export interface TeamGroup {
  entityRef: string;
  name: string;
  title?: string;
  /** Parent within the roll-up; null for its root. */
  parent: string | null;
}

/** @public */
export interface OwnerRow {
  owner: string;
  total: number;
  phases: PhaseCount[];
}

/** @public */
export interface TeamRollup {
  group: TeamGroup;
  /** The group and its sub-groups, parents before children. */
  groups: TeamGroup[];
  /** A row per group of the roll-up (its own entities), in the order of `groups`. */
  owners: OwnerRow[];
  /** The whole roll-up. */
  totals: { total: number; phases: PhaseCount[] };
  blockers: Blocker[];
}

/**
 * A row of the org-wide per-owner table: the owner's own entities and,
 * for groups, the entities of all their sub-groups rolled up.
 *
 * @public
 */
export interface OwnerRollupRow {
  /** Owner entity ref (a group or a user). */
  owner: string;
  title?: string;
  /** Parent group among the rows; null for top-level owners. */
  parent: string | null;
  /** Entities owned directly. */
  direct: number;
  /** Entities owned directly or by sub-groups. */
  total: number;
  /** Rolled-up count per phase, ladder order, `not-started` first. */
  phases: PhaseCount[];
}

/** @public */
export interface OwnerRollup {
  items: OwnerRollupRow[];
}

/** @public */
export interface Trend {
  from: string;
  to: string;
  /** Days with a snapshot, oldest first; counts per phase id and `not-started`. */
  days: Array<{ day: string; phases: Record<string, number> }>;
}

/** @public */
export interface EvaluationRun {
  id: number;
  startedAt: string;
  finishedAt?: string;
  entities: number;
  errors: number;
  unreadable: number;
}

/** Filters shared by the entity list, summary and owner roll-up. @public */
export type EntityFilters = EntityFilterParameters;

/** @public */
export interface EntityListQuery extends EntityFilters {
  sort?: EntitySortField;
  order?: 'asc' | 'desc';
  /** 1..500, default 50. */
  limit?: number;
  offset?: number;
}
