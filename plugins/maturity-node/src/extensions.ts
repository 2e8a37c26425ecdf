import { createExtensionPoint } from '@backstage/backend-plugin-api';

/**
 * Lets backend modules contribute checks to the maturity checklist.
 *
 * @public
 */
export interface MaturityChecksExtensionPoint {
  /** Adds checks, identified by id, to the checklist the backend evaluates. */
  addChecks(...checks: Array<{ id: string }>): void;
}

/**
 * @public
 */
export const maturityChecksExtensionPoint =
  createExtensionPoint<MaturityChecksExtensionPoint>({
    id: 'maturity.checks',
  });
