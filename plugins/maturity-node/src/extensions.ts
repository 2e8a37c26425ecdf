import { createExtensionPoint } from '@backstage/backend-plugin-api';
import type { CheckDefinition } from '@backstage-maturity/plugin-maturity-common';
import type { MaturityRuleKind } from './evaluation/ruleKinds';
import type { MaturityEvidenceProvider } from './evidence/types';

/**
 * Lets backend modules add sources of evidence: every registered provider
 * is asked about each evaluated entity, after the built-in repository
 * reader.
 *
 * @public
 */
export interface MaturityEvidenceProvidersExtensionPoint {
  addEvidenceProvider(...providers: MaturityEvidenceProvider[]): void;
}

/**
 * @public
 */
export const maturityEvidenceProvidersExtensionPoint =
  createExtensionPoint<MaturityEvidenceProvidersExtensionPoint>({
    id: 'maturity.evidence-providers',
  });

/**
 * Lets backend modules add checks to the default checklist. The
 * `maturity.checklist` configuration applies to them as to every default
 * check (it can disable them or change their phase).
 *
 * @public
 */
export interface MaturityChecksExtensionPoint {
  addChecks(...checks: CheckDefinition[]): void;
}

/**
 * @public
 */
export const maturityChecksExtensionPoint =
  createExtensionPoint<MaturityChecksExtensionPoint>({
    id: 'maturity.checks',
  });

/**
 * Lets backend modules add rule kinds, used in checks as
 * `{ custom: { kind, options } }`.
 *
 * @public
 */
export interface MaturityRuleKindsExtensionPoint {
  addRuleKind(...kinds: MaturityRuleKind[]): void;
}

/**
 * @public
 */
export const maturityRuleKindsExtensionPoint =
  createExtensionPoint<MaturityRuleKindsExtensionPoint>({
    id: 'maturity.rule-kinds',
  });
