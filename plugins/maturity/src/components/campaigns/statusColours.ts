import type { CSSProperties } from 'react';
import type { CampaignEntityStatus } from '../../api';

// Told apart by lightness as well as hue, and overdue striped, so that the
// bar reads without colour too; the legend always names each status.
const COLOURS: Record<CampaignEntityStatus, string> = {
  done: '#2e7d32',
  'on-track': '#1976d2',
  'at-risk': '#f9a825',
  overdue: '#c62828',
};

const STRIPES =
  'repeating-linear-gradient(45deg, rgba(255,255,255,0.5) 0 3px, transparent 3px 7px)';

/** The colour of a status, for charts. */
export function statusColour(status: CampaignEntityStatus): string {
  return COLOURS[status];
}

/** The fill of a status's bar segment or legend swatch. */
export function statusFill(status: CampaignEntityStatus): CSSProperties {
  return {
    backgroundColor: COLOURS[status],
    backgroundImage: status === 'overdue' ? STRIPES : undefined,
  };
}
