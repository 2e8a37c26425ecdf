import type { LoggerService } from '@backstage/backend-plugin-api';
import type { ScmIntegrationRegistry } from '@backstage/integration';
import {
  DEFAULT_GIT_FACT_THRESHOLDS,
  HostPauses,
  type EvidenceRequest,
  type EvidenceResult,
  type GitFactThresholds,
  type MaturityEvidenceProvider,
} from '@backstage-maturity/plugin-maturity-node';
import { LRUCache } from 'lru-cache';
import { GITLAB_MODULE_DEFAULTS } from './config';
import {
  GitlabProviderCycle,
  type CachedProject,
  type GitlabProviderState,
} from './GitlabProviderCycle';

/**
 * Options of {@link GitlabEvidenceProvider}.
 *
 * @public
 */
export interface GitlabEvidenceProviderOptions {
  /** The hosts to read: those of `integrations.gitlab` with a token. */
  integrations: ScmIntegrationRegistry;
  logger: LoggerService;
  /** Requests one cycle may send (304 answers aside). Default 2000. */
  requestsPerCycle?: number;
  /** Recent merged merge requests whose approvals are told. Default 20. */
  recentMergeRequests?: number;
  /** Projects whose last answer is kept in memory. Default 20 000. */
  cacheSize?: number;
  /** Thresholds of the history facts; the checks' own by default. */
  thresholds?: Partial<GitFactThresholds>;
  /** The clock of ages, tokens and rate-limit pauses. */
  now?: () => Date;
}

/**
 * Supplies hosting-provider facts of entities whose repository is a GitLab
 * project on a host of `integrations.gitlab` with a token: whether merge
 * request approvals are required on the default branch, and the history
 * facts (commit conventions, co-author trailers, semver tags, short-lived
 * branches, recent documentation changes) as git history would tell them.
 *
 * Unchanged projects cost one conditional request that GitLab answers 304;
 * each cycle has a request budget, and a host that hit its rate limit is
 * left alone until the time it named. What cannot be read is reported as
 * unknown with the reason, never as false.
 *
 * @public
 */
export class GitlabEvidenceProvider implements MaturityEvidenceProvider {
  readonly id = 'gitlab';
  readonly #state: GitlabProviderState;
  #cycle?: GitlabProviderCycle;

  constructor(options: GitlabEvidenceProviderOptions) {
    this.#state = {
      integrations: options.integrations,
      logger: options.logger,
      requestsPerCycle:
        options.requestsPerCycle ?? GITLAB_MODULE_DEFAULTS.requestsPerCycle,
      recentMergeRequests:
        options.recentMergeRequests ??
        GITLAB_MODULE_DEFAULTS.recentMergeRequests,
      thresholds: { ...DEFAULT_GIT_FACT_THRESHOLDS, ...options.thresholds },
      now: options.now ?? (() => new Date()),
      cache: new LRUCache<string, CachedProject>({
        max: options.cacheSize ?? GITLAB_MODULE_DEFAULTS.cacheSize,
      }),
      pauses: new HostPauses({
        onPause: reason =>
          options.logger.warn(
            `${reason}; GitLab facts of entities on it are unknown until then`,
          ),
      }),
      reads: new Map(),
    };
  }

  /** The hosts whose projects are read: those with a token. */
  static hostsRead(integrations: ScmIntegrationRegistry): string[] {
    return integrations.gitlab
      .list()
      .filter(integration => integration.config.token)
      .map(integration => integration.config.host);
  }

  /**
   * A new cycle with a fresh request budget, sharing this provider's cache
   * and the hosts' rate-limit pauses.
   */
  startCycle(): GitlabProviderCycle {
    return new GitlabProviderCycle(this.#state);
  }

  /**
   * Collects outside of cycles: all such calls share one budget for the
   * provider's life. The maturity plugin always starts a cycle.
   */
  collect(request: EvidenceRequest): Promise<EvidenceResult> {
    this.#cycle ??= this.startCycle();
    return this.#cycle.collect(request);
  }
}
