import type {
  AllRule,
  AnyRule,
  NotRule,
  Rule,
} from '@backstage-maturity/plugin-maturity-common';

/** A rule that is not a combination of others. */
export type LeafRule = Exclude<Rule, AllRule | AnyRule | NotRule>;

/**
 * The rules of a rule tree that are not `all`, `any` or `not`, each with
 * its path below the root (e.g. `.all[1].not`).
 */
export function* leafRules(
  rule: Rule,
  path = '',
): Generator<{ rule: LeafRule; path: string }> {
  if ('all' in rule) {
    for (const [i, r] of rule.all.entries()) {
      yield* leafRules(r, `${path}.all[${i}]`);
    }
  } else if ('any' in rule) {
    for (const [i, r] of rule.any.entries()) {
      yield* leafRules(r, `${path}.any[${i}]`);
    }
  } else if ('not' in rule) {
    yield* leafRules(rule.not, `${path}.not`);
  } else {
    yield { rule, path };
  }
}
