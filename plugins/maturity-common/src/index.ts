/**
 * The maturity scorecard's model and API types, permissions, catalog keys
 * and the phase ladder: what the frontend, the backend and other plugins
 * share. Browser-safe; the engine lives in `plugin-maturity-node`.
 *
 * @packageDocumentation
 */

export * from './permissions';
export * from './catalogLabels';
export * from './model';
export * from './ladder';
