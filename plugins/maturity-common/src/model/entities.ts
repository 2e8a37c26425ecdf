// These shapes are the API's (src/schema/openapi.yaml of the backend, where
// their members are documented); they are named here because the evaluation
// cycle and the store use them too.
import type { components, operations } from '../generated/openapi';

/**
 * An entity's catalog facts and where it stands, as lists show it: phase
 * (null when not started), next phase (null at the top), progress into it
 * (0..1), counts per outcome and the checks that block it.
 *
 * @public
 */
export type EntitySummary = components['schemas']['EntitySummary'];

/**
 * Catalog facts of an evaluated entity (refs in lower case), kept beside its
 * results so that lists and aggregates filter and sort in the database.
 *
 * @public
 */
export type EntityFacts = Pick<
  EntitySummary,
  | 'entityRef'
  | 'kind'
  | 'namespace'
  | 'name'
  | 'title'
  | 'type'
  | 'lifecycle'
  | 'owner'
  | 'system'
  | 'domain'
>;

/**
 * The filters of the entity list, the summary and the owner roll-up, as
 * query parameters (repeatable; any value matches).
 *
 * @public
 */
export type EntityFilterParameters = NonNullable<
  operations['getSummary']['parameters']['query']
>;

/**
 * The fields the entity list sorts by.
 *
 * @public
 */
export type EntitySortField = components['parameters']['sort'];
