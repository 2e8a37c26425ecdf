import type { Entity } from '@backstage/catalog-model';
import type { LoggerService } from '@backstage/backend-plugin-api';
import type {
  EvidenceResult,
  MaturityEvidenceProvider,
  ProvidedEvidence,
} from '@backstage-maturity/plugin-maturity-node';
import { mergeEvidence } from './mergeEvidence';

/** Freshness tokens of an entity's evidence, by provider id. */
export type EvidenceTokens = Record<string, string>;

/** What the providers supplied for one entity. */
export type CollectedEvidence =
  /** Every provider's data is unchanged since the tokens given. */
  | { kind: 'not-modified'; tokens: EvidenceTokens }
  | { kind: 'evidence'; evidence: ProvidedEvidence; tokens: EvidenceTokens };

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Asks every registered evidence provider about an entity, for one cycle,
 * and merges what they supply. A provider that fails for an entity is
 * logged and contributes nothing: the checks that needed it end `error`
 * or attestable, never a wrong `fail`.
 */
export class EvidenceCollector {
  readonly #providers: MaturityEvidenceProvider[];
  readonly #contentGlobs: string[];
  readonly #logger: LoggerService;

  constructor(options: {
    providers: MaturityEvidenceProvider[];
    contentGlobs: string[];
    logger: LoggerService;
  }) {
    this.#providers = options.providers.map(p => p.startCycle?.() ?? p);
    this.#contentGlobs = options.contentGlobs;
    this.#logger = options.logger;
  }

  /**
   * Whether, given these tokens, every provider may answer "not modified"
   * (each has a token to compare): only then can stored results be reused.
   */
  mayBeUnchanged(previous: EvidenceTokens): boolean {
    return this.#providers.every(p => previous[p.id] !== undefined);
  }

  /**
   * Collects an entity's evidence. With the tokens of its last evaluation
   * (given only when nothing else about the entity changed), providers may
   * answer "not modified"; unless all of them do, those are asked again
   * without a token so that the evaluation sees all the evidence.
   */
  async collect(
    entity: Entity,
    previous?: EvidenceTokens,
  ): Promise<CollectedEvidence> {
    const first = await Promise.all(
      this.#providers.map(p => this.#ask(p, entity, previous?.[p.id])),
    );
    if (previous && first.every(r => r.kind === 'not-modified')) {
      return { kind: 'not-modified', tokens: tokensOf(this.#providers, first) };
    }
    const results = await Promise.all(
      first.map((result, i) =>
        result.kind === 'not-modified'
          ? this.#ask(this.#providers[i], entity, undefined)
          : result,
      ),
    );
    return {
      kind: 'evidence',
      evidence: mergeEvidence(
        results.map((r, i) =>
          r.kind === 'evidence'
            ? r.evidence
            : nothingFrom(
                this.#providers[i],
                `evidence provider ${
                  this.#providers[i].id
                } answered "not modified" without a token`,
              ),
        ),
      ),
      tokens: tokensOf(this.#providers, results),
    };
  }

  async #ask(
    provider: MaturityEvidenceProvider,
    entity: Entity,
    previousToken: string | undefined,
  ): Promise<EvidenceResult> {
    try {
      return await provider.collect({
        entity,
        previousToken,
        contentGlobs: this.#contentGlobs,
      });
    } catch (error) {
      const reason = `evidence provider ${provider.id} failed: ${errorMessage(
        error,
      )}`;
      this.#logger.warn(reason);
      return { kind: 'evidence', evidence: nothingFrom(provider, reason) };
    }
  }
}

/**
 * What a provider that could not answer contributes: nothing, but for the
 * repository reader, whose failure makes the repository unreadable.
 */
function nothingFrom(
  provider: MaturityEvidenceProvider,
  reason: string,
): ProvidedEvidence {
  return provider.id === 'repository'
    ? { repository: { status: 'unavailable', reason } }
    : {};
}

function tokensOf(
  providers: MaturityEvidenceProvider[],
  results: EvidenceResult[],
): EvidenceTokens {
  const tokens: EvidenceTokens = {};
  results.forEach((result, i) => {
    if (result.token !== undefined) tokens[providers[i].id] = result.token;
  });
  return tokens;
}
