import type { DeclaredDependency } from './types';
import { ManifestParseError } from './errors';
import { parseToml } from './structured';
import { isRecord, splitLines, text } from './util';

/** PEP 503: lowercase, runs of `-`, `_` and `.` become `-`. */
export function normalizePythonName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

const NAME = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*/;
const CLAUSE = /^(?:===|==|!=|<=|>=|~=|<|>)\s*[\w.*+!-]+$/;

/**
 * Reads a PEP 508 requirement such as `requests[socks]>=2.8.1,<3 ;
 * python_version < "3.12"` into its normalised name and version specifier;
 * undefined when it is not one.
 */
export function parseRequirement(
  requirement: string,
): { name: string; version?: string } | undefined {
  const name = NAME.exec(requirement);
  if (!name) {
    return undefined;
  }
  let rest = requirement.slice(name[0].length);
  const marker = rest.indexOf(';');
  rest = (marker === -1 ? rest : rest.slice(0, marker)).trim();
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close === -1) {
      return undefined;
    }
    rest = rest.slice(close + 1).trim();
  }
  const result = { name: normalizePythonName(name[1]) };
  if (rest.startsWith('@')) {
    return result; // direct reference: `name @ https://...`
  }
  if (rest.startsWith('(') && rest.endsWith(')')) {
    rest = rest.slice(1, -1).trim();
  }
  if (rest === '') {
    return result;
  }
  const clauses = rest.split(',').map(clause => clause.trim());
  if (!clauses.every(clause => CLAUSE.test(clause))) {
    return undefined;
  }
  return { ...result, version: clauses.join(',').replace(/\s+/g, '') };
}

function pypi(
  path: string,
  name: string,
  version: string | undefined,
  scope: string | undefined,
): DeclaredDependency {
  return { name, version, ecosystem: 'pypi', manifest: path, scope };
}

/** Not package requirements: paths, URLs and archives. */
function isLocation(line: string): boolean {
  return (
    /^[./~]/.test(line) ||
    /^[A-Za-z][\w+.-]*:\/\//.test(line) ||
    /\.(?:whl|zip|tar\.gz|tgz|tar\.bz2)$/i.test(line)
  );
}

/**
 * Reads requirements*.txt. Option lines (`-r`, `-e`, `--index-url`), paths
 * and URLs are skipped; per-requirement options such as `--hash` are ignored.
 */
export function parseRequirementsTxt(
  path: string,
  source: string,
): DeclaredDependency[] {
  const dependencies: DeclaredDependency[] = [];
  const lines = splitLines(source);
  for (let index = 0; index < lines.length; index++) {
    const lineNumber = index + 1;
    // A trailing backslash continues the line.
    const parts = [lines[index]];
    while (parts[parts.length - 1].endsWith('\\') && index + 1 < lines.length) {
      parts[parts.length - 1] = parts[parts.length - 1].slice(0, -1);
      parts.push(lines[++index]);
    }
    let line = parts.join(' ');
    const comment = line.search(/(?:^|\s)#/);
    line = (comment === -1 ? line : line.slice(0, comment)).trim();
    if (line === '' || line.startsWith('-') || isLocation(line)) {
      continue;
    }
    const option = line.search(/\s--?[A-Za-z]/);
    const requirement = parseRequirement(
      option === -1 ? line : line.slice(0, option),
    );
    if (!requirement) {
      throw new ManifestParseError(path, 'invalid requirement', {
        line: lineNumber,
        detail: line,
      });
    }
    dependencies.push(
      pypi(path, requirement.name, requirement.version, undefined),
    );
  }
  return dependencies;
}

/** PEP 508 strings from a TOML array; other entries are skipped. */
function requirementList(
  path: string,
  list: unknown,
  scope: string | undefined,
): DeclaredDependency[] {
  if (!Array.isArray(list)) {
    return [];
  }
  return list
    .filter((item): item is string => typeof item === 'string')
    .map(item => {
      const requirement = parseRequirement(item);
      if (!requirement) {
        throw new ManifestParseError(path, 'invalid requirement', {
          detail: item,
        });
      }
      return pypi(path, requirement.name, requirement.version, scope);
    });
}

/** Poetry and Pipfile tables: `name = "^1.0"` or `name = { version = "^1.0", ... }`. */
function dependencyTable(
  path: string,
  table: unknown,
  scope: string | undefined,
): DeclaredDependency[] {
  if (!isRecord(table)) {
    return [];
  }
  return Object.entries(table)
    .filter(([name]) => name.toLowerCase() !== 'python')
    .map(([name, spec]) =>
      pypi(
        path,
        normalizePythonName(name),
        text(spec) ?? (isRecord(spec) ? text(spec.version) : undefined),
        scope,
      ),
    );
}

function groups<T>(
  table: unknown,
  read: (value: unknown, group: string) => T[],
): T[] {
  return isRecord(table)
    ? Object.entries(table).flatMap(([group, value]) => read(value, group))
    : [];
}

/**
 * Reads pyproject.toml: PEP 621 `[project]` dependencies and
 * optional-dependencies (scope: the extra), PEP 735 `[dependency-groups]`
 * (scope: the group), `[build-system] requires` (scope `build`) and Poetry's
 * `[tool.poetry.dependencies]`, `dev-dependencies` (scope `dev`) and
 * `[tool.poetry.group.<group>.dependencies]` (scope: the group).
 */
export function parsePyproject(
  path: string,
  source: string,
): DeclaredDependency[] {
  const doc = parseToml(path, source);
  const project = isRecord(doc.project) ? doc.project : {};
  const tool = isRecord(doc.tool) ? doc.tool : {};
  const poetry = isRecord(tool.poetry) ? tool.poetry : {};
  const buildSystem = isRecord(doc['build-system']) ? doc['build-system'] : {};
  return [
    ...requirementList(path, project.dependencies, undefined),
    ...groups(project['optional-dependencies'], (list, group) =>
      requirementList(path, list, group),
    ),
    ...groups(doc['dependency-groups'], (list, group) =>
      requirementList(path, list, group),
    ),
    ...requirementList(path, buildSystem.requires, 'build'),
    ...dependencyTable(path, poetry.dependencies, undefined),
    ...dependencyTable(path, poetry['dev-dependencies'], 'dev'),
    ...groups(poetry.group, (group, name) =>
      isRecord(group) ? dependencyTable(path, group.dependencies, name) : [],
    ),
  ];
}

/** Reads Pipfile: `[packages]` and `[dev-packages]` (scope `dev`). */
export function parsePipfile(
  path: string,
  source: string,
): DeclaredDependency[] {
  const doc = parseToml(path, source);
  return [
    ...dependencyTable(path, doc.packages, undefined),
    ...dependencyTable(path, doc['dev-packages'], 'dev'),
  ];
}
