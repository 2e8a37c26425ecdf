import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  NOT_STARTED_ID,
  UNKNOWN_ID,
  type Checklist,
  type EntityFilterParameters,
} from '@backstage-maturity/plugin-maturity-common';
import type { EntityFilter } from '../store/types';
import { invalidRefPart } from './entityRefs';
import type { GroupHierarchy } from './groups';

/**
 * The filter parameters shared by the list, summary and roll-up routes;
 * the list also filters by blocking check.
 */
export type FilterParameters = EntityFilterParameters & { blocker?: string[] };

const lower = (value: string) => value.toLocaleLowerCase('en-US');

/** Lower-case entity refs; a bare name means `<defaultKind>:default/<name>`. */
export function parseRefs(
  parameter: string,
  values: string[] | undefined,
  defaultKind: string,
): string[] | undefined {
  return values?.map(value => {
    const invalid = (why?: string) =>
      new InputError(
        `Invalid query parameter "${parameter}": ${JSON.stringify(
          value,
        )} is not an entity ref such as ${defaultKind}:default/name${
          why ? ` (${why})` : ''
        }`,
      );
    let ref;
    try {
      ref = parseEntityRef(value, { defaultKind, defaultNamespace: 'default' });
    } catch {
      throw invalid();
    }
    const part = invalidRefPart(ref);
    if (part) {
      throw invalid(part.rule);
    }
    return lower(stringifyEntityRef(ref));
  });
}

function parsePhases(
  values: string[] | undefined,
  checklist: Checklist,
): Array<string | null> | undefined {
  const known = new Set(checklist.phases.map(p => p.id));
  return values?.map(value => {
    if (value === NOT_STARTED_ID) return null;
    if (value === UNKNOWN_ID || known.has(value)) return value;
    throw new InputError(
      `Invalid query parameter "phase": unknown phase "${value}", expected one of ${[
        UNKNOWN_ID,
        NOT_STARTED_ID,
        ...known,
      ].join(', ')}`,
    );
  });
}

function parseBlockers(
  values: string[] | undefined,
  checklist: Checklist,
): string[] | undefined {
  const known = new Set(checklist.checks.map(c => c.id));
  const unknown = values?.filter(value => !known.has(value)) ?? [];
  if (unknown.length > 0) {
    throw new InputError(
      `Invalid query parameter "blocker": ${unknown
        .map(value => `"${value}"`)
        .join(', ')} ${
        unknown.length === 1 ? 'is not a check' : 'are not checks'
      } of the checklist`,
    );
  }
  return values;
}

/**
 * The store filter of the query parameters: refs parsed and lower-cased,
 * owner groups expanded to their sub-groups, phases checked against the
 * checklist.
 */
export async function parseEntityFilter(
  parameters: FilterParameters,
  options: { checklist: Checklist; groups: GroupHierarchy },
): Promise<EntityFilter> {
  const owners = parseRefs('owner', parameters.owner, 'group');
  return {
    owners: owners && (await options.groups.expandOwners(owners)),
    systems: parseRefs('system', parameters.system, 'system'),
    domains: parseRefs('domain', parameters.domain, 'domain'),
    types: parameters.type,
    lifecycles: parameters.lifecycle,
    kinds: parameters.kind?.map(lower),
    phases: parsePhases(parameters.phase, options.checklist),
    blockers: parseBlockers(parameters.blocker, options.checklist),
    search: parameters.search?.trim() || undefined,
  };
}
