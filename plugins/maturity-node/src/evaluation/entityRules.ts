import {
  parseEntityRef,
  stringifyEntityRef,
  type Entity,
} from '@backstage/catalog-model';
import type {
  AnnotationRule,
  CatalogContext,
  EntityFieldRule,
  LinkRule,
  RelationRule,
} from '@backstage-maturity/plugin-maturity-common';
import { getIn } from '../util/objects';
import type { EvaluationContext } from './context';
import { nameMatches } from './glob';
import type { RuleResult } from './ruleResult';

function passed(
  kind: RuleResult['evidence'][number]['kind'],
  target: string,
  detail: string,
): RuleResult {
  return {
    value: true,
    evidence: [{ kind, target, detail }],
    lookedFor: [],
    problems: [],
  };
}

function missing(lookedFor: string): RuleResult {
  return { value: false, evidence: [], lookedFor: [lookedFor], problems: [] };
}

/**
 * The ending of the problem reported by rules that only the catalog can
 * decide, so that a repository-only run can tell them apart.
 *
 * @public
 */
export const NEEDS_CATALOG_DATA = 'needs catalog data';

function needsCatalog(what: string): RuleResult {
  return {
    value: 'unknown',
    evidence: [],
    lookedFor: [],
    problems: [`${what} ${NEEDS_CATALOG_DATA}`],
  };
}

/** The entity, or the unknown result to return when there is none. */
function requireEntity(
  ctx: EvaluationContext,
  what: string,
): Entity | RuleResult {
  return ctx.entity ?? needsCatalog(what);
}

function isResult(value: Entity | RuleResult): value is RuleResult {
  return 'value' in value && 'problems' in value;
}

export function evaluateEntityField(
  rule: EntityFieldRule,
  ctx: EvaluationContext,
): RuleResult {
  const { field, oneOf, pattern } = rule.entity;
  const entity = requireEntity(ctx, `entity field ${field}`);
  if (isResult(entity)) return entity;
  const value = getIn(entity, field.split('.'));
  const text =
    typeof value === 'string' || typeof value === 'number'
      ? String(value)
      : undefined;
  let ok: boolean;
  let wanted: string;
  if (oneOf) {
    wanted = `${field} one of ${oneOf.join(', ')}`;
    ok =
      text !== undefined &&
      oneOf.some(
        v => v.toLocaleLowerCase('en-US') === text.toLocaleLowerCase('en-US'),
      );
  } else if (pattern) {
    wanted = `${field} matching /${pattern}/`;
    ok = text !== undefined && new RegExp(pattern, 'i').test(text);
  } else {
    wanted = `${field} set`;
    ok = value !== undefined && value !== null && value !== '';
  }
  return ok
    ? passed('entity', field, `${field} is ${text ?? 'set'}`)
    : missing(wanted);
}

export function evaluateAnnotation(
  rule: AnnotationRule,
  ctx: EvaluationContext,
): RuleResult {
  const { keys, valuePattern } = rule.annotation;
  const regex = valuePattern ? new RegExp(valuePattern, 'i') : undefined;
  const entity = requireEntity(ctx, `annotation ${keys.join(', ')}`);
  if (isResult(entity)) return entity;
  const annotations = entity.metadata.annotations ?? {};
  for (const [key, value] of Object.entries(annotations)) {
    if (
      keys.some(glob => nameMatches(key, glob)) &&
      (!regex || regex.test(value))
    ) {
      return passed('annotation', key, `annotation ${key}: ${value}`);
    }
  }
  return missing(
    `an annotation ${keys.join(', ')}${
      valuePattern ? ` with a value matching /${valuePattern}/` : ''
    }`,
  );
}

export function evaluateLink(
  rule: LinkRule,
  ctx: EvaluationContext,
): RuleResult {
  const regex = new RegExp(rule.link.pattern, 'i');
  const entity = requireEntity(ctx, 'entity links');
  if (isResult(entity)) return entity;
  for (const link of entity.metadata.links ?? []) {
    if (
      [link.title, link.type, link.url].some(
        v => v !== undefined && regex.test(v),
      )
    ) {
      return passed(
        'link',
        link.url,
        `link ${link.title ?? link.type ?? ''} ${link.url}`.replace(
          /\s+/g,
          ' ',
        ),
      );
    }
  }
  return missing(
    `a link whose title, type or URL matches /${rule.link.pattern}/`,
  );
}

export function evaluateRelation(
  rule: RelationRule,
  ctx: EvaluationContext,
): RuleResult {
  const { type, targetKind, targetType } = rule.relation;
  const wanted = `a ${type} relation${targetKind ? ` to a ${targetKind}` : ''}${
    targetType ? ` of type ${targetType.join('/')}` : ''
  }`;
  const entity = requireEntity(ctx, wanted);
  if (isResult(entity)) return entity;
  // The target's kind is in its ref; only its type needs the catalog.
  const relations = (entity.relations ?? []).filter(
    r =>
      r.type.toLocaleLowerCase('en-US') === type.toLocaleLowerCase('en-US') &&
      (!targetKind ||
        parseEntityRef(r.targetRef).kind.toLocaleLowerCase('en-US') ===
          targetKind.toLocaleLowerCase('en-US')),
  );
  if (targetType && !ctx.catalog && relations.length > 0) {
    return needsCatalog(wanted);
  }
  for (const relation of relations) {
    const ref = relation.targetRef;
    if (targetType) {
      const target = ctx.catalog?.related[ref];
      if (
        !target?.type ||
        !targetType.some(
          t =>
            t.toLocaleLowerCase('en-US') ===
            target.type!.toLocaleLowerCase('en-US'),
        )
      ) {
        continue;
      }
    }
    return passed('relation', ref, `${type} ${ref}`);
  }
  return missing(wanted);
}

export function evaluateOwnerExists(ctx: EvaluationContext): RuleResult {
  const entity = requireEntity(ctx, 'the owner');
  if (isResult(entity)) return entity;
  const owner = entity.spec?.owner;
  const named = typeof owner === 'string' && owner !== '';
  // Without a catalog nobody can tell whether the owner exists, nor, for an
  // entity without a descriptor, who it is.
  if (!ctx.catalog) {
    return needsCatalog(named ? `whether owner ${owner} exists` : 'the owner');
  }
  if (!named) {
    return missing('spec.owner naming a Group or User');
  }
  return ctx.catalog.ownerExists
    ? passed('catalog', owner, `owner ${owner} exists in the catalog`)
    : missing(`owner ${owner} as a Group or User in the catalog`);
}

/** A dependsOn path that leads from the entity back to itself, if any. */
function findCycle(
  start: string,
  catalog: CatalogContext,
): string[] | undefined {
  const edges = catalog.componentDependsOn;
  const visited = new Set<string>();
  const path: string[] = [start];
  const visit = (node: string): boolean => {
    for (const next of edges[node] ?? []) {
      if (next === start) {
        path.push(next);
        return true;
      }
      if (visited.has(next)) continue;
      visited.add(next);
      path.push(next);
      if (visit(next)) return true;
      path.pop();
    }
    return false;
  };
  return visit(start) ? path : undefined;
}

export function evaluateNoDependencyCycle(ctx: EvaluationContext): RuleResult {
  if (!ctx.catalog || !ctx.entity) {
    return needsCatalog('the dependsOn graph');
  }
  const self = stringifyEntityRef(ctx.entity);
  const cycle = findCycle(self, ctx.catalog);
  if (cycle) {
    return missing(`no dependsOn cycle, found ${cycle.join(' -> ')}`);
  }
  return passed('catalog', self, 'no dependsOn cycle through this component');
}
