/**
 * Catalog module that writes each entity's maturity phase as a label and its
 * progress as annotations.
 *
 * @packageDocumentation
 */

export { catalogModuleMaturity as default } from './module';
