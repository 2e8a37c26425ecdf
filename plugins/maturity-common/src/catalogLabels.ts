/**
 * Keys that the catalog module writes onto evaluated entities, so that the
 * catalog can filter by phase.
 */

/**
 * Label with the highest phase reached, or `not-started`.
 *
 * @public
 */
export const MATURITY_PHASE_LABEL = 'maturity.backstage.io/phase';

/**
 * Annotation with the percentage (0-100) of the next phase's checks met.
 *
 * @public
 */
export const MATURITY_PROGRESS_ANNOTATION = 'maturity.backstage.io/progress';

/**
 * Annotation with the id of the next phase; absent at the top.
 *
 * @public
 */
export const MATURITY_NEXT_PHASE_ANNOTATION =
  'maturity.backstage.io/next-phase';

/**
 * Prefix of the annotations that declare exemptions and attestations on the
 * entity itself: `maturity.backstage.io/exempt.<check>` and
 * `maturity.backstage.io/attest.<check>`.
 *
 * @public
 */
export const WAIVER_ANNOTATION_PREFIX = 'maturity.backstage.io/';
