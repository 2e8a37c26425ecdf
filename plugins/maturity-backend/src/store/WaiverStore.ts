import type { StoredWaiver } from './types';

/** Waivers: granted and revoked through the API, read by the evaluation. */
export interface WaiverStore {
  /** Active and past waivers of an entity, newest first. */
  listWaivers(entityRef: string): Promise<StoredWaiver[]>;
  /** Unrevoked, unexpired waivers of many entities, for evaluation. */
  getActiveWaivers(
    entityRefs: string[],
    now: Date,
  ): Promise<Map<string, StoredWaiver[]>>;
  getWaiver(id: string): Promise<StoredWaiver | undefined>;
  /**
   * Creates a waiver. `actor` is not stored (`waiver.createdBy` is): who
   * did it is the auditor's to record.
   */
  createWaiver(
    waiver: Omit<StoredWaiver, 'id' | 'createdAt' | 'revokedAt' | 'revokedBy'>,
    actor: string,
    at: Date,
  ): Promise<StoredWaiver>;
  /**
   * Revokes a waiver, storing who (`actor`) and why; a waiver already
   * revoked stays as it was.
   */
  revokeWaiver(
    id: string,
    actor: string,
    reason: string,
    at: Date,
  ): Promise<StoredWaiver | undefined>;
}
