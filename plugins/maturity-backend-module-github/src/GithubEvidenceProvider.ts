import type { LoggerService } from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import {
  DefaultGithubCredentialsProvider,
  ScmIntegrations,
  type GithubCredentialsProvider,
  type ScmIntegrationRegistry,
} from '@backstage/integration';
import {
  dailyFreshnessToken,
  parseDailyFreshnessToken,
  repositoryLocation,
  RequestBudget,
  unknownEvidence,
  type EvidenceRequest,
  type EvidenceResult,
  type GitFactThresholds,
  type MaturityEvidenceProvider,
  type ProvidedEvidence,
} from '@backstage-maturity/plugin-maturity-node';
import { LRUCache } from 'lru-cache';
import {
  GITHUB_EVIDENCE_DEFAULTS,
  readGithubEvidenceConfig,
  type GithubEvidenceConfig,
} from './config';
import type { StoredAnswers } from './conditionalGet';
import { GithubClient } from './GithubClient';
import { GithubUnavailableError } from './GithubUnavailableError';
import {
  githubTarget,
  hasCredentials,
  type GithubTarget,
} from './githubTarget';
import { readRepository } from './readRepository';
import { GITHUB_SUPPLIED_FACTS } from './suppliedFacts';

/**
 * Options of {@link GithubEvidenceProvider}.
 *
 * @public
 */
export interface GithubEvidenceProviderOptions {
  /** The `integrations` of the app config: hosts, API URLs and credentials. */
  integrations: ScmIntegrationRegistry;
  /** Default: `DefaultGithubCredentialsProvider` over `integrations`. */
  credentialsProvider?: GithubCredentialsProvider;
  /** `maturity.github.*`; each setting left out takes its default. */
  settings?: Partial<GithubEvidenceConfig>;
  logger?: LoggerService;
  /** The clock: ages, the day in freshness tokens, the end of a back-off. */
  now?: () => Date;
  /** Thresholds of the facts computed from history. */
  thresholds?: Partial<GitFactThresholds>;
}

/**
 * One evaluation cycle of the {@link GithubEvidenceProvider}: its own
 * request budget, sharing the provider's cache and back-off.
 *
 * @public
 */
export interface GithubEvidenceSession extends MaturityEvidenceProvider {
  readonly budget: RequestBudget;
}

/** The last answer for a repository. */
interface CachedRepository {
  /** ETag of `GET /repos/{owner}/{repo}`. */
  etag: string;
  /** UTC day of the read. */
  day: string;
  /** Absent when the read was incomplete: the next one reads again. */
  token?: string;
  defaultBranch: string;
  evidence: ProvidedEvidence;
  stored: StoredAnswers;
}

/** What reading a repository came to, before it is fitted to a request. */
type Outcome =
  | { kind: 'read'; evidence: ProvidedEvidence; token?: string }
  /** Unchanged since the token, but no evidence in memory (after a restart). */
  | { kind: 'unchanged'; token: string }
  | { kind: 'unknown'; reason: string }
  /** Not readable with the configured credentials: nothing to say. */
  | { kind: 'none' };

/**
 * Supplies hosting-provider facts from GitHub and GitHub Enterprise for
 * the repositories of `integrations.github` hosts that have credentials:
 * `reviews-required` (branch protection and rulesets), and, from commits,
 * branches, tags and releases as the engine reads git history,
 * `short-lived-branches`, `commit-conventions`, `co-authored-by-trailers`,
 * `semver-tags` and `docs-changed-recently`; and `github.codeowners-valid`
 * and `github.required-status-checks`.
 *
 * An unchanged repository costs one conditional request, free of rate
 * limit, per cycle; a full read happens when it changed or the day turned.
 * Each cycle has a request budget; a host that answered with a rate limit
 * is left alone until the limit ends. What could not be read is unknown
 * with the reason, never false, and collect never throws for API trouble.
 *
 * @public
 */
export class GithubEvidenceProvider implements MaturityEvidenceProvider {
  readonly id = 'github';
  readonly #integrations: ScmIntegrationRegistry;
  readonly #credentials: GithubCredentialsProvider;
  readonly #settings: GithubEvidenceConfig;
  readonly #logger?: LoggerService;
  readonly #now: () => Date;
  readonly #thresholds?: Partial<GitFactThresholds>;
  readonly #client: GithubClient;
  readonly #cache: LRUCache<string, CachedRepository>;
  /** Budget of calls made on the provider itself rather than on a cycle. */
  readonly #budget: RequestBudget;
  /** Owners without credentials, logged once each. */
  readonly #uncovered = new Set<string>();

