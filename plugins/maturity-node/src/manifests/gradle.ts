import type { DeclaredDependency } from './types';

/*
 * Gradle build scripts are programs; this reads the common declarative
 * forms, statement by statement, tracking the enclosing `{ }` blocks so that
 * `plugins { }` and `dependencies { }` content can be told apart.
 */

/** Longer statements are not declarations; skipping them bounds regex work. */
const MAX_STATEMENT = 4096;

/** The index just past the string literal starting at `start`. */
function skipString(source: string, start: number): number {
  const quote = source[start];
  const triple = quote.repeat(3);
  if (source.startsWith(triple, start)) {
    const end = source.indexOf(triple, start + 3);
    return end === -1 ? source.length : end + 3;
  }
  for (let i = start + 1; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
    } else if (c === quote) {
      return i + 1;
    } else if (c === '\n') {
      return i; // unterminated
    }
  }
  return source.length;
}

function isQuote(c: string): boolean {
  return c === '"' || c === "'";
}

function stripComments(source: string): string {
  const parts: string[] = [];
  let from = 0;
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (isQuote(c)) {
      i = skipString(source, i);
    } else if (c === '/' && source[i + 1] === '/') {
      parts.push(source.slice(from, i));
      const end = source.indexOf('\n', i);
      i = end === -1 ? source.length : end;
      from = i;
    } else if (c === '/' && source[i + 1] === '*') {
      parts.push(source.slice(from, i), ' ');
      const end = source.indexOf('*/', i + 2);
      i = end === -1 ? source.length : end + 2;
      from = i;
    } else {
      i++;
    }
  }
  parts.push(source.slice(from));
  return parts.join('');
}

/** The contents of the string literals in a statement. */
function stringLiterals(statement: string): string[] {
  const literals: string[] = [];
  for (let i = 0; i < statement.length; i++) {
    if (isQuote(statement[i])) {
      const end = skipString(statement, i);
      const q = statement.startsWith(statement[i].repeat(3), i) ? 3 : 1;
      literals.push(statement.slice(i + q, Math.max(i + q, end - q)));
      i = end - 1;
    }
  }
  return literals;
}

interface Context {
  /** The innermost enclosing block, e.g. `plugins`. */
  block: string | undefined;
  /** Whether some enclosing block is `dependencies`. */
  inDependencies: boolean;
  /** Whether some enclosing block is `constraints` (version pins only). */
  inConstraints: boolean;
}

/** Calls `visit` for each statement (a line, or lines joined by open parentheses). */
function forEachStatement(
  source: string,
  visit: (statement: string, context: Context) => void,
) {
  const blocks: string[] = [];
  let dependencyBlocks = 0;
  let start = 0;
  let parens = 0;

  const emit = (end: number) => {
    if (end - start <= MAX_STATEMENT) {
      const statement = source.slice(start, end).replace(/\s+/g, ' ').trim();
      if (statement) {
        visit(statement, {
          block: blocks[blocks.length - 1],
          inDependencies: dependencyBlocks > 0,
          inConstraints: blocks.includes('constraints'),
        });
      }
    }
    start = end + 1;
    parens = 0;
  };

  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (isQuote(c)) {
      i = skipString(source, i) - 1;
    } else if (c === '(') {
      parens++;
    } else if (c === ')') {
      parens = Math.max(0, parens - 1);
    } else if (c === '{') {
      const name = /^\s*([A-Za-z_]\w*)/.exec(source.slice(start, i))?.[1] ?? '';
      emit(i);
      blocks.push(name);
      if (name === 'dependencies') {
        dependencyBlocks++;
      }
    } else if (c === '}') {
      emit(i);
      if (blocks.pop() === 'dependencies') {
        dependencyBlocks--;
      }
    } else if ((c === '\n' || c === ';') && parens === 0) {
      emit(i);
    }
  }
  emit(source.length);
}

