import type { EvidenceFact } from '@backstage-maturity/plugin-maturity-common';
import type { ProvidedEvidence } from '@backstage-maturity/plugin-maturity-node';

/**
 * One entity's evidence from several providers. The first repository that
 * was read wins (else the first reason it could not be); for a fact that
 * two providers supply, the first provider registered that could tell wins
 * (git history that saw the trailers beats a code host that was rate
 * limited).
 */
export function mergeEvidence(parts: ProvidedEvidence[]): ProvidedEvidence {
  const repositories = parts.flatMap(p => (p.repository ? [p.repository] : []));
  const repository =
    repositories.find(r => r.status === 'read') ?? repositories[0];
  const merged: ProvidedEvidence = {};
  if (repository) merged.repository = repository;
  for (const part of parts) {
    if (part.scm) merged.scm = withFacts(merged.scm, part.scm);
    if (part.facts) merged.facts = withFacts(merged.facts, part.facts);
  }
  return merged;
}

/** Adds facts that are new, or known where the earlier ones were not. */
function withFacts<T extends Partial<Record<string, EvidenceFact>>>(
  earlier: T | undefined,
  later: T,
): T {
  const facts: Partial<Record<string, EvidenceFact>> = { ...earlier };
  for (const [name, fact] of Object.entries(later)) {
    const before = facts[name];
    if (
      fact &&
      (!before || (before.value === 'unknown' && fact.value !== 'unknown'))
    ) {
      facts[name] = fact;
    }
  }
  return facts as T;
}
