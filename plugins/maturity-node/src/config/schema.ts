/*
 * Zod schemas of the rule language and of the `maturity.checklist`
 * configuration block: the structure and the values that can be judged on
 * their own. Whatever depends on the base checklist or on other entries
 * (phase ids, new checks' required fields, duplicates) is in
 * `consistency.ts`.
 *
 * Messages are written for someone editing YAML: every schema that a user
 * can get wrong states what it expected in its own words.
 */
import { SCM_FACTS } from '@backstage-maturity/plugin-maturity-common';
import { z } from 'zod';
import { expected, strictObject, text } from './schemaHelpers';
import type {
  AllRule,
  AnnotationRule,
  AnyRule,
  ContentRule,
  CustomRule,
  DependencyRule,
  DocumentRule,
  Ecosystem,
  EntityFieldRule,
  FactRule,
  FilesRule,
  KubernetesRule,
  LinkRule,
  NoDependencyCycleRule,
  NotRule,
  OwnerExistsRule,
  RelationRule,
  Rule,
  ScmRule,
} from '@backstage-maturity/plugin-maturity-common';
import { flattenIssues, friendlyErrors, listing } from './messages';
import { isRecord } from '../util/objects';
import type {
  CheckConfig,
  ChecklistConfig,
  PhaseConfig,
  TrackConfig,
} from './types';

// ---------------------------------------------------------------- helpers

/** A list of `item`; with `singular`, the list must not be empty. */
function listOf<T extends z.ZodType>(
  item: T,
  plural: string,
  singular?: string,
) {
  const list = z.array(item, { error: expected(`a list of ${plural}`) });
  return singular ? list.min(1, `expected at least one ${singular}`) : list;
}

/** A string enum whose message names the unknown value and the known ones. */
function oneOf<T extends string>(values: readonly T[], noun: string) {
  const known = values.join(', ');
  return z.enum(values as [T, ...T[]], {
    error: issue => {
      if (issue.input === undefined) return 'required';
      return typeof issue.input === 'string'
        ? `unknown ${noun} "${issue.input}"; expected one of ${known}`
        : `expected one of ${known}`;
    },
  });
}

/** Why `source` does not compile as a regular expression, if it does not. */
function regexProblem(source: string, flags: string): string | undefined {
  try {
    RegExp(source, flags);
    return undefined;
  } catch (error) {
    // Not `instanceof Error`: the error may come from another realm.
    const detail = String((error as Error)?.message ?? error)
      // V8 repeats the pattern: "Invalid regular expression: /(/i: Unterminated group".
      .replace(/^Invalid regular expression: \/[\s\S]*\/[a-z]*: /, '');
    return `invalid regular expression: ${detail}`;
  }
}

