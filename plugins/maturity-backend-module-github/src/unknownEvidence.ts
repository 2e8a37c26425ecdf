import type {
  EvidenceFact,
  ScmFact,
  ScmFacts,
} from '@backstage-maturity/plugin-maturity-common';
import type { ProvidedEvidence } from '@backstage-maturity/plugin-maturity-node';

/** The hosting-provider facts this module supplies. */
export const GITHUB_SCM_FACTS: ScmFact[] = [
  'commit-conventions',
  'docs-changed-recently',
  'short-lived-branches',
  'reviews-required',
  'co-authored-by-trailers',
  'semver-tags',
];

/** The facts of its own that this module supplies. */
export const GITHUB_FACTS = {
  codeownersValid: 'github.codeowners-valid',
  requiredStatusChecks: 'github.required-status-checks',
} as const;

/**
 * Every fact this module supplies, unknown for the reason given: the
 * checks that read them end `error` and keep their earlier outcome.
 */
export function unknownEvidence(reason: string): ProvidedEvidence {
  const unknown: EvidenceFact = { value: 'unknown', detail: reason };
  const scm: ScmFacts = {};
  for (const fact of GITHUB_SCM_FACTS) scm[fact] = unknown;
  return {
    scm,
    facts: Object.fromEntries(
      Object.values(GITHUB_FACTS).map(name => [name, unknown]),
    ),
  };
}
