import type { Entity } from '@backstage/catalog-model';
import type {
  Evidence,
  EvidenceFacts,
  RepositorySnapshot,
} from '@backstage-maturity/plugin-maturity-common';

/**
 * What a rule kind added from code may read. Rules never do I/O: what they
 * need comes from evidence providers, as facts or the repository snapshot.
 *
 * @public
 */
export interface RuleKindInput {
  /** The catalog entity; absent when only a repository is evaluated. */
  entity?: Entity;
  /** Facts from evidence providers, by name. */
  facts: EvidenceFacts;
  /** The repository, when it could be read. */
  repository?: RepositorySnapshot;
}

/**
 * What a rule of a custom kind found: true, false, or unknown when its
 * evidence could not be read (an `error` outcome, never a `fail`).
 *
 * @public
 */
export interface RuleKindResult {
  value: boolean | 'unknown';
  /** What made it true, in plain words. */
  evidence?: Evidence[];
  /** What was looked for and not found, in plain words. */
  lookedFor?: string[];
  /** Why the value is unknown. */
  problems?: string[];
}

/**
 * A rule kind that a backend module adds from code, used in checks as
 * `{ custom: { kind: <name>, options: {...} } }`.
 *
 * @public
 */
export interface MaturityRuleKind {
  /** The name rules use; letters, digits, `.`, `-` and `_`. */
  readonly name: string;
  /**
   * Problems with a rule's options, in words; none when they are valid.
   * Checked when the checklist is read, so bad options fail start-up.
   */
  validateOptions?(options: Record<string, unknown> | undefined): string[];
  evaluate(
    options: Record<string, unknown> | undefined,
    input: RuleKindInput,
  ): RuleKindResult;
}
