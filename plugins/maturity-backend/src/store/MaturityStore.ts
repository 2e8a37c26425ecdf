import type { CycleStore } from './CycleStore';
import type { ScorecardReadStore } from './ScorecardReadStore';
import type { WaiverStore } from './WaiverStore';

export type { CycleStore } from './CycleStore';
export type { ScorecardReadStore } from './ScorecardReadStore';
export type { WaiverStore } from './WaiverStore';

/**
 * Persistence of the maturity plugin, as the union of the narrow interfaces
 * of each use: the evaluation cycle's writes ({@link CycleStore}), the API's
 * reads ({@link ScorecardReadStore}) and waivers ({@link WaiverStore}). A
 * consumer should ask for the narrowest it needs. The store never evaluates;
 * who did what is the auditor service's to record.
 */
export interface MaturityStore
  extends CycleStore,
    ScorecardReadStore,
    WaiverStore {}
