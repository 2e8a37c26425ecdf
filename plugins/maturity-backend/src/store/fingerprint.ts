import { hash } from 'node:crypto';
import type { CheckResultRow } from './rowMapping';

/**
 * A hash of everything stored of a check result. Comparing it with the
 * stored one tells whether the row must be written, without reading and
 * comparing the evidence itself.
 *
 * It hashes the JSON as stored. The evaluator builds results the same way
 * each time; should the order of their keys ever change, rows are rewritten
 * once, without history (the outcomes stay the same).
 */
export function checkFingerprint(
  row: Pick<
    CheckResultRow,
    'outcome' | 'evidence' | 'looked_for' | 'reason' | 'waiver' | 'blocking'
  >,
): string {
  return hash(
    'sha1',
    JSON.stringify([
      row.outcome,
      row.evidence,
      row.looked_for,
      row.reason,
      row.waiver,
      Boolean(row.blocking),
    ]),
    'base64url',
  );
}
