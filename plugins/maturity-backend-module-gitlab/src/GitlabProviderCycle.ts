import type { LoggerService } from '@backstage/backend-plugin-api';
import type { ScmIntegrationRegistry } from '@backstage/integration';
import {
  RequestBudget,
  unknownEvidence,
  type EvidenceRequest,
  type EvidenceResult,
  type GitFactThresholds,
  type HostPauses,
  type MaturityEvidenceProvider,
  type ProvidedEvidence,
} from '@backstage-maturity/plugin-maturity-node';
import type { LRUCache } from 'lru-cache';
import { GitlabClient, GitlabReadError } from './GitlabClient';
import { gitlabProjectOf, type GitlabProjectRef } from './gitlabProject';
import type { GitlabProject } from './gitlabTypes';
import { etagOfToken, freshnessToken } from './freshnessToken';
import { readGitlabProject, type ProjectReading } from './readGitlabProject';
import { GITLAB_SUPPLIED_FACTS } from './suppliedFacts';

/** The last answer for a project, kept across cycles. */
export interface CachedProject {
  etag?: string;
  project: GitlabProject;
  /** With `evidence`: the token it was given under. */
  token?: string;
  evidence?: ProvidedEvidence;
}

/** What every cycle of a provider shares. */
export interface GitlabProviderState {
  integrations: ScmIntegrationRegistry;
  logger: LoggerService;
  requestsPerCycle: number;
  recentMergeRequests: number;
  thresholds: GitFactThresholds;
  now: () => Date;
  cache: LRUCache<string, CachedProject>;
  /** Hosts left alone for their rate limit, across cycles. */
  pauses: HostPauses;
  /** Full reads under way, so that entities of one project share one. */
  reads: Map<string, Promise<ProjectReading>>;
}

/**
 * Requests one cycle of the GitLab provider has sent.
 *
 * @public
 */
export interface GitlabRequestUsage {
  /** Requests counted against the budget. */
  requests: number;
  /** Conditional requests GitLab answered 304 Not Modified (not counted). */
  notModified: number;
  requestsPerCycle: number;
}

/**
 * One evaluation cycle of the GitLab provider: its own request budget, the
 * provider's cache and rate-limit state.
 *
 * @public
 */
export class GitlabProviderCycle implements MaturityEvidenceProvider {
  readonly id = 'gitlab';
  readonly #state: GitlabProviderState;
  readonly #budget: RequestBudget;

  /** @internal */
  constructor(state: GitlabProviderState) {
    this.#state = state;
    this.#budget = new RequestBudget(state.requestsPerCycle, {
      hostName: 'GitLab',
      onSpent: () =>
        state.logger.warn(
          `GitLab request budget of ${state.requestsPerCycle} per cycle spent; ` +
            'the GitLab facts of the entities not yet read are unknown until the next cycle',
        ),
    });
  }

  /** The requests this cycle has sent so far. */
  get usage(): GitlabRequestUsage {
    return {
      requests: this.#budget.spent,
      notModified: this.#budget.notModified,
      requestsPerCycle: this.#budget.limit,
    };
  }

  async collect(request: EvidenceRequest): Promise<EvidenceResult> {
    const ref = gitlabProjectOf(request.entity, this.#state.integrations);
    if (!ref) return { kind: 'evidence', evidence: {} };
    const client = new GitlabClient({
      integration: ref.integration,
      budget: this.#budget,
      pauses: this.#state.pauses,
      now: this.#state.now,
    });
    try {
      return await this.#collect(client, ref, request.previousToken);
    } catch (error) {
      if (error instanceof GitlabReadError) {
        return {
          kind: 'evidence',
          evidence: unknownEvidence(error.message, GITLAB_SUPPLIED_FACTS),
        };
      }
      throw error;
    }
  }

  async #collect(
    client: GitlabClient,
    ref: GitlabProjectRef,
    previousToken: string | undefined,
  ): Promise<EvidenceResult> {
    const key = `${ref.integration.apiBaseUrl}|${ref.path}`;
    const path = `projects/${encodeURIComponent(ref.path)}`;
    const cached = this.#state.cache.get(key);
    const knownEtag = cached?.etag ?? etagOfToken(previousToken);

    const probe = await client.get<GitlabProject>(
      path,
      {},
      { etag: knownEtag },
    );
    if (probe.status === 'denied') {
      return {
        kind: 'evidence',
        evidence: unknownEvidence(
          projectRefusal(probe.code, client.host),
          GITLAB_SUPPLIED_FACTS,
        ),
      };
    }
    let etag = knownEtag;
    let project = cached?.etag === knownEtag ? cached?.project : undefined;
    if (probe.status === 'ok') {
      etag = probe.etag;
      project = probe.body;
    }
    let token = freshnessToken(etag, project, this.#state.now());

    if (token && token === previousToken) {
      if (project) this.#remember(key, { ...cached, etag, project });
      return { kind: 'not-modified', token };
    }
    if (token && cached?.evidence && cached.token === token) {
      return { kind: 'evidence', evidence: cached.evidence, token };
    }
    if (!project) {
      // Not modified since a token from before a restart, but the project
      // itself is not cached: read it again.
      const fresh = await client.get<GitlabProject>(path);
      if (fresh.status !== 'ok') {
        return {
          kind: 'evidence',
          evidence: unknownEvidence(
            fresh.status === 'denied'
              ? projectRefusal(fresh.code, client.host)
              : `${client.host} answered the project unexpectedly`,
            GITLAB_SUPPLIED_FACTS,
          ),
        };
      }
      etag = fresh.etag;
      project = fresh.body;
      token = freshnessToken(etag, project, this.#state.now());
    }

    if (project.empty_repo || !project.default_branch) {
      // Nothing to tell about a repository without commits.
      this.#remember(key, { etag, project, token, evidence: {} });
      return { kind: 'evidence', evidence: {}, token };
    }
    const reading = await this.#read(client, key, token, {
      ...project,
      default_branch: project.default_branch,
    });
    const evidence: ProvidedEvidence = { scm: reading.scm };
    if (reading.complete && token) {
      this.#remember(key, { etag, project, token, evidence });
      return { kind: 'evidence', evidence, token };
    }
    // What the host could not answer is asked again next time.
    this.#remember(key, { etag, project });
    return { kind: 'evidence', evidence };
  }

  #read(
    client: GitlabClient,
    key: string,
    token: string | undefined,
    project: GitlabProject & { default_branch: string },
  ): Promise<ProjectReading> {
    const readKey = `${key}|${token ?? ''}`;
    const underWay = this.#state.reads.get(readKey);
    if (underWay) return underWay;
    const reading = readGitlabProject(client, project, {
      recentMergeRequests: this.#state.recentMergeRequests,
      thresholds: this.#state.thresholds,
      now: this.#state.now(),
    }).finally(() => this.#state.reads.delete(readKey));
    this.#state.reads.set(readKey, reading);
    return reading;
  }

  #remember(key: string, entry: CachedProject): void {
    this.#state.cache.set(key, entry);
  }
}

function projectRefusal(code: 401 | 403 | 404, host: string): string {
  if (code === 404) return 'project not found or not visible to the token';
  if (code === 401) {
    return `${host} rejected the token of integrations.gitlab (401): it is invalid, expired or revoked`;
  }
  return `the token of integrations.gitlab for ${host} may not read the project (403): it needs the read_api scope and at least the Reporter role`;
}
