import type { Checklist } from '@backstage-maturity/plugin-maturity-common';
import { foundationChecks } from './foundation';
import { kaizenChecks } from './kaizen';
import { niceToHaveChecks } from './niceToHave';
import { operationalMaturityChecks } from './operationalMaturity';
import {
  defaultPhases,
  defaultTracks,
} from '@backstage-maturity/plugin-maturity-common';
import { practicesChecks } from './practices';
import { productionReadyChecks } from './productionReady';
import { walkingSkeletonChecks } from './walkingSkeleton';

/**
 * The checklist that ships as the default (docs/checklist.md): the five
 * phases of the ladder, the two side tracks and their checks. Organisations
 * replace, extend, re-phase or switch off any of it from configuration.
 *
 * @public
 */
export const defaultChecklist: Checklist = {
  phases: defaultPhases,
  tracks: defaultTracks,
  checks: [
    ...walkingSkeletonChecks,
    ...foundationChecks,
    ...productionReadyChecks,
    ...operationalMaturityChecks,
    ...kaizenChecks,
    ...practicesChecks,
    ...niceToHaveChecks,
  ],
};
