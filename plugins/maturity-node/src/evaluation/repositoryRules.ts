import type {
  ContentRule,
  DependencyRule,
  DocumentRule,
  FilesRule,
  KubernetesRule,
  RepositorySnapshot,
} from '@backstage-maturity/plugin-maturity-common';
import { manifestEcosystem } from '../manifests';
import { lineOf } from '../manifests/util';
import { getIn } from '../util/objects';
import { inspectKubernetes, type TextFile } from '../kubernetes';
import type { EvaluationContext } from './context';
import { nameMatches } from './glob';
import type { RuleResult } from './ruleResult';
import { ruleWords } from './describeRule';
import { pathOfProblem, splitFileProblems } from '../util/fileProblems';

/** Files the Kubernetes inspection reads when a rule names none. */
export const KUBERNETES_GLOBS = ['*.yaml', '*.yml'];
/** Application configuration that may state a shutdown timeout. */
export const APP_CONFIG_GLOBS = [
  'application*.yml',
  'application*.yaml',
  'application*.properties',
  'appsettings*.json',
];

const MAX_EVIDENCE = 5;
/** Longest excerpt of a matched line shown as evidence. */
const EXCERPT = 80;

/**
 * The line a match is on, trimmed, as the reader of the evidence sees it
 * (the match itself when it spans lines).
 */
function matchedText(text: string, match: RegExpExecArray): string {
  const start = text.lastIndexOf('\n', match.index) + 1;
  const newline = text.indexOf('\n', match.index);
  const line = text.slice(start, newline === -1 ? undefined : newline).trim();
  const shown = line.length > 0 ? line : match[0].trim();
  return shown.length > EXCERPT ? `${shown.slice(0, EXCERPT - 1)}…` : shown;
}

/** Manifest scopes that pin versions without declaring a dependency. */
const PIN_ONLY_SCOPES = new Set(['indirect', 'managed', 'constraint']);

/** Runs `fn` on the snapshot, or reports why the repository is unknown. */
function withRepository(
  ctx: EvaluationContext,
  fn: (snapshot: RepositorySnapshot) => RuleResult,
): RuleResult {
  if (!ctx.repository.ok) {
    return {
      value: 'unknown',
      evidence: [],
      lookedFor: [],
      problems: [ctx.repository.reason],
    };
  }
  return fn(ctx.repository.snapshot);
}

/** A negative answer, or unknown when the listing itself was cut short. */
function notFound(
  snapshot: RepositorySnapshot,
  lookedFor: string,
  problems: string[] = [],
): RuleResult {
  const allProblems = snapshot.truncated
    ? [...problems, `repository listing incomplete: ${snapshot.truncated}`]
    : problems;
  return {
    value: allProblems.length > 0 ? 'unknown' : false,
    evidence: [],
    lookedFor: [lookedFor],
    problems: allProblems,
  };
}

