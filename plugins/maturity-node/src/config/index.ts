export {
  applyChecklistConfig,
  validateChecklistConfig,
} from './applyChecklistConfig';
export { checklistFromConfig } from './readChecklistConfig';
export { closestKey } from './closestKey';
export type { ChecklistConfigSource } from './readChecklistConfig';
export { ChecklistConfigError } from './errors';
export type { ChecklistConfigIssue } from './errors';
export type {
  CheckConfig,
  ChecklistConfig,
  PhaseConfig,
  TrackConfig,
} from './types';
export {
  allRuleSchema,
  annotationRuleSchema,
  anyRuleSchema,
  checkConfigSchema,
  checklistConfigSchema,
  contentRuleSchema,
  customRuleSchema,
  dependencyRuleSchema,
  documentRuleSchema,
  entityFieldRuleSchema,
  factRuleSchema,
  filesRuleSchema,
  kubernetesRuleSchema,
  linkRuleSchema,
  noDependencyCycleRuleSchema,
  notRuleSchema,
  ownerExistsRuleSchema,
  phaseConfigSchema,
  relationRuleSchema,
  ruleSchema,
  scmRuleSchema,
  trackConfigSchema,
} from './schema';
export { customRuleProblems } from './customRules';
