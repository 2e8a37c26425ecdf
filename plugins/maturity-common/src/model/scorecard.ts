import type { components } from '../generated/openapi';
import type { Waiver } from './waivers';

/**
 * The outcome of one check for one entity, as the API reports it.
 *
 * @public
 */
export type CheckOutcome = components['schemas']['CheckOutcome'];

/**
 * Something that made a check pass, or that was found while looking, as
 * the API reports it.
 *
 * @public
 */
export type Evidence = components['schemas']['Evidence'];

/**
 * The result of one check.
 *
 * @public
 */
export interface CheckResult {
  checkId: string;
  outcome: CheckOutcome;
  /** What made it pass (or be not applicable). */
  evidence: Evidence[];
  /** What was looked for and not found, for failing checks. */
  lookedFor: string[];
  /** Why the outcome is `error`, `exempt`, `attested` or `not-applicable`. */
  reason?: string;
  /** The waiver that made it `exempt` or `attested`. */
  waiver?: Waiver;
}

/**
 * How far an entity got in one phase.
 *
 * @public
 */
export interface PhaseProgress {
  phaseId: string;
  reached: boolean;
  /** Checks of the phase that count as met (pass, n/a, exempt, attested). */
  met: number;
  total: number;
  /** Required checks of the phase that are not met. */
  blocking: string[];
}

/**
 * How many checks of a track are met.
 *
 * @public
 */
export interface TrackScore {
  trackId: string;
  met: number;
  total: number;
}

/**
 * Why an entity's standing cannot be told, and which checks could not be read.
 *
 * @public
 */
export type UnknownStanding = components['schemas']['UnknownStanding'];

/**
 * An entity's scorecard: every check's result, the phase reached and the
 * progress into the next one.
 *
 * @public
 */
export interface Scorecard {
  /**
   * Id of the highest phase reached, or null for "Not started". When
   * `unknown` is set, the phase known to be reached (a lower bound).
   */
  phase: string | null;
  /**
   * Set when the standing cannot be told: required checks of the next phase
   * could not be read, have no earlier conclusive outcome, and no other
   * check of that phase fails.
   */
  unknown?: UnknownStanding;
  /** Id of the next phase to reach, or null at the top of the ladder. */
  nextPhase: string | null;
  /** Share (0..1) of the next phase's checks that are met. */
  progress: number;
  phases: PhaseProgress[];
  tracks: TrackScore[];
  checks: CheckResult[];
  /** ISO 8601 time of the evaluation. */
  evaluatedAt: string;
}
