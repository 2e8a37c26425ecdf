/**
 * Maturity module that reads hosting-provider facts from GitLab: required
 * merge request approvals, commit conventions, co-author trailers, semver
 * tags, short-lived branches and recent documentation changes.
 *
 * @packageDocumentation
 */

export { maturityModuleGitlab as default } from './module';
export { maturityModuleGitlab } from './module';
export {
  GitlabEvidenceProvider,
  type GitlabEvidenceProviderOptions,
} from './GitlabEvidenceProvider';
export {
  GitlabProviderCycle,
  type GitlabRequestUsage,
} from './GitlabProviderCycle';
export { readGitlabModuleConfig, type GitlabModuleConfig } from './config';
