import type { ProvidedEvidence } from '@backstage-maturity/plugin-maturity-node';

/**
 * One entity's evidence from several providers. The first repository that
 * was read wins (else the first reason it could not be); for a fact that
 * two providers supply, the first provider registered wins.
 */
export function mergeEvidence(parts: ProvidedEvidence[]): ProvidedEvidence {
  const repositories = parts.flatMap(p => (p.repository ? [p.repository] : []));
  const repository =
    repositories.find(r => r.status === 'read') ?? repositories[0];
  const merged: ProvidedEvidence = {};
  if (repository) merged.repository = repository;
  for (const part of [...parts].reverse()) {
    if (part.scm) merged.scm = { ...merged.scm, ...part.scm };
    if (part.facts) merged.facts = { ...merged.facts, ...part.facts };
  }
  return merged;
}
