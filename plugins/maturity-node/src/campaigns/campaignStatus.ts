import type { Checklist } from '@backstage-maturity/plugin-maturity-common';
import { isMet } from '../evaluation/summarize';
import { DAY_MS, utcDayStart } from './isoDate';
import { targetChecks } from './targetChecks';
import type {
  CampaignDefinition,
  CampaignEntityResult,
  CampaignEntityStatus,
  CampaignStanding,
} from './types';

/**
 * Days before the deadline day from which an unfinished entity is at risk.
 *
 * @public
 */
export const AT_RISK_DAYS = 14;

/** Whether the standing's phase is the target phase or above it. */
function phaseReached(
  campaign: CampaignDefinition,
  standing: CampaignStanding,
  checklist: Checklist,
): boolean {
  if (!('phase' in campaign.target)) return false;
  const ids = checklist.phases.map(p => p.id);
  const reached = ids.indexOf(standing.phase);
  return reached !== -1 && reached >= ids.indexOf(campaign.target.phase);
}

/** Status of an entity that is not done, by the calendar and its pace. */
function timeStatus(
  campaign: CampaignDefinition,
  met: number,
  total: number,
  now: Date,
): CampaignEntityStatus {
  const start = utcDayStart(campaign.start)!;
  const deadline = utcDayStart(campaign.deadline)!;
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  if (today > deadline) return 'overdue';
  if (today >= deadline - AT_RISK_DAYS * DAY_MS) return 'at-risk';
  // Whole days: the start day counts as none elapsed, the deadline day as all.
  const days = (deadline - start) / DAY_MS + 1;
  const elapsed = Math.max(0, (today - start) / DAY_MS);
  // met/total < elapsed/days, without rounding.
  return met * days < elapsed * total ? 'at-risk' : 'on-track';
}

/**
 * Where one entity stands in a campaign at `now`, on UTC day boundaries:
 *
 * - `done`: the target phase or one above it is reached, or every target
 *   check is met (pass, not applicable, exempt or attested);
 * - `overdue`: not done after the deadline day;
 * - `at-risk`: not done, and the deadline is at most 14 days away, or the
 *   share of target checks met is below the share of the campaign's days
 *   elapsed;
 * - `on-track`: otherwise.
 *
 * An entity whose standing is unknown is judged by its known outcomes only:
 * its phase is not trusted, and checks that could not be read count as not
 * met and are listed in `remaining`. It is done only when every target check
 * is known to be met.
 *
 * @param checklist - the checklist in force, for the checks a phase needs
 * @public
 */
export function campaignEntityStatus(
  campaign: CampaignDefinition,
  standing: CampaignStanding,
  now: Date,
  checklist: Checklist,
): CampaignEntityResult {
  const needed = targetChecks(campaign.target, checklist);
  const outcomeOf = new Map(standing.checks.map(c => [c.checkId, c.outcome]));
  const remaining = needed.filter(id => {
    const outcome = outcomeOf.get(id);
    return outcome === undefined || !isMet(outcome);
  });
  const total = needed.length;
  const met = total - remaining.length;
  const done =
    remaining.length === 0 ||
    (!standing.unknown && phaseReached(campaign, standing, checklist));
  if (done) return { status: 'done', remaining: [], met: total, total };
  return {
    status: timeStatus(campaign, met, total, now),
    remaining,
    met,
    total,
  };
}
