export type * from './checklist';
export type * from './rules';
export type * from './evidence';
export type * from './waivers';
export type * from './scorecard';
export type * from './entities';
export { SCM_FACTS } from './scmFacts';
