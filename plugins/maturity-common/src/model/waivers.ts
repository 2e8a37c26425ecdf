import type { components } from '../generated/openapi';

/**
 * An owner's waiver of a check (`exempt`) or statement that it is met
 * (`attested`), as evaluation applies it and the API shows it on a check
 * (`AppliedWaiver`). Both expire; an expired one no longer counts. Created
 * through the API (`source: api`) or an entity annotation
 * (`source: annotation`).
 *
 * @public
 */
export type Waiver = components['schemas']['AppliedWaiver'];
