/**
 * An owner's waiver of a check (`exempt`) or statement that it is met
 * (`attested`). Both expire; an expired one no longer counts.
 *
 * @public
 */
export interface Waiver {
  checkId: string;
  kind: 'exemption' | 'attestation';
  reason: string;
  /** ISO 8601 date or date-time after which the waiver no longer counts. */
  expiresAt: string;
  /** Link to the evidence (attestations) or decision record. */
  evidenceUrl?: string;
  /** Entity ref of who granted it, when known. */
  createdBy?: string;
  /** Where the waiver comes from: an entity annotation or the API. */
  source?: 'annotation' | 'api';
}
