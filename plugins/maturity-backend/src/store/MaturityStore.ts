import type { CycleStore } from './CycleStore';
import type { ScorecardReadStore } from './ScorecardReadStore';
import type { AuditRecord } from './types';
import type { WaiverStore } from './WaiverStore';

export type { CycleStore } from './CycleStore';
export type { ScorecardReadStore } from './ScorecardReadStore';
export type { WaiverStore } from './WaiverStore';

/** The audit trail kept in the plugin's own table. */
export interface AuditStore {
  addAudit(record: Omit<AuditRecord, 'id'>): Promise<void>;
  listAudit(options: {
    entityRef?: string;
    limit: number;
  }): Promise<AuditRecord[]>;
}

/**
 * Persistence of the maturity plugin, as the union of the narrow interfaces
 * of each use: the evaluation cycle's writes ({@link CycleStore}), the API's
 * reads ({@link ScorecardReadStore}), waivers ({@link WaiverStore}) and the
 * audit trail. A consumer should ask for the narrowest it needs. The store
 * never evaluates.
 */
export interface MaturityStore
  extends CycleStore,
    ScorecardReadStore,
    WaiverStore,
    AuditStore {}
