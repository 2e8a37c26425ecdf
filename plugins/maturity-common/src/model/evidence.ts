import type { Entity } from '@backstage/catalog-model';
import type { ScmFact } from './rules';

/**
 * One file of a repository listing.
 *
 * @public
 */
export interface RepositoryFile {
  /** Repository-relative POSIX path. */
  path: string;
  /** Size in bytes. */
  size: number;
}

/**
 * What could be read of an entity's repository: the whole tree listing and
 * the bounded text of the files that the checklist's content, manifest and
 * document rules look into.
 *
 * @public
 */
export interface RepositorySnapshot {
  files: RepositoryFile[];
  /** Text of the files that were read, by path. */
  contents: Record<string, string>;
  /** Files that match a content glob but were not read, with the reason. */
  skipped: Record<string, string>;
  /** Set when the listing itself is incomplete (e.g. the file-count cap). */
  truncated?: string;
}

/**
 * The repository of an entity, or why it could not be read.
 *
 * @public
 */
export type RepositoryEvidence =
  | { status: 'read'; snapshot: RepositorySnapshot; location?: string }
  | { status: 'unavailable'; reason: string; location?: string };

/**
 * A catalog entity that the evaluated entity refers to.
 *
 * @public
 */
export interface RelatedEntity {
  /** Entity ref, e.g. `resource:default/payments-db`. */
  ref: string;
  kind: string;
  /** `spec.type` of the entity, when it has one. */
  type?: string;
}

/**
 * What the catalog knows around the evaluated entity.
 *
 * @public
 */
export interface CatalogContext {
  /** Whether `spec.owner` resolves to an existing Group or User. */
  ownerExists: boolean;
  /** Targets of the entity's relations, by entity ref. */
  related: Record<string, RelatedEntity>;
  /**
   * `dependsOn` edges among components (entity ref to entity refs), enough
   * of the graph to find cycles through the evaluated entity.
   */
  componentDependsOn: Record<string, string[]>;
}

/**
 * Facts from the hosting provider (git history, the code host's API), when
 * a provider supplies them.
 *
 * @public
 */
export type ScmFacts = Partial<Record<ScmFact, EvidenceFact>>;

/**
 * A fact that an evidence provider established, e.g. whether the default
 * branch requires reviews, with what was seen in plain words.
 *
 * @public
 */
export interface EvidenceFact {
  /**
   * Whether the fact holds; `unknown` when the provider could not tell this
   * time (rate limit, outage, missing permission): the checks that read it
   * then end `error` with `detail` as the reason and keep their earlier
   * outcome, never a `fail`.
   */
  value: boolean | 'unknown';
  /**
   * What was seen, e.g. `main requires 1 approving review`; for an unknown
   * fact, why it could not be told.
   */
  detail: string;
}

/**
 * Facts from evidence providers, by name (`<provider>.<fact>`).
 *
 * @public
 */
export type EvidenceFacts = Record<string, EvidenceFact>;

/**
 * Everything an evaluation reads.
 *
 * @public
 */
export interface EvaluationInput {
  /**
   * The catalog entity; absent when only a repository is evaluated (the
   * command line without a catalog-info.yaml): rules on the entity are then
   * unknown.
   */
  entity?: Entity;
  /** Absent when no catalog is available (e.g. the command line). */
  catalog?: CatalogContext;
  repository?: RepositoryEvidence;
  scm?: ScmFacts;
  /** Facts from evidence providers, read by `fact` rules. */
  facts?: EvidenceFacts;
  /**
   * Whether `entity` is only assumed (the command line on a checkout without
   * a catalog-info.yaml): checks that nothing in the repository could pass
   * then need catalog data instead of failing.
   */
  entityAssumed?: boolean;
}
