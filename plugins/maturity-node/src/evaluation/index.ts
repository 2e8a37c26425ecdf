export {
  evaluateEntity,
  evaluationOfResults,
  failedEvaluation,
} from './evaluateEntity';
export type { EntityEvaluation, EvaluateEntityOptions } from './types';
export { isMet } from './summarize';
export { waiverExpiry } from './waivers';
export { annotationWaivers } from './annotationWaivers';
export { contentGlobs } from './contentGlobs';
export { pathMatcher } from './glob';
export { NEEDS_CATALOG_DATA } from './entityRules';
export type {
  MaturityRuleKind,
  RuleKindInput,
  RuleKindResult,
} from './ruleKinds';
export { checkDetails, ruleDetails, ruleWords } from './describeRule';
