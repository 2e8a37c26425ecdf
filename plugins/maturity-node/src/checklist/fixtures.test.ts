import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import {
  parseEntityRef,
  stringifyEntityRef,
  type Entity,
} from '@backstage/catalog-model';
import type {
  CatalogContext,
  EvaluationInput,
  RepositorySnapshot,
  Scorecard,
} from '@backstage-maturity/plugin-maturity-common';
import { contentGlobs, evaluateEntity, pathMatcher } from '../evaluation';
import { defaultChecklist } from './defaultChecklist';

/**
 * The example organisation (examples/README.md) evaluated with the default
 * checklist: each component must reach the phase of
 * examples/expected-phases.json, blocked by exactly the checks its "why"
 * names.
 */

const EXAMPLES = path.resolve(__dirname, '../../../../examples');

function readYaml(file: string): Entity[] {
  return parseAllDocuments(fs.readFileSync(path.join(EXAMPLES, file), 'utf8'))
    .map(doc => doc.toJS() as Entity)
    .filter(Boolean);
}

const entities = [...readYaml('org.yaml'), ...readYaml('entities.yaml')].map(
  e => ({ ...e, metadata: { namespace: 'default', ...e.metadata } }),
);
const byRef = new Map(entities.map(e => [stringifyEntityRef(e), e]));

function refOf(target: string, defaultKind: string): string {
  return stringifyEntityRef(
    parseEntityRef(target, { defaultKind, defaultNamespace: 'default' }),
  );
}

/** The relations the catalog's built-in processor would emit. */
function withRelations(entity: Entity): Entity {
  const spec = (entity.spec ?? {}) as Record<string, unknown>;
  const list = (key: string) => (spec[key] as string[] | undefined) ?? [];
  const relations = [
    ...(typeof spec.owner === 'string'
      ? [{ type: 'ownedBy', targetRef: refOf(spec.owner, 'Group') }]
      : []),
    ...list('providesApis').map(t => ({
      type: 'providesApi',
      targetRef: refOf(t, 'API'),
    })),
    ...list('consumesApis').map(t => ({
      type: 'consumesApi',
      targetRef: refOf(t, 'API'),
    })),
    ...list('dependsOn').map(t => ({
      type: 'dependsOn',
      targetRef: refOf(t, 'Component'),
    })),
  ];
  return { ...entity, relations };
}

