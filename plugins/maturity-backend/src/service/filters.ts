import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import type {
  Checklist,
  EntityFilterParameters,
} from '@backstage-maturity/plugin-maturity-common';
import type { EntityFilter } from '../store/types';
import type { GroupHierarchy } from './groups';

/** Id of "not started" in filters and counts (`null` in entity rows). */
export const NOT_STARTED_ID = 'not-started';

/** The filter parameters shared by the list, summary and roll-up routes. */
export type FilterParameters = EntityFilterParameters;

const lower = (value: string) => value.toLocaleLowerCase('en-US');

/** Lower-case entity refs; a bare name means `<defaultKind>:default/<name>`. */
export function parseRefs(
  parameter: string,
  values: string[] | undefined,
  defaultKind: string,
): string[] | undefined {
  return values?.map(value => {
    try {
      return lower(
        stringifyEntityRef(
          parseEntityRef(value, { defaultKind, defaultNamespace: 'default' }),
        ),
      );
    } catch {
      throw new InputError(
        `Invalid query parameter "${parameter}": "${value}" is not an entity ref such as ${defaultKind}:default/name`,
      );
    }
  });
}

function parsePhases(
  values: string[] | undefined,
  checklist: Checklist,
): Array<string | null> | undefined {
  const known = new Set(checklist.phases.map(p => p.id));
  return values?.map(value => {
    if (value === NOT_STARTED_ID) return null;
    if (known.has(value)) return value;
    throw new InputError(
      `Invalid query parameter "phase": unknown phase "${value}", expected one of ${[
        NOT_STARTED_ID,
        ...known,
      ].join(', ')}`,
    );
  });
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
    search: parameters.search?.trim() || undefined,
  };
}
