import type { SuppliedFacts } from '@backstage-maturity/plugin-maturity-node';

/** Every fact this module supplies: what is unknown when nothing can be read. */
export const GITLAB_SUPPLIED_FACTS: SuppliedFacts = {
  scm: [
    'reviews-required',
    'commit-conventions',
    'co-authored-by-trailers',
    'semver-tags',
    'short-lived-branches',
    'docs-changed-recently',
  ],
};
