import type { Entity } from '@backstage/catalog-model';
import type {
  CatalogContext,
  Rule,
} from '@backstage-maturity/plugin-maturity-common';
import { EvaluationContext } from './context';
import { evaluateRule } from './evaluateRule';

const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'cart',
    namespace: 'default',
    annotations: {
      'backstage.io/source-location':
        'url:https://github.com/acme/cart/tree/main/',
      'pagerduty.com/service-id': 'P123',
    },
    links: [{ url: 'https://wiki/cart/ops', title: 'Cart Runbook' }],
  },
  spec: { type: 'service', owner: 'team-a', lifecycle: 'production' },
  relations: [
    { type: 'dependsOn', targetRef: 'component:default/pricing' },
    { type: 'dependsOn', targetRef: 'resource:default/cart-db' },
    { type: 'providesApi', targetRef: 'api:default/cart-api' },
  ],
};

const catalog: CatalogContext = {
  ownerExists: true,
  related: {
    'resource:default/cart-db': {
      ref: 'resource:default/cart-db',
      kind: 'Resource',
      type: 'database',
    },
  },
  componentDependsOn: {
    'component:default/cart': ['component:default/pricing'],
    'component:default/pricing': ['component:default/tax'],
    'component:default/tax': [],
  },
};

function run(rule: Rule, overrides: Partial<CatalogContext> | null = {}) {
  return evaluateRule(
    rule,
    new EvaluationContext({
      entity,
      catalog: overrides === null ? undefined : { ...catalog, ...overrides },
      repository: { ok: false, reason: 'not needed' },
    }),
  );
}

describe('entity rules', () => {
  it.each<[string, Rule, boolean]>([
    [
      'annotation key glob',
      { annotation: { keys: ['pagerduty.com/*'] } },
      true,
    ],
    ['annotation absent', { annotation: { keys: ['datadoghq.com/*'] } }, false],
    [
      'annotation value pattern',
      {
        annotation: {
          keys: ['backstage.io/source-location'],
          valuePattern: '^url:https?://(github\\.com|gitlab\\.com)/',
        },
      },
      true,
    ],
    ['link title', { link: { pattern: 'runbook|playbook' } }, true],
    ['link absent', { link: { pattern: 'dashboard' } }, false],
    [
      'entity field one of',
      { entity: { field: 'spec.type', oneOf: ['Service'] } },
      true,
    ],
    ['entity field missing', { entity: { field: 'spec.system' } }, false],
    ['relation', { relation: { type: 'providesApi' } }, true],
    [
      'relation to a database resource',
      {
        relation: {
          type: 'dependsOn',
          targetKind: 'resource',
          targetType: ['database'],
        },
      },
      true,
    ],
    [
      'relation to a queue resource',
      {
        relation: {
          type: 'dependsOn',
          targetKind: 'resource',
          targetType: ['queue'],
        },
      },
      false,
    ],
    ['not', { not: { relation: { type: 'consumesApi' } } }, true],
    [
      'all with one false',
      { all: [{ ownerExists: true }, { link: { pattern: 'nothing' } }] },
      false,
    ],
    [
      'any with one true',
      { any: [{ link: { pattern: 'nothing' } }, { ownerExists: true }] },
      true,
    ],
  ])('%s', (_name, rule, expected) => {
    expect(run(rule).value).toBe(expected);
  });

  it('finds no cycle in an acyclic dependsOn graph', () => {
    expect(run({ noDependencyCycle: true }).value).toBe(true);
  });

  it('names the dependsOn cycle through the component', () => {
    const result = run(
      { noDependencyCycle: true },
      {
        componentDependsOn: {
          'component:default/cart': ['component:default/pricing'],
          'component:default/pricing': ['component:default/tax'],
          'component:default/tax': ['component:default/cart'],
        },
      },
    );
    expect(result.value).toBe(false);
    expect(result.lookedFor).toEqual([
      'no dependsOn cycle, found component:default/cart -> component:default/pricing -> component:default/tax -> component:default/cart',
    ]);
  });

  it('ignores cycles that do not pass through the component', () => {
    const result = run(
      { noDependencyCycle: true },
      {
        componentDependsOn: {
          'component:default/cart': ['component:default/pricing'],
          'component:default/pricing': ['component:default/tax'],
          'component:default/tax': ['component:default/pricing'],
        },
      },
    );
    expect(result.value).toBe(true);
  });

  it('is unknown, not false, when a graph rule has no catalog to read', () => {
    const result = run({ noDependencyCycle: true }, null);
    expect(result.value).toBe('unknown');
    expect(result.problems).toEqual(['the dependsOn graph needs catalog data']);
  });

  it('keeps unknown through not and lets any() be decided by a true branch', () => {
    expect(run({ not: { noDependencyCycle: true } }, null).value).toBe(
      'unknown',
    );
    expect(
      run({ any: [{ noDependencyCycle: true }, { ownerExists: true }] }, null)
        .value,
    ).toBe('unknown');
    expect(
      run(
        {
          any: [{ noDependencyCycle: true }, { link: { pattern: 'runbook' } }],
        },
        null,
      ).value,
    ).toBe(true);
    expect(
      run(
        {
          all: [{ noDependencyCycle: true }, { link: { pattern: 'nothing' } }],
        },
        null,
      ).value,
    ).toBe(false);
  });

  it('decides a relation to a kind without the catalog, and asks it only for the target type', () => {
    const database = {
      relation: {
        type: 'dependsOn',
        targetKind: 'resource',
        targetType: ['database'],
      },
    };
    const withoutCatalog = (relations: Entity['relations']) =>
      evaluateRule(
        database,
        new EvaluationContext({
          entity: { ...entity, relations },
          repository: { ok: false, reason: 'not needed' },
        }),
      );

    // A component cannot be a database Resource, whatever the catalog says.
    const components = withoutCatalog([
      { type: 'dependsOn', targetRef: 'component:default/pricing' },
    ]);
    expect(components.value).toBe(false);
    expect(components.lookedFor).toEqual([
      'a dependsOn relation to a resource of type database',
    ]);
    // A resource might be one: only the catalog knows its type.
    expect(
      withoutCatalog([
        { type: 'dependsOn', targetRef: 'component:default/pricing' },
        { type: 'dependsOn', targetRef: 'resource:default/cart-db' },
      ]),
    ).toMatchObject({
      value: 'unknown',
      problems: [
        'a dependsOn relation to a resource of type database needs catalog data',
      ],
    });
  });
});