/** Dependency configurations, including source-set variants (`testFixturesApi`). */
function isConfiguration(name: string): boolean {
  return (
    name.length <= 64 &&
    (/^(?:[a-z]\w*)?(?:[Ii]mplementation|[Aa]pi|[Cc]ompileOnly(?:Api)?|[Rr]untimeOnly|[Aa]nnotationProcessor|[Cc]ompile|[Rr]untime)$/.test(
      name,
    ) ||
      /^(?:kapt|ksp)(?:[A-Z]\w*)?$/.test(name) ||
      name === 'classpath' ||
      name === 'developmentOnly')
  );
}

/** `group:artifact[:version[:classifier]][@extension]` */
const COORDINATES =
  /^([^\s:'"]+):([^\s:'"]+)(?::([^\s:'"@]+))?(?::[^\s:'"@]+)?(?:@\w+)?$/;

function quoted(key: string, statement: string): string | undefined {
  return new RegExp(`\\b${key}\\s*[:=]\\s*(["'])([^"']*)\\1`).exec(
    statement,
  )?.[2];
}

type Found = { name: string; version?: string; scope: string };

function readPlugin(statement: string): Found | undefined {
  const version = /\bversion\s*(?:\(\s*)?(["'])([^"']+)\1/.exec(statement)?.[2];
  const id =
    /^id\s*(?:\(\s*)?(["'])([^"'\s]+)\1/.exec(statement)?.[2] ??
    /^`([\w.-]+)`$/.exec(statement)?.[1] ??
    /^([a-z]\w*)$/.exec(statement)?.[1];
  if (id) {
    return { name: id, version, scope: 'plugin' };
  }
  const kotlin = /^kotlin\s*\(\s*"([^"]+)"\s*\)/.exec(statement)?.[1];
  return kotlin
    ? { name: `org.jetbrains.kotlin.${kotlin}`, version, scope: 'plugin' }
    : undefined;
}

function readDependencies(statement: string): Found[] {
  const [, scope, rest] = /^([A-Za-z_]\w*)\s*(.*)$/.exec(statement) ?? [];
  if (!scope || !isConfiguration(scope)) {
    return [];
  }
  // implementation group: 'g', name: 'a', version: 'v'
  const group = quoted('group', rest);
  const artifact = quoted('name', rest);
  if (group && artifact) {
    return [
      { name: `${group}:${artifact}`, version: quoted('version', rest), scope },
    ];
  }
  // implementation(kotlin("stdlib"))
  const kotlin = /\bkotlin\s*\(\s*"([^"]+)"(?:\s*,\s*"([^"]+)")?/.exec(rest);
  if (kotlin) {
    return [
      {
        name: `org.jetbrains.kotlin:kotlin-${kotlin[1]}`,
        version: kotlin[2],
        scope,
      },
    ];
  }
  // implementation 'g:a:v', platform("g:a:v"), several per statement
  return stringLiterals(rest).flatMap(literal => {
    const match = COORDINATES.exec(literal);
    return match
      ? [{ name: `${match[1]}:${match[2]}`, version: match[3], scope }]
      : [];
  });
}

/**
 * Reads build.gradle and build.gradle.kts: dependency declarations in
 * `dependencies { }` blocks (scope: the configuration, e.g.
 * `testImplementation`; `constraint` inside `constraints { }`), named
 * `group:artifact`, and plugins from
 * `plugins { }` and `apply plugin:` (scope `plugin`, named by plugin id).
 * Version catalog (`libs.x`) and project dependencies are not resolved.
 */
export function parseGradle(
  path: string,
  source: string,
): DeclaredDependency[] {
  const found: Found[] = [];
  forEachStatement(stripComments(source), (statement, context) => {
    const applied = /^apply\s*(?:\(\s*)?plugin\s*[:=]\s*(["'])([^"']+)\1/.exec(
      statement,
    );
    if (applied) {
      found.push({ name: applied[2], scope: 'plugin' });
    } else if (context.block === 'plugins') {
      const plugin = readPlugin(statement);
      if (plugin) {
        found.push(plugin);
      }
    } else if (context.inDependencies) {
      const declared = readDependencies(statement);
      found.push(
        ...(context.inConstraints
          ? declared.map(d => ({ ...d, scope: 'constraint' }))
          : declared),
      );
    }
  });
  return found.map(({ name, version, scope }) => ({
    name,
    version,
    ecosystem: 'gradle',
    manifest: path,
    scope,
  }));
}
