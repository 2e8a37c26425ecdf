import type {
  AuthService,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import { ResponseError } from '@backstage/errors';

/** Where an entity stands, as the maturity plugin reported it. */
export interface MaturityStanding {
  /** Highest phase reached; null when not started. */
  phase: string | null;
  /** Next phase to reach; null at the top of the ladder. */
  nextPhase: string | null;
  /** Share of the next phase's checks that are met, 0..1. */
  progress: number;
}

/** Standings by entity ref, lower case. */
export type MaturityStandings = ReadonlyMap<string, MaturityStanding>;

/** The largest page the maturity API serves. */
const PAGE_SIZE = 500;

/**
 * Reads every evaluated entity's standing from the maturity plugin's
 * `GET /entities`, page by page, as the catalog's own service.
 */
export class MaturityResultsLoader {
  readonly #discovery: DiscoveryService;
  readonly #auth: AuthService;
  readonly #fetch: typeof fetch;

  constructor(options: {
    discovery: DiscoveryService;
    auth: AuthService;
    fetch?: typeof fetch;
  }) {
    this.#discovery = options.discovery;
    this.#auth = options.auth;
    this.#fetch = options.fetch ?? fetch;
  }

  async load(signal?: AbortSignal): Promise<MaturityStandings> {
    const baseUrl = await this.#discovery.getBaseUrl('maturity');
    const { token } = await this.#auth.getPluginRequestToken({
      onBehalfOf: await this.#auth.getOwnServiceCredentials(),
      targetPluginId: 'maturity',
    });

    const standings = new Map<string, MaturityStanding>();
    let offset = 0;
    for (;;) {
      const query = new URLSearchParams({
        limit: String(PAGE_SIZE),
        offset: String(offset),
        // A fixed order keeps offsets meaningful from one page to the next.
        sort: 'name',
      });
      const response = await this.#fetch(`${baseUrl}/entities?${query}`, {
        headers: { Authorization: `Bearer ${token}` },
        signal,
      });
      if (!response.ok) {
        throw await ResponseError.fromResponse(response);
      }
      const page = parsePage(await response.json());
      for (const { entityRef, standing } of page.items) {
        standings.set(entityRef, standing);
      }
      offset += page.length;
      if (page.length === 0 || offset >= page.totalCount) {
        return standings;
      }
    }
  }
}

function parsePage(body: unknown): {
  items: Array<{ entityRef: string; standing: MaturityStanding }>;
  length: number;
  totalCount: number;
} {
  if (
    !isRecord(body) ||
    !Array.isArray(body.items) ||
    typeof body.totalCount !== 'number'
  ) {
    throw new Error(
      'Unexpected answer from the maturity plugin: expected { items, totalCount }',
    );
  }
  const items = [];
  for (const item of body.items) {
    const parsed = parseItem(item);
    if (parsed) items.push(parsed);
  }
  // Paging counts every row received, even one that was skipped as
  // malformed, so that a bad row cannot shift the offsets.
  return { items, length: body.items.length, totalCount: body.totalCount };
}

function parseItem(
  item: unknown,
): { entityRef: string; standing: MaturityStanding } | undefined {
  if (!isRecord(item) || typeof item.entityRef !== 'string') return undefined;
  const { phase, nextPhase, progress } = item;
  if (
    !isNullableString(phase) ||
    !isNullableString(nextPhase) ||
    typeof progress !== 'number' ||
    !Number.isFinite(progress)
  ) {
    return undefined;
  }
  return {
    entityRef: item.entityRef.toLocaleLowerCase('en-US'),
    standing: { phase, nextPhase, progress },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNullableString(value: unknown): value is string | null {
  return value === null || typeof value === 'string';
}
