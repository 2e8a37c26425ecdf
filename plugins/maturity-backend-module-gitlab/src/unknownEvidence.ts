import type {
  ScmFact,
  ScmFacts,
} from '@backstage-maturity/plugin-maturity-common';
import type { ProvidedEvidence } from '@backstage-maturity/plugin-maturity-node';

/** The hosting-provider facts this module supplies. */
export const GITLAB_FACTS: ScmFact[] = [
  'reviews-required',
  'commit-conventions',
  'co-authored-by-trailers',
  'semver-tags',
  'short-lived-branches',
  'docs-changed-recently',
];

/**
 * Every fact of this module as unknown, with why: the checks that read
 * them end `error` with the reason and keep their earlier outcome.
 */
export function unknownEvidence(reason: string): ProvidedEvidence {
  const scm: ScmFacts = {};
  for (const fact of GITLAB_FACTS) {
    scm[fact] = { value: 'unknown', detail: reason };
  }
  return { scm };
}