function catalogContext(entity: Entity): CatalogContext {
  const related: CatalogContext['related'] = {};
  for (const relation of entity.relations ?? []) {
    const target = byRef.get(relation.targetRef);
    if (target) {
      related[relation.targetRef] = {
        ref: relation.targetRef,
        kind: target.kind,
        type: (target.spec as { type?: string } | undefined)?.type,
      };
    }
  }
  const componentDependsOn: CatalogContext['componentDependsOn'] = {};
  for (const component of entities.filter(e => e.kind === 'Component')) {
    componentDependsOn[stringifyEntityRef(component)] = (
      ((component.spec as { dependsOn?: string[] }).dependsOn ?? []) as string[]
    )
      .map(t => refOf(t, 'Component'))
      .filter(ref => ref.startsWith('component:'));
  }
  const owner = (entity.spec as { owner?: string }).owner;
  return {
    ownerExists: Boolean(owner && byRef.has(refOf(owner, 'Group'))),
    related,
    componentDependsOn,
  };
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

const readsContent = pathMatcher(contentGlobs(defaultChecklist));

function snapshot(name: string): RepositorySnapshot | undefined {
  const root = path.join(EXAMPLES, 'repos', name);
  if (!fs.existsSync(root)) return undefined;
  const files = walk(root).map(full => ({
    path: path.relative(root, full).split(path.sep).join('/'),
    full,
  }));
  const contents: Record<string, string> = {};
  for (const file of files) {
    if (readsContent(file.path)) {
      contents[file.path] = fs.readFileSync(file.full, 'utf8');
    }
  }
  return {
    files: files.map(f => ({ path: f.path, size: fs.statSync(f.full).size })),
    contents,
    skipped: {},
  };
}

function evaluate(name: string): Scorecard {
  const entity = withRelations(byRef.get(`component:default/${name}`)!);
  const repo = snapshot(name);
  const input: EvaluationInput = {
    entity,
    catalog: catalogContext(entity),
    repository: repo
      ? { status: 'read', snapshot: repo }
      : { status: 'unavailable', reason: `no fixture repository for ${name}` },
  };
  return evaluateEntity({
    checklist: defaultChecklist,
    input,
    now: new Date('2025-01-15T12:00:00Z'),
  });
}

const expected: Record<string, { phase: string; why: string }> = JSON.parse(
  fs.readFileSync(path.join(EXAMPLES, 'expected-phases.json'), 'utf8'),
);
const checkIds = defaultChecklist.checks.map(c => c.id);

/** The check ids that the oracle's "why" says block the next phase. */
function blockersNamed(why: string): string[] {
  const at = why.search(/blocked by|\bFails\b/);
  if (at < 0) return [];
  const text = why.slice(at);
  return checkIds.filter(id =>
    new RegExp(`(?<![\\w-])${id}(?![\\w-])`).test(text),
  );
}

const outcomes = (card: Scorecard) =>
  Object.fromEntries(card.checks.map(c => [c.checkId, c.outcome]));

describe('the example organisation with the default checklist', () => {
  const components = Object.entries(expected).filter(
    ([, e]) => e.phase !== 'unknown',
  );

  it.each(components)('%s reaches its expected phase', (name, oracle) => {
    const card = evaluate(name);
    const errors = card.checks
      .filter(c => c.outcome === 'error')
      .map(c => `${c.checkId}: ${c.reason}`);
    expect(errors).toEqual([]);
    const reached = card.phase ?? 'not-started';
    const next = card.phases.find(p => !p.reached);
    expect({
      phase: reached,
      blocking: [...(next?.blocking ?? [])].sort(),
    }).toEqual({
      phase: oracle.phase,
      blocking: blockersNamed(oracle.why).sort(),
    });
  });

  it('tells an unknown standing for legacy-gateway, whose repository is unreadable', () => {
    const card = evaluate('legacy-gateway');
    const outcome = outcomes(card);
    expect(card.phase).toBeNull();
    expect(card.unknown?.checks).toContain('ci-pipeline');
    expect(card.phases.flatMap(p => p.blocking)).toEqual([]);
    // Nothing on the ladder fails for want of evidence that could not be read
    // (the scm-only practices fail without the scm module, as anywhere).
    const phaseChecks = new Set(
      defaultChecklist.checks.filter(c => c.phase).map(c => c.id),
    );
    expect(
      card.checks
        .filter(c => phaseChecks.has(c.checkId) && c.outcome === 'fail')
        .map(c => c.checkId),
    ).toEqual([]);
    expect(outcome).toMatchObject({
      'source-hosted': 'pass',
      owned: 'pass',
      'no-distributed-monolith': 'pass',
      'monitoring-alerting': 'pass',
      'ci-pipeline': 'error',
      'unit-tests': 'error',
    });
  });

  it('scores the side tracks as the README describes', () => {
    const passing = (check: string) =>
      Object.keys(expected)
        .filter(name => name !== 'legacy-gateway')
        .filter(name => outcomes(evaluate(name))[check] === 'pass')
        .sort();
    expect(passing('dependency-updates')).toEqual(
      [
        'payments-api',
        'storefront-web',
        'auth-sdk-js',
        'cart-service',
        'ledger-service',
        'identity-api',
      ].sort(),
    );
    expect(passing('code-review')).toEqual(
      ['payments-api', 'fraud-scoring', 'auth-sdk-js'].sort(),
    );
    expect(passing('commit-conventions')).toEqual(
      ['payments-api', 'storefront-web', 'auth-sdk-js'].sort(),
    );
    expect(passing('semver')).toEqual(['auth-sdk-js', 'payments-api'].sort());
    expect(passing('three-environments')).toEqual(
      [
        'payments-api',
        'ledger-service',
        'fraud-scoring',
        'identity-api',
        'storefront-web',
      ].sort(),
    );
    expect(passing('perf-environment')).toEqual(['payments-api']);
  });
});
