/**
 * Maturity scorecard evidence from GitHub and GitHub Enterprise: required
 * reviews and status checks (branch protection and rulesets), branches,
 * commit trailers, tags and releases, CODEOWNERS errors.
 *
 * @packageDocumentation
 */

export { maturityModuleGithub as default } from './module';
export { maturityModuleGithub } from './module';
export {
  GithubEvidenceProvider,
  type GithubEvidenceProviderOptions,
  type GithubEvidenceSession,
} from './GithubEvidenceProvider';
export { readGithubEvidenceConfig, type GithubEvidenceConfig } from './config';
