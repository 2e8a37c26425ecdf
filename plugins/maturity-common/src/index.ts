/**
 * The maturity scorecard's model, the types of its REST API (generated from
 * the backend's OpenAPI spec) and a client typed by them, permissions,
 * catalog keys and the phase ladder: what the frontend, the backend and
 * other plugins share. Browser-safe; the engine lives in
 * `plugin-maturity-node`.
 *
 * @packageDocumentation
 */

export * from './permissions';
export * from './catalogLabels';
export * from './model';
export * from './api';
export * from './ladder';
