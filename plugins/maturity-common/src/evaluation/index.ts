export {
  evaluateScorecard,
  isMet,
  metForPhase,
  summarizeScorecard,
  waiverExpiry,
  type EvaluateScorecardOptions,
} from './evaluateScorecard';
export { contentGlobs } from './contentGlobs';
export { pathMatcher } from './glob';
export { NEEDS_CATALOG_DATA } from './entityRules';
