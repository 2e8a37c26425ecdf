import type { SuppliedFacts } from '@backstage-maturity/plugin-maturity-node';

/** The facts of its own that this module supplies. */
export const GITHUB_FACTS = {
  codeownersValid: 'github.codeowners-valid',
  requiredStatusChecks: 'github.required-status-checks',
} as const;

/** Every fact this module supplies: what is unknown when nothing can be read. */
export const GITHUB_SUPPLIED_FACTS: SuppliedFacts = {
  scm: [
    'commit-conventions',
    'docs-changed-recently',
    'short-lived-branches',
    'reviews-required',
    'co-authored-by-trailers',
    'semver-tags',
  ],
  facts: Object.values(GITHUB_FACTS),
};