/** A JavaScript regular expression source, compiled as the evaluator does (`i`). */
const regex = text('a regular expression').superRefine((source, ctx) => {
  const problem = regexProblem(source, 'i');
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

const glob = text('a glob (a non-empty string)');
const globs = listOf(glob, 'globs', 'glob');
const strings = (plural: string, singular: string) =>
  listOf(text('a non-empty string'), plural, singular);
const flag = z.boolean({ error: expected('true or false') });

// Exhaustive by construction: a value added to the model's union without
// being listed here fails to compile.
const ECOSYSTEMS = Object.keys({
  npm: true,
  go: true,
  maven: true,
  gradle: true,
  pypi: true,
  nuget: true,
  rubygems: true,
  cargo: true,
  hex: true,
} satisfies Record<Ecosystem, true>) as Ecosystem[];

type KubernetesCheck = KubernetesRule['kubernetes']['check'];
const KUBERNETES_CHECKS = Object.keys({
  probes: true,
  resources: true,
  gracefulShutdown: true,
} satisfies Record<KubernetesCheck, true>) as KubernetesCheck[];

// ---------------------------------------------------------------- rule kinds

/** What a rule looks for, in plain words (any rule may say it). */
const description = text('plain words on what the rule looks for').optional();

/**
 * Any rule of the rule language. Its kind is looked up when a value is
 * parsed, which is what makes `all`, `any` and `not` below recursive.
 *
 * @public
 */
export const ruleSchema: z.ZodType<Rule> = z
  .custom<Rule>()
  .superRefine((value, ctx) => checkRule(value, ctx));

/** @public */
export const filesRuleSchema: z.ZodType<FilesRule> = strictObject({
  description,
  files: globs,
  exclude: globs.optional(),
  caseSensitive: flag.optional(),
  minCount: z
    .number({ error: expected('a whole number of at least 1') })
    .int('expected a whole number of at least 1')
    .min(1, 'expected a whole number of at least 1')
    .optional(),
});

/** @public */
export const contentRuleSchema: z.ZodType<ContentRule> = strictObject({
  description,
  content: strictObject({
    files: globs,
    exclude: globs.optional(),
    caseSensitive: flag.optional(),
    pattern: regex,
    flags: z
      .string({ error: expected('regular expression flags such as im') })
      .superRefine((flags, ctx) => {
        if (regexProblem('', flags)) {
          ctx.addIssue({
            code: 'custom',
            message: `invalid regular expression flags "${flags}"`,
          });
        }
      })
      .optional(),
  }).superRefine(({ pattern, flags }, ctx) => {
    // `pattern` compiled with `i` on its own; the unicode flags are stricter.
    if (!flags || !/[uv]/.test(flags) || regexProblem('', flags)) return;
    if (regexProblem(pattern, 'i')) return;
    const problem = regexProblem(pattern, flags.replace(/[gy]/g, ''));
    if (problem) {
      ctx.addIssue({ code: 'custom', path: ['pattern'], message: problem });
    }
  }),
});

/** @public */
export const dependencyRuleSchema: z.ZodType<DependencyRule> = strictObject({
  description,
  dependency: strictObject({
    names: listOf(
      text('a dependency name or glob'),
      'dependency names',
      'dependency name',
    ),
    ecosystems: listOf(
      oneOf(ECOSYSTEMS, 'ecosystem'),
      'ecosystems',
      'ecosystem',
    ).optional(),
  }),
});

/** @public */
export const documentRuleSchema: z.ZodType<DocumentRule> = strictObject({
  description,
  document: strictObject({
    files: globs,
    exclude: globs.optional(),
    topLevelKeys: strings('keys', 'key').optional(),
    kinds: strings('kinds', 'kind').optional(),
    has: strings('dotted paths', 'dotted path').optional(),
  }),
});

/** @public */
export const kubernetesRuleSchema: z.ZodType<KubernetesRule> = strictObject({
  description,
  kubernetes: strictObject({
    check: oneOf(KUBERNETES_CHECKS, 'kubernetes check'),
    files: globs.optional(),
  }),
});

/** @public */
export const entityFieldRuleSchema: z.ZodType<EntityFieldRule> = strictObject({
  description,
  entity: strictObject({
    field: text('a dotted field path such as spec.type'),
    oneOf: strings('values', 'value').optional(),
    pattern: regex.optional(),
  }).superRefine((rule, ctx) => {
    if (rule.oneOf && rule.pattern !== undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'set either oneOf or pattern, not both',
      });
    }
  }),
});

/** @public */
export const annotationRuleSchema: z.ZodType<AnnotationRule> = strictObject({
  description,
  annotation: strictObject({
    keys: listOf(
      text('an annotation key or glob'),
      'annotation keys',
      'annotation key',
    ),
    valuePattern: regex.optional(),
  }),
});

/** @public */
export const linkRuleSchema: z.ZodType<LinkRule> = strictObject({
  description,
  link: strictObject({ pattern: regex }),
});

/** @public */
export const relationRuleSchema: z.ZodType<RelationRule> = strictObject({
  description,
  relation: strictObject({
    type: text('a relation type such as dependsOn'),
    targetKind: text('an entity kind').optional(),
    targetType: strings('types', 'type').optional(),
  }),
});

/** @public */
export const ownerExistsRuleSchema: z.ZodType<OwnerExistsRule> = strictObject({
  description,
  ownerExists: z.literal(true, { error: expected('true') }),
});

/** @public */
export const noDependencyCycleRuleSchema: z.ZodType<NoDependencyCycleRule> =
  strictObject({
    description,
    noDependencyCycle: z.literal(true, { error: expected('true') }),
  });

/** @public */
export const scmRuleSchema: z.ZodType<ScmRule> = strictObject({
  description,
  scm: strictObject({
    fact: oneOf(SCM_FACTS, 'scm fact'),
    whenUnavailable: flag.optional(),
  }),
});

/** A name of letters, digits, `.`, `-` and `_`, e.g. `github.reviews-required`. */
function dottedName(what: string) {
  return text(what).regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
    `expected ${what}: letters, digits, ".", "-" and "_"`,
  );
}

/** @public */
export const factRuleSchema: z.ZodType<FactRule> = strictObject({
  description,
  fact: strictObject({
    name: dottedName('a fact name'),
    whenUnavailable: flag.optional(),
  }),
});

/**
 * A rule of a kind added from code. That the kind is installed, and that
 * its options suit it, is checked where the installed kinds are known.
 *
 * @public
 */
export const customRuleSchema: z.ZodType<CustomRule> = strictObject({
  description,
  custom: strictObject({
    kind: dottedName('a rule kind name'),
    options: z
      .record(z.string(), z.unknown(), { error: expected('an object') })
      .optional(),
  }),
});

