export {
  evaluateScorecard,
  isMet,
  waiverExpiry,
  type EvaluateScorecardOptions,
} from './evaluateScorecard';
export { contentGlobs } from './contentGlobs';
export { pathMatcher } from './glob';
