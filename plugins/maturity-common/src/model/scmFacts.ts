import type { ScmFact } from './rules';

/**
 * Every scm fact, in the order the checklist reads them: what a provider
 * that supplies all of them (a code host module) declares.
 *
 * @public
 */
export const SCM_FACTS = Object.keys({
  'commit-conventions': true,
  'docs-changed-recently': true,
  'short-lived-branches': true,
  'reviews-required': true,
  'co-authored-by-trailers': true,
  'semver-tags': true,
} satisfies Record<ScmFact, true>) as readonly ScmFact[];