  static fromConfig(
    config: Config,
    options: Omit<
      GithubEvidenceProviderOptions,
      'integrations' | 'settings'
    > = {},
  ): GithubEvidenceProvider {
    return new GithubEvidenceProvider({
      ...options,
      integrations: ScmIntegrations.fromConfig(config),
      settings: readGithubEvidenceConfig(config),
    });
  }

  constructor(options: GithubEvidenceProviderOptions) {
    this.#integrations = options.integrations;
    this.#credentials =
      options.credentialsProvider ??
      DefaultGithubCredentialsProvider.fromIntegrations(options.integrations);
    this.#settings = { ...GITHUB_EVIDENCE_DEFAULTS, ...options.settings };
    this.#logger = options.logger;
    this.#now = options.now ?? (() => new Date());
    this.#thresholds = options.thresholds;
    this.#client = new GithubClient({ now: this.#now });
    this.#cache = new LRUCache({ max: this.#settings.cacheSize });
    this.#budget = this.#newBudget();
  }

  /** The hosts read, with the kind of credentials each has (`token`, `GitHub App`). */
  get hosts(): Array<{ host: string; credentials: string }> {
    return this.#integrations.github.list().flatMap(({ config }) => {
      if (!config.apiBaseUrl || !hasCredentials(config)) return [];
      const kinds = [
        config.token ? 'token' : '',
        config.apps?.length ? 'GitHub App' : '',
      ].filter(Boolean);
      return [{ host: config.host, credentials: kinds.join(' and ') }];
    });
  }

  /** A session for one evaluation cycle, with a fresh request budget. */
  startCycle(): GithubEvidenceSession {
    const budget = this.#newBudget();
    // Entities of one repository, and the collector's second ask without a
    // token, share one read per cycle.
    const outcomes = new Map<string, Promise<Outcome>>();
    return {
      id: this.id,
      budget,
      collect: request => this.#collect(request, budget, outcomes),
    };
  }

  /**
   * Collects outside a cycle. The maturity backend asks through
   * {@link GithubEvidenceProvider.startCycle}; here one budget of
   * `requestsPerCycle` serves the provider's whole life.
   */
  collect(request: EvidenceRequest): Promise<EvidenceResult> {
    return this.#collect(request, this.#budget, undefined);
  }

  #newBudget(): RequestBudget {
    return new RequestBudget(this.#settings.requestsPerCycle, {
      hostName: 'GitHub',
    });
  }

  async #collect(
    request: EvidenceRequest,
    budget: RequestBudget,
    outcomes: Map<string, Promise<Outcome>> | undefined,
  ): Promise<EvidenceResult> {
    const location = repositoryLocation(request.entity, this.#integrations);
    const target = location && githubTarget(location, this.#integrations);
    if (!target) return { kind: 'evidence', evidence: {} };

    const outcomeOf = (previousToken: string | undefined) => {
      let outcome = outcomes?.get(target.key);
      if (!outcome) {
        outcome = this.#read(target, previousToken, budget);
        outcomes?.set(target.key, outcome);
      }
      return outcome;
    };
    let outcome = await outcomeOf(request.previousToken);
    if (
      outcome.kind === 'unchanged' &&
      outcome.token !== request.previousToken
    ) {
      // Confirmed for another token, but this request needs the evidence.
      outcomes?.delete(target.key);
      outcome = await outcomeOf(undefined);
    }

    switch (outcome.kind) {
      case 'none':
        return { kind: 'evidence', evidence: {} };
      case 'unknown':
        // Not kept for the cycle: a back-off may end before it does.
        outcomes?.delete(target.key);
        return {
          kind: 'evidence',
          evidence: unknownEvidence(outcome.reason, GITHUB_SUPPLIED_FACTS),
        };
      case 'unchanged':
        return { kind: 'not-modified', token: outcome.token };
      default:
        if (outcome.token && outcome.token === request.previousToken) {
          return { kind: 'not-modified', token: outcome.token };
        }
        return {
          kind: 'evidence',
          evidence: outcome.evidence,
          token: outcome.token,
        };
    }
  }

  async #read(
    target: GithubTarget,
    previousToken: string | undefined,
    budget: RequestBudget,
  ): Promise<Outcome> {
    try {
      return await this.#readOrThrow(target, previousToken, budget);
    } catch (error) {
      if (error instanceof GithubUnavailableError) {
        return { kind: 'unknown', reason: error.reason };
      }
      const message = error instanceof Error ? error.message : String(error);
      this.#logger?.warn(
        `Could not read GitHub evidence of ${target.url}: ${message}`,
      );
      return {
        kind: 'unknown',
        reason: `could not read ${target.url}: ${message}`,
      };
    }
  }

  async #readOrThrow(
    target: GithubTarget,
    previousToken: string | undefined,
    budget: RequestBudget,
  ): Promise<Outcome> {
    // Neither credentials nor a request while the host is paused or the
    // budget is spent.
    const paused = this.#client.pauseReason(target.host);
    if (paused) return { kind: 'unknown', reason: paused };
    if (budget.exhausted) {
      return { kind: 'unknown', reason: budget.spentReason };
    }

    const headers = await this.#headers(target);
    if (!headers) return { kind: 'none' };

    const now = this.#now();
    const day = now.toISOString().slice(0, 10);
    const cached = this.#cache.get(target.key);
    const previous = parseDailyFreshnessToken(previousToken);
    // An ETag only helps when a 304 would settle something: the cached
    // answer, or the caller's token of today.
    const etag =
      cached?.etag ?? (previous?.day === day ? previous.version : undefined);

    const probe = await this.#client.send(
      {
        host: target.host,
        url: `${target.apiBaseUrl}/repos/${target.owner}/${target.name}`,
        headers,
        etag,
      },
      budget,
    );

    let defaultBranch: string;
    if (probe.status === 304) {
      if (!cached) return { kind: 'unchanged', token: previousToken! };
      if (cached.day === day && cached.token) {
        return { kind: 'read', evidence: cached.evidence, token: cached.token };
      }
      defaultBranch = cached.defaultBranch;
    } else if (probe.status === 200) {
      const body = probe.body as { default_branch?: unknown } | undefined;
      if (typeof body?.default_branch !== 'string') {
        return {
          kind: 'unknown',
          reason: `${target.host} did not name the default branch of ${target.url}`,
        };
      }
      defaultBranch = body.default_branch;
    } else {
      return { kind: 'unknown', reason: probeProblem(target, probe) };
    }

    const read = await readRepository({
      client: this.#client,
      budget,
      target,
      headers,
      branch: defaultBranch,
      recentPullRequests: this.#settings.recentPullRequests,
      stored: cached?.stored ?? {},
      now,
      thresholds: this.#thresholds,
    });
    const newEtag = probe.etag;
    const token =
      read.complete && newEtag ? dailyFreshnessToken(newEtag, now) : undefined;
    if (newEtag) {
      this.#cache.set(target.key, {
        etag: newEtag,
        day,
        token,
        defaultBranch,
        evidence: read.evidence,
        stored: read.stored,
      });
    }
    return { kind: 'read', evidence: read.evidence, token };
  }

  /** The credentials' headers, or undefined when there are none for the owner. */
  async #headers(
    target: GithubTarget,
  ): Promise<Record<string, string> | undefined> {
    let headers: Record<string, string> | undefined;
    try {
      ({ headers } = await this.#credentials.getCredentials({
        url: target.url,
      }));
    } catch (error) {
      throw new GithubUnavailableError(
        `no GitHub credentials for ${target.url}: ${
          error instanceof Error ? error.message : String(error)
        }`,
      );
    }
    if (!headers?.Authorization) {
      const owner = `${target.host}/${target.owner}`.toLowerCase();
      if (!this.#uncovered.has(owner)) {
        this.#uncovered.add(owner);
        this.#logger?.info(
          `No GitHub App installation or token covers ${target.host}/${target.owner}; its repositories are not read`,
        );
      }
      return undefined;
    }
    return headers;
  }
}

function probeProblem(
  target: GithubTarget,
  probe: { status: number; body: unknown },
): string {
  const message = (probe.body as { message?: unknown } | undefined)?.message;
  const said = typeof message === 'string' ? `: ${message}` : '';
  switch (probe.status) {
    case 404:
      return 'repository not found or not visible to the credentials';
    case 401:
      return `${target.host} rejected the credentials (401${said})`;
    case 403:
      return `${target.host} refused to show the repository (403${said})`;
    default:
      return `${target.host} answered ${probe.status}${said}`;
  }
}
