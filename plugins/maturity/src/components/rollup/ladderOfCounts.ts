import {
  NOT_STARTED_ID,
  UNKNOWN,
  UNKNOWN_ID,
} from '@backstage-maturity/plugin-maturity-common';
import type { PhaseCount } from '../../api';

/** The phase ids of the ladder in counts that also hold `unknown` and `not-started`. */
export function ladderOfCounts(phases: PhaseCount[]): string[] {
  return phases
    .map(p => p.phase)
    .filter(id => id !== NOT_STARTED_ID && id !== UNKNOWN_ID);
}

/** The name of a count's bucket; "Unknown" is a standing, never a phase. */
export function bucketName(count: PhaseCount): string {
  return count.phase === UNKNOWN_ID ? UNKNOWN : count.name;
}
