import type { Entity } from '@backstage/catalog-model';
import {
  WAIVER_ANNOTATION_PREFIX,
  type Waiver,
} from '@backstage-maturity/plugin-maturity-common';

const KEY =
  /^maturity\.backstage\.io\/(exempt|attest)\.([a-z0-9][a-z0-9._-]*)$/i;
const VALUE =
  /^\s*(\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)\s*:\s*(.+?)\s*$/s;

/**
 * Exemptions and attestations declared on the entity itself:
 *
 * ```yaml
 * metadata:
 *   annotations:
 *     maturity.backstage.io/exempt.db-migrations: "2027-03-31: the schema is owned by the data platform"
 *     maturity.backstage.io/attest.trunk-based: "2027-01-31: we merge daily, see https://wiki.example.com/branching"
 * ```
 *
 * The value is the expiry date, a colon, and the reason; the first URL in
 * the reason becomes the evidence link. Malformed values are reported, not
 * applied.
 *
 * @public
 */
export function annotationWaivers(entity: Entity): {
  waivers: Waiver[];
  problems: string[];
} {
  const waivers: Waiver[] = [];
  const problems: string[] = [];
  for (const [key, value] of Object.entries(
    entity.metadata.annotations ?? {},
  )) {
    if (!key.startsWith(WAIVER_ANNOTATION_PREFIX)) continue;
    const keyMatch = KEY.exec(key);
    if (!keyMatch) continue;
    const valueMatch = VALUE.exec(value);
    if (!valueMatch || Number.isNaN(Date.parse(valueMatch[1]))) {
      problems.push(
        `annotation ${key}: expected "<YYYY-MM-DD>: <reason>", got "${value}"`,
      );
      continue;
    }
    const [, kind, checkId] = keyMatch;
    const [, expiresAt, reason] = valueMatch;
    waivers.push({
      checkId,
      kind: kind === 'exempt' ? 'exemption' : 'attestation',
      reason,
      expiresAt,
      evidenceUrl: /https?:\/\/\S+/.exec(reason)?.[0],
      source: 'annotation',
    });
  }
  return { waivers, problems };
}
