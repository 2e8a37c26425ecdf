import type {
  ScmFact,
  ScmFacts,
} from '@backstage-maturity/plugin-maturity-common';
import type { ProvidedEvidence } from '../evidence';

/**
 * The facts an evidence provider supplies, by name.
 *
 * @public
 */
export interface SuppliedFacts {
  /** Hosting-provider facts. */
  scm: readonly ScmFact[];
  /** Facts of the provider's own (`<provider>.<fact>`). */
  facts?: string[];
}

/**
 * Every fact a provider supplies, unknown for the reason given: the checks
 * that read them end `error` with the reason and keep their earlier outcome.
 *
 * @public
 */
export function unknownEvidence(
  reason: string,
  supplied: SuppliedFacts,
): ProvidedEvidence {
  const unknown = () => ({ value: 'unknown' as const, detail: reason });
  const scm: ScmFacts = {};
  for (const fact of supplied.scm) scm[fact] = unknown();
  if (!supplied.facts) return { scm };
  return {
    scm,
    facts: Object.fromEntries(supplied.facts.map(name => [name, unknown()])),
  };
}
