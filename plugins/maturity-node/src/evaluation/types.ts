import type {
  CheckOutcome,
  Checklist,
  EvaluationInput,
  Scorecard,
  Waiver,
} from '@backstage-maturity/plugin-maturity-common';
import type { MaturityRuleKind } from './ruleKinds';

/**
 * What the engine decided for one entity: every check's outcome (waivers
 * applied), the phase reached, the progress into the next phase, the checks
 * that block it and the track scores. Everything downstream (store, API,
 * frontend, command line, catalog labels) reads these and decides nothing
 * again.
 *
 * @public
 */
export interface EntityEvaluation extends Scorecard {
  /** Required checks of the next phase that are not met; empty at the top. */
  blocking: string[];
  /**
   * Checks that only catalog data can decide, when the entity was evaluated
   * without a catalog (the command line): they do not hold the phase back.
   */
  needsCatalog: string[];
  /** Waiver annotations of the entity that were malformed and not applied. */
  problems: string[];
}

/**
 * Options of {@link evaluateEntity}.
 *
 * @public
 */
export interface EvaluateEntityOptions {
  checklist: Checklist;
  /** The entity and the evidence the providers supplied. */
  input: EvaluationInput;
  /**
   * Waivers granted through the API. Those the entity declares in its
   * annotations are read from `input.entity`. Expired ones do not count.
   */
  waivers?: Waiver[];
  now: Date;
  /**
   * The last conclusive outcome of each check. A check that now ends in
   * `error` counts for the phase by its previous outcome, so unreadable
   * evidence does not drop an entity down the ladder.
   */
  previous?: Record<string, CheckOutcome>;
  /** Rule kinds added from code, for the checklist's `custom` rules. */
  ruleKinds?: ReadonlyMap<string, MaturityRuleKind>;
}