/** The longest run of plain characters in a name glob (lower case). */
function longestLiteral(glob: string): string | undefined {
  const longest = glob
    .split(/[*?[\]{}!:]+/)
    .reduce((a, b) => (b.length > a.length ? b : a), '');
  return longest.length >= 3 ? longest.toLocaleLowerCase('en-US') : undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Matches text that names one of the keys or kinds a document rule wants. */
function documentMention(
  topLevelKeys: string[] | undefined,
  kinds: string[] | undefined,
): RegExp {
  const alternatives: string[] = [];
  if (topLevelKeys?.length) {
    alternatives.push(
      `(?:^|[{,]\\s*)["']?(?:${topLevelKeys
        .map(escapeRegExp)
        .join('|')})["']?\\s*:`,
    );
  }
  if (kinds?.length) {
    alternatives.push(
      `kind["']?\\s*:\\s*["']?(?:${kinds.map(escapeRegExp).join('|')})\\b`,
    );
  }
  return alternatives.length > 0
    ? new RegExp(alternatives.join('|'), 'im')
    : /[^]/;
}

export function evaluateFiles(
  rule: FilesRule,
  ctx: EvaluationContext,
): RuleResult {
  return withRepository(ctx, snapshot => {
    const matches = ctx.files(
      snapshot,
      rule.files,
      rule.exclude,
      rule.caseSensitive,
    );
    const minCount = rule.minCount ?? 1;
    if (matches.length >= minCount) {
      return {
        value: true,
        evidence: matches
          .slice(0, MAX_EVIDENCE)
          .map(path => ({ kind: 'file', target: path, detail: path })),
        lookedFor: [],
        problems: [],
      };
    }
    return notFound(snapshot, ruleWords(rule));
  });
}

export function evaluateContent(
  rule: ContentRule,
  ctx: EvaluationContext,
): RuleResult {
  const { files, exclude, caseSensitive, pattern, flags } = rule.content;
  return withRepository(ctx, snapshot => {
    const regex = new RegExp(pattern, (flags ?? 'i').replace(/[gy]/g, ''));
    const problems: string[] = [];
    for (const path of ctx.files(snapshot, files, exclude, caseSensitive)) {
      const text = snapshot.contents[path];
      if (text === undefined) {
        problems.push(
          `${path}: not read (${snapshot.skipped[path] ?? 'not loaded'})`,
        );
        continue;
      }
      const match = regex.exec(text);
      if (match) {
        const line = lineOf(text, match.index);
        return {
          value: true,
          evidence: [
            {
              kind: 'content',
              target: `${path}:${line}`,
              detail: `${path} line ${line}: ${matchedText(text, match)}`,
            },
          ],
          lookedFor: [],
          problems: [],
        };
      }
    }
    return notFound(snapshot, ruleWords(rule), problems);
  });
}

export function evaluateDependency(
  rule: DependencyRule,
  ctx: EvaluationContext,
): RuleResult {
  const { names, ecosystems } = rule.dependency;
  return withRepository(ctx, snapshot => {
    const { list, problems } = ctx.dependencies(snapshot);
    const counts = (ecosystem: string) =>
      !ecosystems || ecosystems.includes(ecosystem as never);
    const found = list.filter(
      dep =>
        counts(dep.ecosystem) &&
        // A version pinned only for a transitive dependency (Go
        // `// indirect`, Maven dependencyManagement, central package
        // versions, Gradle constraints) is not a dependency of the service.
        !PIN_ONLY_SCOPES.has(dep.scope ?? '') &&
        names.some(glob => nameMatches(dep.name, glob, dep.ecosystem === 'go')),
    );
    if (found.length > 0) {
      return {
        value: true,
        evidence: found.slice(0, MAX_EVIDENCE).map(dep => ({
          kind: 'dependency',
          target: dep.manifest,
          detail: `${dep.name}${dep.version ? ` ${dep.version}` : ''} in ${
            dep.manifest
          }`,
        })),
        lookedFor: [],
        problems: [],
      };
    }
    const counted = problems.filter(problem => {
      const ecosystem = manifestEcosystem(pathOfProblem(problem));
      return !ecosystem || counts(ecosystem);
    });
    // A manifest that does not parse decides nothing unless its text names
    // one of the dependencies looked for.
    const textOf = (path: string) => snapshot.contents[path];
    const { relevant, ignored } = splitFileProblems(counted, textOf, text => {
      const lower = text.toLocaleLowerCase('en-US');
      return names.some(name => {
        const literal = longestLiteral(name);
        return literal === undefined || lower.includes(literal);
      });
    });
    return {
      ...notFound(snapshot, ruleWords(rule), relevant),
      warnings: ignored,
    };
  });
}

export function evaluateDocument(
  rule: DocumentRule,
  ctx: EvaluationContext,
): RuleResult {
  const { files, exclude, topLevelKeys, kinds, has } = rule.document;
  const wantedKinds = kinds?.map(k => k.toLocaleLowerCase('en-US'));
  const describe = [
    topLevelKeys && `top-level key ${topLevelKeys.join('/')}`,
    kinds && `kind ${kinds.join('/')}`,
    has && `with ${has.join(', ')}`,
  ]
    .filter(Boolean)
    .join(' ');
  return withRepository(ctx, snapshot => {
    const problems: string[] = [];
    for (const path of ctx.files(snapshot, files, exclude)) {
      const parsed = ctx.documents(snapshot, path);
      if (!parsed.ok) {
        problems.push(parsed.problem);
        continue;
      }
      for (const doc of parsed.documents) {
        if (!doc || typeof doc !== 'object' || Array.isArray(doc)) continue;
        const record = doc as Record<string, unknown>;
        const keyOk = !topLevelKeys || topLevelKeys.some(key => key in record);
        const kind = record.kind;
        const kindOk =
          !wantedKinds ||
          (typeof kind === 'string' &&
            wantedKinds.includes(kind.toLocaleLowerCase('en-US')));
        const hasOk =
          !has || has.every(p => getIn(record, p.split('.')) !== undefined);
        if (keyOk && kindOk && hasOk) {
          return {
            value: true,
            evidence: [
              {
                kind: 'document',
                target: path,
                detail: `${path}: ${
                  typeof kind === 'string' ? `${kind} ` : ''
                }document with ${describe}`,
              },
            ],
            lookedFor: [],
            problems: [],
          };
        }
      }
    }
    // A file that does not parse decides nothing unless its text has one of
    // the keys or kinds looked for.
    const mentions =
      problems.length > 0 ? documentMention(topLevelKeys, kinds) : undefined;
    const { relevant, ignored } = splitFileProblems(
      problems,
      path => snapshot.contents[path],
      text => mentions!.test(text),
    );
    return {
      ...notFound(snapshot, ruleWords(rule), relevant),
      warnings: ignored,
    };
  });
}

function textFiles(
  ctx: EvaluationContext,
  snapshot: RepositorySnapshot,
  globs: string[],
): { files: TextFile[]; problems: string[] } {
  const files: TextFile[] = [];
  const problems: string[] = [];
  for (const path of ctx.files(snapshot, globs)) {
    const text = snapshot.contents[path];
    if (text === undefined) {
      problems.push(
        `${path}: not read (${snapshot.skipped[path] ?? 'not loaded'})`,
      );
    } else {
      files.push({ path, text });
    }
  }
  return { files, problems };
}

export function evaluateKubernetes(
  rule: KubernetesRule,
  ctx: EvaluationContext,
): RuleResult {
  return withRepository(ctx, snapshot => {
    const manifests = textFiles(
      ctx,
      snapshot,
      rule.kubernetes.files ?? KUBERNETES_GLOBS,
    );
    const appConfig = textFiles(ctx, snapshot, APP_CONFIG_GLOBS);
    const result = inspectKubernetes(
      rule.kubernetes.check,
      manifests.files,
      appConfig.files,
    );
    if (result.value !== true && manifests.problems.length > 0) {
      return {
        ...result,
        value: 'unknown',
        problems: [...result.problems, ...manifests.problems],
      };
    }
    return {
      value: result.value,
      evidence: result.evidence,
      lookedFor: result.lookedFor,
      problems: result.problems,
      warnings: result.warnings,
    };
  });
}
