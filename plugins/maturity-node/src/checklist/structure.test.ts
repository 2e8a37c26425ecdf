import picomatch from 'picomatch/posix';
import type {
  CheckDefinition,
  Rule,
} from '@backstage-maturity/plugin-maturity-common';
import { defaultChecklist } from './defaultChecklist';

/** Every rule node of a rule tree, with its path for messages. */
function* walk(rule: Rule, at: string): Generator<{ rule: Rule; at: string }> {
  yield { rule, at };
  if ('all' in rule) {
    for (const [i, r] of rule.all.entries()) yield* walk(r, `${at}.all[${i}]`);
  } else if ('any' in rule) {
    for (const [i, r] of rule.any.entries()) yield* walk(r, `${at}.any[${i}]`);
  } else if ('not' in rule) {
    yield* walk(rule.not, `${at}.not`);
  }
}

function rulesOf(check: CheckDefinition) {
  return [
    ...walk(check.rule, `${check.id}.rule`),
    ...(check.notApplicableWhen
      ? walk(check.notApplicableWhen, `${check.id}.notApplicableWhen`)
      : []),
  ];
}

const allNodes = defaultChecklist.checks.flatMap(rulesOf);

const RULE_KEYS = [
  'files',
  'content',
  'dependency',
  'document',
  'kubernetes',
  'entity',
  'annotation',
  'link',
  'relation',
  'ownerExists',
  'noDependencyCycle',
  'scm',
  'all',
  'any',
  'not',
];

const ECOSYSTEMS = [
  'npm',
  'go',
  'maven',
  'gradle',
  'pypi',
  'nuget',
  'rubygems',
  'cargo',
  'hex',
];

const SCM_FACTS = [
  'commit-conventions',
  'docs-changed-recently',
  'short-lived-branches',
  'reviews-required',
  'co-authored-by-trailers',
  'semver-tags',
];

