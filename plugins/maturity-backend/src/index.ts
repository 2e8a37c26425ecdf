/**
 * Backend of the maturity scorecard: scheduled evaluation, storage and REST
 * API.
 *
 * @packageDocumentation
 */

export { maturityPlugin as default } from './plugin';
