export { defaultChecklist } from './defaultChecklist';
export {
  coverageThresholdRule,
  lintConfigRule,
  unitTestFilesRule,
  walkingSkeletonChecks,
} from './walkingSkeleton';
export { apiContractRule, foundationChecks, iacRule } from './foundation';
export {
  endToEndTestRule,
  integrationTestRule,
  productionReadyChecks,
} from './productionReady';
export {
  operationalMaturityChecks,
  sigtermHandlingRule,
} from './operationalMaturity';
export {
  kaizenChecks,
  minimalBaseImageRule,
  nonRootContainerRule,
  readOnlyRootFilesystemRule,
} from './kaizen';
export { practicesChecks } from './practices';
export { niceToHaveChecks } from './niceToHave';
export {
  databaseDriverRule,
  isDocumentation,
  isLibraryOrDocumentation,
  isLibraryOrWebsite,
  isLibraryWebsiteOrDocumentation,
  kubernetesWorkloadsRule,
  noDatabaseRule,
} from './common';
