import {
  makeValidator,
  type CompoundEntityRef,
} from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';

// The catalog's own rules, so that a ref it could never hold is a 400 here
// rather than the catalog's bare "Request failed with 400".
const validators = makeValidator();

type Part = 'kind' | 'namespace' | 'name';

const RULES: Record<Part, { valid(value: string): boolean; rule: string }> = {
  kind: {
    valid: value => validators.isValidKind(value),
    rule: 'a kind is a letter followed by letters and digits, at most 63 characters',
  },
  // Refs are case-insensitive: the lower-case form must be a DNS label.
  namespace: {
    valid: value =>
      validators.isValidNamespace(value.toLocaleLowerCase('en-US')),
    rule: 'a namespace is letters and digits with "-" between them, at most 63 characters',
  },
  name: {
    valid: value => validators.isValidEntityName(value),
    rule: 'a name is letters and digits with "-", "_" or "." between them, at most 63 characters',
  },
};

/** Which part of the ref breaks the catalog's rules, and which rule. */
export function invalidRefPart(
  ref: CompoundEntityRef,
): { part: Part; rule: string } | undefined {
  for (const part of ['kind', 'namespace', 'name'] as const) {
    if (!RULES[part].valid(ref[part])) {
      return { part, rule: RULES[part].rule };
    }
  }
  return undefined;
}

/**
 * The entity ref of a route's path parameters, or a 400 naming the
 * parameter that the catalog's naming rules refuse.
 */
export function parsePathRef(params: {
  kind: string;
  namespace: string;
  name: string;
}): CompoundEntityRef {
  const ref = {
    kind: params.kind,
    namespace: params.namespace,
    name: params.name,
  };
  const invalid = invalidRefPart(ref);
  if (invalid) {
    throw new InputError(
      `Invalid path parameter "${invalid.part}": ${JSON.stringify(
        ref[invalid.part],
      )} is not an entity ${invalid.part} (${invalid.rule})`,
    );
  }
  return ref;
}
