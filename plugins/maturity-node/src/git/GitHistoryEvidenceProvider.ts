import type { Entity } from '@backstage/catalog-model';
import type {
  EvidenceRequest,
  EvidenceResult,
  MaturityEvidenceProvider,
} from '../evidence';
import { gitFreshnessToken } from './freshnessToken';
import { outsideOf } from './topLevel';
import { readGitHistory } from './readGitHistory';
import {
  DEFAULT_GIT_FACT_THRESHOLDS,
  scmFactsFromHistory,
  type GitFactThresholds,
} from './scmFactsFromHistory';
import type { ReadGitHistoryOptions } from './types';

/**
 * Where an entity's repository is checked out.
 *
 * @public
 */
export interface GitCheckout {
  directory: string;
  /**
   * Read only when the repository's top level is this folder or inside it
   * (a mirror's folder), so that a folder inside another repository is not
   * judged by that repository's history.
   */
  topLevelWithin?: string;
}

/**
 * Options of {@link GitHistoryEvidenceProvider}.
 *
 * @public
 */
export interface GitHistoryEvidenceProviderOptions {
  /**
   * The local checkout or mirror of an entity's repository, or undefined
   * when there is none (the provider then supplies nothing for it).
   */
  checkoutOf(entity: Entity): GitCheckout | undefined;
  /** Bounds of each read. */
  read?: ReadGitHistoryOptions;
  /** Thresholds of the facts. */
  thresholds?: Partial<GitFactThresholds>;
  /** The clock; ages are measured from it. */
  now?: () => Date;
}

/**
 * Supplies hosting-provider facts (`short-lived-branches`,
 * `co-authored-by-trailers`, `semver-tags`, `docs-changed-recently`) read
 * from a local git checkout's history. An unchanged repository (same HEAD,
 * refs, shallowness and day) answers `not-modified`.
 *
 * @public
 */
export class GitHistoryEvidenceProvider implements MaturityEvidenceProvider {
  readonly id = 'git';
  readonly #options: GitHistoryEvidenceProviderOptions;

  constructor(options: GitHistoryEvidenceProviderOptions) {
    this.#options = options;
  }

  async collect(request: EvidenceRequest): Promise<EvidenceResult> {
    const checkout = this.#options.checkoutOf(request.entity);
    if (!checkout) return { kind: 'evidence', evidence: {} };
    const { directory, topLevelWithin } = checkout;
    const now = this.#options.now?.() ?? new Date();
    const read = this.#options.read ?? {};
    const fresh = await gitFreshnessToken(
      directory,
      {
        gitBinary: read.gitBinary,
        timeoutMs: read.timeoutMs ?? 10_000,
        maxBuffer: read.maxBuffer ?? 8 * 1024 * 1024,
      },
      now,
    );
    const token = fresh?.token;
    if (token && token === request.previousToken) {
      return { kind: 'not-modified', token };
    }
    // A folder inside another repository stays so until that repository
    // changes: the token spares reading it again every cycle.
    if (
      fresh &&
      topLevelWithin !== undefined &&
      (await outsideOf(fresh.topLevel, topLevelWithin))
    ) {
      return { kind: 'evidence', evidence: {}, token };
    }
    const history = await readGitHistory(directory, {
      ...read,
      topLevelWithin,
    });
    const scm = scmFactsFromHistory(history, now, {
      ...DEFAULT_GIT_FACT_THRESHOLDS,
      ...this.#options.thresholds,
    });
    // A failed read is not remembered: the next cycle tries again.
    return history.available
      ? { kind: 'evidence', evidence: { scm }, token }
      : { kind: 'evidence', evidence: {} };
  }
}
