import type { Rule } from '@backstage-maturity/plugin-maturity-common';

/** How many names or paths plain words list before "and N more". */
const LISTED = 6;

/** `a, b, c and 4 more`. */
function some(items: readonly string[], listed = LISTED): string {
  if (items.length <= listed) {
    return items.length > 1
      ? `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`
      : items.join('');
  }
  return `${items.slice(0, listed).join(', ')} or ${
    items.length - listed
  } more`;
}

/** A glob as a reader sees it: `**\/` and a lone `*` folder dropped. */
function shortGlob(glob: string): string {
  return glob.replace(/^(\*\*\/)+/, '').replace(/\/\*\*$/, '/');
}

const KUBERNETES_WORDS = {
  probes: 'a readiness or liveness probe in the Kubernetes or Helm manifests',
  resources:
    'resource limits and requests on every container of the Kubernetes or Helm manifests',
  gracefulShutdown:
    'a termination grace period that covers the preStop sleep and the shutdown timeout',
} as const;

/**
 * What a rule looks for, in plain words: its `description`, or words made
 * from its kind. Regular expressions never appear here; globs appear as
 * the paths they name.
 *
 * @public
 */
export function ruleWords(rule: Rule): string {
  if (rule.description) return rule.description;
  if ('all' in rule) return rule.all.map(ruleWords).join(', and ');
  if ('any' in rule) return some(rule.any.map(ruleWords), 4);
  if ('not' in rule) return `not ${ruleWords(rule.not)}`;
  if ('files' in rule) {
    const files = some(rule.files.map(shortGlob));
    return (rule.minCount ?? 1) > 1
      ? `at least ${rule.minCount} files such as ${files}`
      : `a file such as ${files}`;
  }
  if ('content' in rule) {
    return `the expected text in ${some(rule.content.files.map(shortGlob), 3)}`;
  }
  if ('dependency' in rule) {
    return `a dependency on ${some(rule.dependency.names)}`;
  }
  if ('document' in rule) {
    const { topLevelKeys, kinds } = rule.document;
    const what = [
      kinds && `a ${some(kinds)} document`,
      topLevelKeys && `a document with a top-level ${some(topLevelKeys)} key`,
    ].filter(Boolean);
    return `${what.join(' or ') || 'a document'} in ${some(
      rule.document.files.map(shortGlob),
      3,
    )}`;
  }
  if ('kubernetes' in rule) return KUBERNETES_WORDS[rule.kubernetes.check];
  if ('entity' in rule) {
    const { field, oneOf } = rule.entity;
    return oneOf ? `${field} of ${some(oneOf)}` : `a matching ${field}`;
  }
  if ('annotation' in rule) {
    return `an annotation ${some(rule.annotation.keys)}`;
  }
  if ('link' in rule) return 'a matching link on the entity';
  if ('relation' in rule) {
    const { type, targetKind, targetType } = rule.relation;
    const target = [targetType && some(targetType), targetKind]
      .filter(Boolean)
      .join(' ');
    return `a ${type} relation${target ? ` to a ${target}` : ''}`;
  }
  if ('ownerExists' in rule) return 'an owner that exists in the catalog';
  if ('noDependencyCycle' in rule) {
    return 'no dependsOn cycle through this component';
  }
  if ('scm' in rule) return `the code host reporting ${rule.scm.fact}`;
  if ('fact' in rule) return `the fact ${rule.fact.name} from a provider`;
  if ('custom' in rule) return `the ${rule.custom.kind} rule`;
  return 'evidence';
}

/** The technical form of one rule that is not a combination. */
function leafDetail(rule: Rule): string {
  if ('files' in rule) {
    const min = (rule.minCount ?? 1) > 1 ? ` (at least ${rule.minCount})` : '';
    return `files ${rule.files.join(', ')}${min}${exclusions(rule.exclude)}`;
  }
  if ('content' in rule) {
    const { pattern, flags, files, exclude } = rule.content;
    return `text /${pattern}/${flags ?? 'i'} in ${files.join(', ')}${exclusions(
      exclude,
    )}`;
  }
  if ('dependency' in rule) {
    const { names, ecosystems } = rule.dependency;
    return `dependency ${names.join(', ')}${
      ecosystems ? ` (${ecosystems.join(', ')})` : ''
    }`;
  }
  if ('document' in rule) {
    const { files, exclude, ...wanted } = rule.document;
    return `document ${JSON.stringify(wanted)} in ${files.join(
      ', ',
    )}${exclusions(exclude)}`;
  }
  const { description: _description, ...rest } = rule;
  return JSON.stringify(rest);
}

function exclusions(exclude: readonly string[] | undefined): string {
  return exclude?.length ? ` (not ${exclude.join(', ')})` : '';
}

/**
 * What a rule looks for in technical terms (globs, patterns, dependency
 * names), one line a rule, indented under `all of`/`any of`/`none of`:
 * the details a user can ask for beside the plain words.
 *
 * @public
 */
export function ruleDetails(rule: Rule, depth = 0): string[] {
  const indent = '  '.repeat(depth);
  const said = rule.description ? `  (${rule.description})` : '';
  const group = (title: string, rules: Rule[]) => [
    `${indent}${title}:${said}`,
    ...rules.flatMap(r => ruleDetails(r, depth + 1)),
  ];
  if ('all' in rule) return group('all of', rule.all);
  if ('any' in rule) return group('any of', rule.any);
  if ('not' in rule) return group('none of', [rule.not]);
  return [`${indent}${leafDetail(rule)}${said}`];
}

/**
 * The technical details of a check: its rule's, then those of the rule that
 * makes it not applicable.
 *
 * @public
 */
export function checkDetails(check: {
  rule: Rule;
  notApplicableWhen?: Rule;
}): string[] {
  return [
    ...ruleDetails(check.rule),
    ...(check.notApplicableWhen
      ? ['not applicable when:', ...ruleDetails(check.notApplicableWhen, 1)]
      : []),
  ];
}
