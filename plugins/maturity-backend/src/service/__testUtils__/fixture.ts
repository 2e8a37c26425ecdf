import type {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  AuthorizeResult,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import type { Checklist } from '@backstage-maturity/plugin-maturity-common';
import type { DatabaseMaturityStore } from '../../store/DatabaseMaturityStore';
import {
  checklist as baseChecklist,
  foundationOutcomes,
  recordOf,
} from '../../store/__testUtils__/scorecards';

/** The store tests' ladder, with `dependabot` attestable. */
export const checklist: Checklist = {
  ...baseChecklist,
  checks: baseChecklist.checks.map(c =>
    c.id === 'dependabot' ? { ...c, attestable: true } : c,
  ),
};

/** A user whose catalog reads are conditional: `secret-service` is hidden. */
export const ALICE = 'user:default/alice';
export const HIDDEN_FROM_ALICE = 'secret-service';
/** A sub-group of marketing that the catalog hides from {@link ALICE}. */
export const GROUP_HIDDEN_FROM_ALICE = 'marketing-stealth';

function group(name: string, children: string[], parent?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default', uid: `uid-group-${name}` },
    spec: { type: 'team', children, ...(parent && { parent }) },
  };
}

function component(name: string, owner: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default', uid: `uid-${name}` },
    spec: { type: 'service', lifecycle: 'production', owner },
  };
}

/**
 * engineering > team-payments > team-payments-core, engineering >
 * team-search (named by its parent only), and marketing >
 * marketing-stealth (hidden from ALICE) > marketing-web, groups without
 * entities of their own.
 */
export const entities: Entity[] = [
  group('engineering', ['team-payments']),
  group('team-payments', ['group:default/team-payments-core'], 'engineering'),
  group('team-payments-core', []),
  group('team-search', [], 'engineering'),
  group('marketing', [GROUP_HIDDEN_FROM_ALICE]),
  group(GROUP_HIDDEN_FROM_ALICE, ['marketing-web']),
  group('marketing-web', []),
  component('payments-api', 'team-payments'),
  component('payments-ledger', 'team-payments-core'),
  component('search-api', 'team-search'),
  component('website', 'marketing-web'),
  component(HIDDEN_FROM_ALICE, 'team-payments'),
  // In the catalog, never evaluated.
  component('new-service', 'team-search'),
];

/**
 * A catalog that hides {@link HIDDEN_FROM_ALICE} and
 * {@link GROUP_HIDDEN_FROM_ALICE} from {@link ALICE}.
 */
export function createCatalog(): CatalogService {
  const full = catalogServiceMock({ entities });
  const restricted = catalogServiceMock({
    entities: entities.filter(
      e =>
        e.metadata.name !== HIDDEN_FROM_ALICE &&
        e.metadata.name !== GROUP_HIDDEN_FROM_ALICE,
    ),
  });
  return new Proxy(full, {
    get(target, method: keyof CatalogService) {
      return (...args: any[]) => {
        const { credentials } = args[args.length - 1] ?? {};
        const principal = credentials?.principal;
        const client =
          principal?.type === 'user' && principal.userEntityRef === ALICE
            ? restricted
            : target;
        return (client[method] as Function)(...args);
      };
    },
  });
}

/**
 * A policy of the kind a portal has: everything is allowed but the
 * permissions named in `denied`; {@link ALICE} reads the catalog
 * conditionally.
 */
export function createPermissions(denied: Set<string>): PermissionsService {
  const decide = (name: string) =>
    denied.has(name) ? AuthorizeResult.DENY : AuthorizeResult.ALLOW;
  return mockServices.permissions.mock({
    authorize: async requests =>
      requests.map(r => ({ result: decide(r.permission.name) })) as any,
    authorizeConditional: async (
      requests,
      options: { credentials: BackstageCredentials },
    ) =>
      requests.map((r): PolicyDecision => {
        const principal = options.credentials.principal as {
          userEntityRef?: string;
        };
        if (
          r.permission.name === 'catalog.entity.read' &&
          principal.userEntityRef === ALICE
        ) {
          return {
            result: AuthorizeResult.CONDITIONAL,
            pluginId: 'catalog',
            resourceType: 'catalog-entity',
            conditions: {
              rule: 'IS_ENTITY_OWNER',
              resourceType: 'catalog-entity',
              params: { claims: [ALICE] },
            },
          };
        }
        return { result: decide(r.permission.name) };
      }) as any,
  });
}

export const FIRST_RUN = new Date('2026-11-01T10:00:00.000Z');
export const SECOND_RUN = new Date('2026-11-20T10:00:00.000Z');
export const NOW = new Date('2026-11-21T12:00:00.000Z');

const owner = (name: string) => ({ owner: `group:default/${name}` });

/**
 * Two evaluation runs and a daily snapshot:
 *
 * - payments-api: foundation, then operable (blocked by slo)
 * - payments-ledger, secret-service: foundation (blocked by alerts)
 * - search-api: not started (blocked by readme)
 * - website: not started (blocked by readme and ci)
 */
export async function seed(store: DatabaseMaturityStore): Promise<void> {
  const first = await store.startRun(FIRST_RUN);
  await store.saveEvaluations(
    [
      recordOf('payments-api', foundationOutcomes, {
        facts: owner('team-payments'),
      }),
    ],
    { runId: first, at: FIRST_RUN },
  );
  await store.finishRun(first, {
    at: FIRST_RUN,
    entities: 1,
    errors: 0,
    unreadable: 0,
  });

  const second = await store.startRun(SECOND_RUN);
  await store.saveEvaluations(
    [
      recordOf(
        'payments-api',
        { ...foundationOutcomes, alerts: 'pass' },
        { facts: owner('team-payments') },
      ),
      recordOf('payments-ledger', foundationOutcomes, {
        facts: owner('team-payments-core'),
      }),
      recordOf(HIDDEN_FROM_ALICE, foundationOutcomes, {
        facts: owner('team-payments'),
      }),
      recordOf(
        'search-api',
        { readme: 'fail', ci: 'pass' },
        { facts: { ...owner('team-search'), lifecycle: 'experimental' } },
      ),
      recordOf(
        'website',
        {},
        {
          facts: {
            ...owner('marketing-web'),
            type: 'website',
            system: 'system:default/web',
            domain: 'domain:default/marketing',
          },
        },
      ),
    ],
    { runId: second, at: SECOND_RUN },
  );
  await store.finishRun(second, {
    at: SECOND_RUN,
    entities: 5,
    errors: 0,
    unreadable: 1,
  });
  await store.recordDailySnapshot('2026-11-20');
}
