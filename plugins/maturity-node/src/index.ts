/**
 * Node.js extension points and the repository-reading port of the maturity
 * scorecard.
 *
 * @packageDocumentation
 */

export * from './extensions';
export * from './repository';
