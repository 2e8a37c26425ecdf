import { hash } from 'node:crypto';
import type { CheckResultRow } from './rowMapping';

/** Ids of shared lists (or their texts, in old rows) quoted, made once. */
const quoted = new Map<string, string>();
const MAX_QUOTED = 10_000;

function quote(text: string): string {
  let json = quoted.get(text);
  if (json === undefined) {
    json = JSON.stringify(text);
    if (quoted.size >= MAX_QUOTED) quoted.clear();
    quoted.set(text, json);
  }
  return json;
}

/**
 * A hash of everything stored of a check result. Comparing it with the
 * stored one tells whether the row must be written, without reading and
 * comparing the evidence itself.
 *
 * It hashes the JSON array `[outcome, evidence, looked_for_id or
 * looked_for, reason, waiver, blocking]` as stored, written out here so that
 * what was looked for (the same for every entity that fails a check) is
 * quoted once. The list's id is a hash of it: a changed list changes the
 * fingerprint. The evaluator builds results the same way each time; should
 * the order of their keys ever change, rows are rewritten once, without
 * history (the outcomes stay the same).
 */
export function checkFingerprint(
  row: Pick<
    CheckResultRow,
    | 'outcome'
    | 'evidence'
    | 'looked_for'
    | 'looked_for_id'
    | 'reason'
    | 'waiver'
    | 'blocking'
  >,
): string {
  const json = `[${JSON.stringify(row.outcome)},${JSON.stringify(
    row.evidence,
  )},${quote(row.looked_for_id ?? row.looked_for)},${JSON.stringify(
    row.reason ?? null,
  )},${JSON.stringify(row.waiver ?? null)},${Boolean(row.blocking)}]`;
  return hash('sha1', json, 'base64url');
}