const ruleList = listOf(ruleSchema, 'rules', 'rule');

/** @public */
export const allRuleSchema: z.ZodType<AllRule> = strictObject({
  description,
  all: ruleList,
});

/** @public */
export const anyRuleSchema: z.ZodType<AnyRule> = strictObject({
  description,
  any: ruleList,
});

/** @public */
export const notRuleSchema: z.ZodType<NotRule> = strictObject({
  description,
  not: ruleSchema,
});

// ---------------------------------------------------------------- any rule

const RULE_KINDS = new Map<string, z.ZodType<Rule>>([
  ['files', filesRuleSchema],
  ['content', contentRuleSchema],
  ['dependency', dependencyRuleSchema],
  ['document', documentRuleSchema],
  ['kubernetes', kubernetesRuleSchema],
  ['entity', entityFieldRuleSchema],
  ['annotation', annotationRuleSchema],
  ['link', linkRuleSchema],
  ['relation', relationRuleSchema],
  ['ownerExists', ownerExistsRuleSchema],
  ['noDependencyCycle', noDependencyCycleRuleSchema],
  ['scm', scmRuleSchema],
  ['fact', factRuleSchema],
  ['custom', customRuleSchema],
  ['all', allRuleSchema],
  ['any', anyRuleSchema],
  ['not', notRuleSchema],
]);

const KIND_NAMES = [...RULE_KINDS.keys()].join(', ');

/**
 * Judges a rule by the schema of its one kind key, so that a mistake gets
 * that kind's message (a union would report every kind's complaint at once).
 * The kind's issues are re-raised here, below this rule's path.
 */
function checkRule(value: unknown, ctx: z.core.$RefinementCtx<Rule>): void {
  if (!isRecord(value)) {
    ctx.addIssue({
      code: 'custom',
      message:
        value === undefined
          ? 'required'
          : `expected a rule: an object with one of ${KIND_NAMES}`,
    });
    return;
  }
  const kinds = Object.keys(value).filter(key => RULE_KINDS.has(key));
  if (kinds.length !== 1) {
    ctx.addIssue({
      code: 'custom',
      message:
        kinds.length === 0
          ? `unknown rule; expected one of ${KIND_NAMES}`
          : `expected one rule kind, found ${listing(
              kinds,
            )}; combine rules with all or any`,
    });
    return;
  }
  const result = RULE_KINDS.get(kinds[0])!.safeParse(value, {
    error: friendlyErrors,
  });
  for (const issue of result.success
    ? []
    : flattenIssues(result.error.issues)) {
    ctx.addIssue({
      code: 'custom',
      path: [...issue.path],
      message: issue.message,
    });
  }
}

// ---------------------------------------------------------------- config block

const httpUrl = z
  .string({ error: expected('an http(s) URL') })
  .refine(value => {
    try {
      return ['http:', 'https:'].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, 'expected an http(s) URL');

/** @public */
export const phaseConfigSchema: z.ZodType<PhaseConfig> = strictObject({
  id: text('a phase id'),
  name: text('a name').optional(),
  description: text('a description').optional(),
});

/** @public */
export const trackConfigSchema: z.ZodType<TrackConfig> = strictObject({
  id: text('a track id'),
  name: text('a name').optional(),
  description: text('a description').optional(),
});

const CHECK_ID = /^[A-Za-z0-9][\w.-]*$/;

/** @public */
export const checkConfigSchema: z.ZodType<CheckConfig> = strictObject({
  id: z
    .string({ error: expected('a check id') })
    .regex(
      CHECK_ID,
      'expected a check id of letters, digits, ".", "_" and "-"',
    ),
  title: text('a title').optional(),
  phase: text('a phase id').optional(),
  track: text('a track id').optional(),
  required: flag.optional(),
  why: text('a sentence').optional(),
  howToPass: text('a description of the evidence').optional(),
  guidanceUrl: httpUrl.optional(),
  attestable: flag.optional(),
  rule: ruleSchema.optional(),
  notApplicableWhen: ruleSchema.nullable().optional(),
});

/**
 * The structure of `maturity.checklist`. References to the base checklist
 * are checked by `validateChecklistConfig`.
 *
 * @public
 */
export const checklistConfigSchema: z.ZodType<ChecklistConfig> = strictObject({
  guidanceBaseUrl: httpUrl.optional(),
  phases: listOf(phaseConfigSchema, 'phases').optional(),
  tracks: listOf(trackConfigSchema, 'tracks').optional(),
  disable: listOf(text('a check id'), 'check ids').optional(),
  checks: listOf(checkConfigSchema, 'checks').optional(),
});
