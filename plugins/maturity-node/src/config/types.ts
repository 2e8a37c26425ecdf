import type { Rule } from '@backstage-maturity/plugin-maturity-common';

/**
 * New name or description of an existing phase.
 *
 * @public
 */
export interface PhaseConfig {
  /** Id of an existing phase; ids cannot be added or changed. */
  id: string;
  name?: string;
  description?: string;
}

/**
 * New name or description of an existing track.
 *
 * @public
 */
export interface TrackConfig {
  /** Id of an existing track; ids cannot be added or changed. */
  id: string;
  name?: string;
  description?: string;
}

/**
 * One entry of `maturity.checklist.checks`. With the id of an existing
 * check it overrides the fields given; with a new id it adds a check, which
 * then needs `title`, `phase` or `track`, `why`, `howToPass` and `rule`.
 *
 * @public
 */
export interface CheckConfig {
  id: string;
  title?: string;
  /** Moves the check to this phase; it then gates it unless `required: false`. */
  phase?: string;
  /** Moves the check to this track, where it never gates. */
  track?: string;
  required?: boolean;
  why?: string;
  howToPass?: string;
  guidanceUrl?: string;
  attestable?: boolean;
  rule?: Rule;
  /** `null` removes the check's applicability rule. */
  notApplicableWhen?: Rule | null;
}

/**
 * The configuration block `maturity.checklist`.
 *
 * @public
 */
export interface ChecklistConfig {
  /**
   * Guidance link of the checks that set no `guidanceUrl`:
   * `<guidanceBaseUrl>#<check id>`.
   */
  guidanceBaseUrl?: string;
  phases?: PhaseConfig[];
  tracks?: TrackConfig[];
  /** Ids of existing checks to switch off. */
  disable?: string[];
  checks?: CheckConfig[];
}
