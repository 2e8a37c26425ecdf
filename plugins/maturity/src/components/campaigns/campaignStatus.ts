import type { CampaignEntityStatus, CampaignProgress } from '../../api';

/** Every status, from done to overdue: the order of bars and legends. */
export const STATUSES: CampaignEntityStatus[] = [
  'done',
  'on-track',
  'at-risk',
  'overdue',
];

/** The statuses of entities that have not reached the target, worst first. */
export const NOT_DONE: CampaignEntityStatus[] = [
  'overdue',
  'at-risk',
  'on-track',
];

/** How each status reads. */
export const STATUS_LABELS: Record<CampaignEntityStatus, string> = {
  done: 'Done',
  'on-track': 'On track',
  'at-risk': 'At risk',
  overdue: 'Overdue',
};

/** How a status reads in a sentence: "3 at risk". */
export const STATUS_WORDS: Record<CampaignEntityStatus, string> = {
  done: 'done',
  'on-track': 'on track',
  'at-risk': 'at risk',
  overdue: 'overdue',
};

/** The entities of a progress that have a status. */
export function countOfStatus(
  progress: CampaignProgress,
  status: CampaignEntityStatus,
): number {
  switch (status) {
    case 'done':
      return progress.done;
    case 'on-track':
      return progress.onTrack;
    case 'at-risk':
      return progress.atRisk;
    default:
      return progress.overdue;
  }
}

/** A share (0 to 1) as a whole percentage: "40%". */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** A progress in words: "4 done, 3 on track, 2 at risk, 1 overdue". */
export function progressInWords(progress: CampaignProgress): string {
  return STATUSES.map(
    status => `${countOfStatus(progress, status)} ${STATUS_WORDS[status]}`,
  ).join(', ');
}