function compileProblem(pattern: string, flags: string): string | undefined {
  try {
    // eslint-disable-next-line no-new
    new RegExp(pattern, flags);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function globProblem(glob: string): string | undefined {
  if (glob.trim() !== glob || glob === '') return 'empty or padded glob';
  if (glob.startsWith('/')) return 'absolute glob';
  try {
    picomatch.makeRe(glob, { dot: true, nocase: true, strictBrackets: true });
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

describe('the default checklist', () => {
  it('has unique check ids in kebab case', () => {
    const ids = defaultChecklist.checks.map(c => c.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(ids.filter(id => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))).toEqual(
      [],
    );
  });

  it('has unique phase and track ids', () => {
    const ids = [
      ...defaultChecklist.phases.map(p => p.id),
      ...defaultChecklist.tracks.map(t => t.id),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('puts every check in exactly one existing phase or track', () => {
    const phaseIds = new Set(defaultChecklist.phases.map(p => p.id));
    const trackIds = new Set(defaultChecklist.tracks.map(t => t.id));
    const wrong = defaultChecklist.checks.flatMap(check => {
      if (Boolean(check.phase) === Boolean(check.track)) {
        return [`${check.id}: needs exactly one of phase and track`];
      }
      if (check.phase && !phaseIds.has(check.phase)) {
        return [`${check.id}: unknown phase ${check.phase}`];
      }
      if (check.track && !trackIds.has(check.track)) {
        return [`${check.id}: unknown track ${check.track}`];
      }
      return [];
    });
    expect(wrong).toEqual([]);
  });

  it('gates phases with every phase check and never with a track check', () => {
    const wrong = defaultChecklist.checks.filter(check =>
      check.phase ? check.required !== true : check.required === true,
    );
    expect(wrong.map(c => c.id)).toEqual([]);
  });

  it('gives every phase and track at least one check', () => {
    const used = new Set(defaultChecklist.checks.map(c => c.phase ?? c.track));
    const empty = [...defaultChecklist.phases, ...defaultChecklist.tracks]
      .map(x => x.id)
      .filter(id => !used.has(id));
    expect(empty).toEqual([]);
  });

  it('explains every check in one line of why and a how-to-pass', () => {
    const wrong = defaultChecklist.checks.flatMap(check => [
      ...(check.title.trim() ? [] : [`${check.id}: empty title`]),
      ...(check.why.trim() ? [] : [`${check.id}: empty why`]),
      ...(/\n/.test(check.why) ? [`${check.id}: why spans lines`] : []),
      ...(check.howToPass.trim() ? [] : [`${check.id}: empty howToPass`]),
    ]);
    expect(wrong).toEqual([]);
  });

  it('builds every rule node from exactly one known rule kind', () => {
    const wrong = allNodes.flatMap(({ rule, at }) => {
      // Every rule may say what it looks for; a files rule keeps its
      // options beside `files`.
      const options = [
        'description',
        ...('files' in rule ? ['exclude', 'caseSensitive', 'minCount'] : []),
      ];
      const keys = Object.keys(rule).filter(k => RULE_KEYS.includes(k));
      const unknown = Object.keys(rule).filter(
        k => !RULE_KEYS.includes(k) && !options.includes(k),
      );
      return keys.length === 1 && unknown.length === 0
        ? []
        : [`${at}: keys ${Object.keys(rule).join(', ')}`];
    });
    expect(wrong).toEqual([]);
  });

  it('combines at least one rule in every all/any', () => {
    const wrong = allNodes.flatMap(({ rule, at }) =>
      ('all' in rule && rule.all.length === 0) ||
      ('any' in rule && rule.any.length === 0)
        ? [at]
        : [],
    );
    expect(wrong).toEqual([]);
  });

  it('compiles every regular expression of the rules', () => {
    const wrong = allNodes.flatMap(({ rule, at }) => {
      const patterns: Array<[string, string]> = [];
      if ('content' in rule) {
        patterns.push([rule.content.pattern, rule.content.flags ?? 'i']);
      }
      if ('annotation' in rule && rule.annotation.valuePattern) {
        patterns.push([rule.annotation.valuePattern, 'i']);
      }
      if ('link' in rule) patterns.push([rule.link.pattern, 'i']);
      if ('entity' in rule && rule.entity.pattern) {
        patterns.push([rule.entity.pattern, 'i']);
      }
      return patterns.flatMap(([pattern, flags]) => {
        const problem = /^[imsu]*$/.test(flags)
          ? compileProblem(pattern, flags)
          : `flags "${flags}" (g, y and others are not for content rules)`;
        return problem ? [`${at}: /${pattern}/${flags}: ${problem}`] : [];
      });
    });
    expect(wrong).toEqual([]);
  });

  it('uses valid, non-empty globs and name patterns', () => {
    const wrong = allNodes.flatMap(({ rule, at }) => {
      const globs: string[] = [];
      if ('files' in rule) globs.push(...rule.files, ...(rule.exclude ?? []));
      if ('content' in rule) {
        globs.push(...rule.content.files, ...(rule.content.exclude ?? []));
      }
      if ('document' in rule) {
        globs.push(...rule.document.files, ...(rule.document.exclude ?? []));
      }
      if ('kubernetes' in rule) globs.push(...(rule.kubernetes.files ?? []));
      const includes =
        ('files' in rule && rule.files) ||
        ('content' in rule && rule.content.files) ||
        ('document' in rule && rule.document.files) ||
        undefined;
      const names =
        ('dependency' in rule && rule.dependency.names) ||
        ('annotation' in rule && rule.annotation.keys) ||
        undefined;
      return [
        ...(includes && includes.length === 0 ? [`${at}: no files`] : []),
        ...(names && names.length === 0 ? [`${at}: no names`] : []),
        ...(names ?? [])
          .filter(n => n.trim() !== n || !n)
          .map(n => `${at}: name "${n}"`),
        ...globs.flatMap(glob => {
          const problem = globProblem(glob);
          return problem ? [`${at}: glob "${glob}": ${problem}`] : [];
        }),
      ];
    });
    expect(wrong).toEqual([]);
  });

  it('uses only known ecosystems, Kubernetes checks, scm facts and document selectors', () => {
    const wrong = allNodes.flatMap(({ rule, at }) => {
      if ('dependency' in rule) {
        return (rule.dependency.ecosystems ?? [])
          .filter(e => !ECOSYSTEMS.includes(e))
          .map(e => `${at}: ecosystem ${e}`);
      }
      if ('kubernetes' in rule) {
        return ['probes', 'resources', 'gracefulShutdown'].includes(
          rule.kubernetes.check,
        )
          ? []
          : [`${at}: kubernetes check ${rule.kubernetes.check}`];
      }
      if ('scm' in rule) {
        return SCM_FACTS.includes(rule.scm.fact)
          ? []
          : [`${at}: fact ${rule.scm.fact}`];
      }
      if ('document' in rule) {
        const { topLevelKeys, kinds } = rule.document;
        return topLevelKeys?.length || kinds?.length
          ? []
          : [`${at}: document rule without topLevelKeys or kinds`];
      }
      if ('relation' in rule) {
        return rule.relation.type ? [] : [`${at}: relation without a type`];
      }
      return [];
    });
    expect(wrong).toEqual([]);
  });

  it('is plain data that survives a JSON round trip (configuration can replace it)', () => {
    expect(JSON.parse(JSON.stringify(defaultChecklist))).toEqual(
      defaultChecklist,
    );
  });
});
