import { SCM_FACTS } from '@backstage-maturity/plugin-maturity-common';
import type { SuppliedFacts } from '@backstage-maturity/plugin-maturity-node';

/** Every fact this module supplies: what is unknown when nothing can be read. */
export const GITLAB_SUPPLIED_FACTS: SuppliedFacts = {
  scm: SCM_FACTS,
};
