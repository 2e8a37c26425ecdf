import type { CampaignBurndown } from '../../api';
import { addDays, daysBetween } from './days';

/** One day of the burndown chart. */
export interface BurndownPoint {
  day: string;
  /** Entities not done on that day; null on days without a computation. */
  notDone: number | null;
  /** Entities not done at an even pace from the start's total to none at the deadline. */
  ideal: number;
}

// A campaign of ten years is already more than a chart can show.
const MAX_DAYS = 3660;

/**
 * A point per day from the campaign's start to its deadline (or the last
 * day computed, if later): the entities not done where the day was
 * computed, and the ideal line from the total on the first day computed
 * (or `total`, before any) down to 0 on the deadline.
 */
export function burndownSeries(
  burndown: CampaignBurndown,
  total: number,
): BurndownPoint[] {
  const { start, deadline, days } = burndown;
  const byDay = new Map(days.map(d => [d.day, d.total - d.done]));
  const last = days.length ? days[days.length - 1].day : deadline;
  const span = Math.max(daysBetween(start, deadline), 0);
  const length = Math.min(
    Math.max(span, daysBetween(start, last), 0) + 1,
    MAX_DAYS,
  );
  const startTotal = days.length ? days[0].total : total;
  return Array.from({ length }, (_, index) => {
    const day = addDays(start, index);
    const remaining = span === 0 ? 0 : Math.max(span - index, 0) / span;
    return {
      day,
      notDone: byDay.get(day) ?? null,
      ideal: Math.round(startTotal * remaining * 10) / 10,
    };
  });
}
