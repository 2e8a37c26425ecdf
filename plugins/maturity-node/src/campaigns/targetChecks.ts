import type { Checklist } from '@backstage-maturity/plugin-maturity-common';
import type { CampaignTarget } from './types';

/**
 * Ids of the checks a target needs: the listed checks, or every required
 * check of the target phase and of the phases below it, in checklist order.
 *
 * @throws Error when the target phase is not in the checklist, so that a
 *   campaign read against another checklist is never done for want of checks
 * @public
 */
export function targetChecks(
  target: CampaignTarget,
  checklist: Checklist,
): string[] {
  if ('checks' in target) return [...target.checks];
  const upTo = checklist.phases.findIndex(p => p.id === target.phase);
  if (upTo === -1) {
    throw new Error(`unknown phase "${target.phase}" in campaign target`);
  }
  const phases = new Set(checklist.phases.slice(0, upTo + 1).map(p => p.id));
  return checklist.checks
    .filter(c => c.phase && phases.has(c.phase) && c.required !== false)
    .map(c => c.id);
}
