import type { components } from '../generated/openapi';
import type { Rule } from './rules';

/**
 * A rung of the ladder, as the API shows it. Phases are ordered; reaching
 * one requires every required check of it and of all lower phases.
 *
 * @public
 */
export type PhaseDefinition = components['schemas']['PhaseDefinition'];

/**
 * A side track that stands beside the ladder and never gates it, as the API
 * shows it.
 *
 * @public
 */
export type TrackDefinition = components['schemas']['TrackDefinition'];

/**
 * One check of the checklist.
 *
 * @public
 */
export interface CheckDefinition {
  /** Stable id, used in configuration, exemptions and the API. */
  id: string;
  /** One-line title shown to users. */
  title: string;
  /** The phase that the check belongs to; exactly one of phase and track. */
  phase?: string;
  /** The track that the check belongs to; exactly one of phase and track. */
  track?: string;
  /**
   * Whether the check gates its phase. Defaults to true for phase checks;
   * track checks never gate.
   */
  required?: boolean;
  /** What goes wrong without it, in one line. */
  why: string;
  /** The evidence the check looks for, in words. */
  howToPass: string;
  /** A link to the organisation's guidance on the practice. */
  guidanceUrl?: string;
  /**
   * Whether owners may attest the check when no machine-readable evidence
   * exists (for example, data that only a hosting provider's API has).
   */
  attestable?: boolean;
  /** When this rule holds, the check does not apply to the entity. */
  notApplicableWhen?: Rule;
  /** The evidence rule: the check passes when it holds. */
  rule: Rule;
}

/**
 * A complete checklist: the ladder, the tracks and the checks.
 *
 * @public
 */
export interface Checklist {
  phases: PhaseDefinition[];
  tracks: TrackDefinition[];
  checks: CheckDefinition[];
}
