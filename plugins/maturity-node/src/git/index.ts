export { readGitHistory } from './readGitHistory';
export { parseTrailers } from './parseTrailers';
export { isSemverTag } from './semverTag';
export {
  scmFactsFromHistory,
  DEFAULT_GIT_FACT_THRESHOLDS,
} from './scmFactsFromHistory';
export type { GitFactThresholds } from './scmFactsFromHistory';
export { GitHistoryEvidenceProvider } from './GitHistoryEvidenceProvider';
export type {
  GitCheckout,
  GitHistoryEvidenceProviderOptions,
} from './GitHistoryEvidenceProvider';
export type {
  GitBranchSummary,
  GitCommitSummary,
  GitHistory,
  GitTagSummary,
  ReadGitHistoryOptions,
} from './types';
