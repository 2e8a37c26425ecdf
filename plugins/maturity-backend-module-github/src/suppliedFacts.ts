import { SCM_FACTS } from '@backstage-maturity/plugin-maturity-common';
import type { SuppliedFacts } from '@backstage-maturity/plugin-maturity-node';

/** The facts of its own that this module supplies. */
export const GITHUB_FACTS = {
  codeownersValid: 'github.codeowners-valid',
  requiredStatusChecks: 'github.required-status-checks',
} as const;

/** Every fact this module supplies: what is unknown when nothing can be read. */
export const GITHUB_SUPPLIED_FACTS: SuppliedFacts = {
  scm: SCM_FACTS,
  facts: Object.values(GITHUB_FACTS),
};
