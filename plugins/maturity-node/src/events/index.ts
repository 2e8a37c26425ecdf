/**
 * Topic of the events that tell the maturity backend a catalog entity has
 * changed, through Backstage's events service
 * (`@backstage/plugin-events-node`); the catalog module of this suite
 * publishes them, and other modules may.
 *
 * @public
 */
export const MATURITY_ENTITY_CHANGED_TOPIC = 'maturity.catalog.entity-changed';

/**
 * The payload of a {@link MATURITY_ENTITY_CHANGED_TOPIC} event.
 *
 * @public
 */
export interface MaturityEntityChangedPayload {
  /** The entity ref, e.g. `component:default/payments-api`. */
  entityRef: string;
}
