import { parseAllDocuments } from 'yaml';
import type { Entity } from '@backstage/catalog-model';
import type {
  CatalogContext,
  EvidenceFacts,
  RepositorySnapshot,
  ScmFacts,
} from '@backstage-maturity/plugin-maturity-common';
import {
  MANIFEST_GLOBS,
  parseManifest,
  type DeclaredDependency,
} from '../manifests';
import { GlobCandidates } from '../util/globCandidates';
import { baseName, compileGlob, isIgnoredPath } from './glob';
import type { MaturityRuleKind } from './ruleKinds';

/** Largest YAML/JSON text parsed as documents, in characters. */
const MAX_DOCUMENT_CHARS = 1_000_000;
/** Most documents read from one YAML stream. */
const MAX_DOCUMENTS_PER_FILE = 500;

/** A parsed YAML/JSON file: its documents, or why it could not be parsed. */
export type ParsedDocuments =
  | { ok: true; documents: unknown[] }
  | { ok: false; problem: string };

/** The repository's paths and file names, with an index of globs to paths. */
interface Listing {
  paths: string[];
  names: string[];
  candidates: GlobCandidates;
}

/**
 * What rules read during one evaluation, with manifests and documents
 * parsed once and shared by every check.
 */
export class EvaluationContext {
  readonly entity?: Entity;
  readonly catalog?: CatalogContext;
  readonly scm?: ScmFacts;
  readonly facts: EvidenceFacts;
  /** Rule kinds added from code, by name. */
  readonly ruleKinds: ReadonlyMap<string, MaturityRuleKind>;
  /** The repository, or why it could not be read. */
  readonly repository:
    | { ok: true; snapshot: RepositorySnapshot }
    | { ok: false; reason: string };

  #dependencies?: { list: DeclaredDependency[]; problems: string[] };
  readonly #documents = new Map<string, ParsedDocuments>();
  readonly #files = new Map<string, string[]>();
  readonly #globMatches = new Map<string, number[]>();
  #paths?: Listing;

  constructor(options: {
    entity?: Entity;
    catalog?: CatalogContext;
    scm?: ScmFacts;
    facts?: EvidenceFacts;
    ruleKinds?: ReadonlyMap<string, MaturityRuleKind>;
    repository:
      | { ok: true; snapshot: RepositorySnapshot }
      | { ok: false; reason: string };
  }) {
    this.entity = options.entity;
    this.catalog = options.catalog;
    this.scm = options.scm;
    this.facts = options.facts ?? {};
    this.ruleKinds = options.ruleKinds ?? new Map();
    this.repository = options.repository;
  }

  /**
   * Repository paths matching the globs, in listing order. Each glob is
   * matched against the listing once per evaluation, however many rules
   * use it.
   */
  files(
    snapshot: RepositorySnapshot,
    include: string[],
    exclude: string[] = [],
    caseSensitive = false,
  ): string[] {
    const key = JSON.stringify([include, exclude, caseSensitive]);
    let paths = this.#files.get(key);
    if (!paths) {
      const listing = this.#listing(snapshot);
      const hit = new Uint8Array(listing.paths.length);
      for (const glob of include) {
        for (const i of this.#matches(listing, glob, caseSensitive)) hit[i] = 1;
      }
      for (const glob of exclude) {
        for (const i of this.#matches(listing, glob, caseSensitive)) hit[i] = 0;
      }
      paths = listing.paths.filter((_, i) => hit[i] === 1);
      this.#files.set(key, paths);
    }
    return paths;
  }

  #listing(snapshot: RepositorySnapshot): Listing {
    if (!this.#paths) {
      const paths = snapshot.files
        .map(f => f.path)
        .filter(path => !isIgnoredPath(path));
      const names = paths.map(baseName);
      this.#paths = {
        paths,
        names,
        candidates: new GlobCandidates(paths, names),
      };
    }
    return this.#paths;
  }

  #matches(listing: Listing, glob: string, caseSensitive: boolean): number[] {
    const key = `${caseSensitive ? 's' : 'i'}:${glob}`;
    let indexes = this.#globMatches.get(key);
    if (!indexes) {
      const { nameOnly, test } = compileGlob(glob, caseSensitive);
      const subjects = nameOnly ? listing.names : listing.paths;
      // Hundreds of globs over a large listing: test only the paths that
      // could match (a superset, in listing order), else every path.
      const candidates = listing.candidates.candidates(glob);
      indexes = [];
      if (candidates) {
        for (const i of candidates) if (test(subjects[i])) indexes.push(i);
      } else {
        for (let i = 0; i < subjects.length; i++) {
          if (test(subjects[i])) indexes.push(i);
        }
      }
      this.#globMatches.set(key, indexes);
    }
    return indexes;
  }

  /** Every dependency declared in the repository's manifests. */
  dependencies(snapshot: RepositorySnapshot): {
    list: DeclaredDependency[];
    problems: string[];
  } {
    if (!this.#dependencies) {
      const list: DeclaredDependency[] = [];
      const problems: string[] = [];
      for (const path of this.files(snapshot, MANIFEST_GLOBS)) {
        const text = snapshot.contents[path];
        if (text === undefined) {
          problems.push(
            `${path}: not read (${snapshot.skipped[path] ?? 'not loaded'})`,
          );
          continue;
        }
        try {
          list.push(...parseManifest(path, text).dependencies);
        } catch (error) {
          problems.push(error instanceof Error ? error.message : String(error));
        }
      }
      this.#dependencies = { list, problems };
    }
    return this.#dependencies;
  }

  /** The YAML or JSON documents of a file that was read. */
  documents(snapshot: RepositorySnapshot, path: string): ParsedDocuments {
    let parsed = this.#documents.get(path);
    if (!parsed) {
      parsed = parseDocuments(path, snapshot);
      this.#documents.set(path, parsed);
    }
    return parsed;
  }
}

function parseDocuments(
  path: string,
  snapshot: RepositorySnapshot,
): ParsedDocuments {
  const text = snapshot.contents[path];
  if (text === undefined) {
    return {
      ok: false,
      problem: `${path}: not read (${snapshot.skipped[path] ?? 'not loaded'})`,
    };
  }
  if (text.length > MAX_DOCUMENT_CHARS) {
    return { ok: false, problem: `${path}: too large to parse` };
  }
  try {
    if (/\.json$/i.test(path)) {
      return { ok: true, documents: [JSON.parse(text)] };
    }
    // Templated keys ({{ .Values.x }}) are not worth a warning on stderr.
    const streams = parseAllDocuments(text, { logLevel: 'error' });
    const list = Array.isArray(streams) ? streams : [streams];
    const documents: unknown[] = [];
    for (const doc of list.slice(0, MAX_DOCUMENTS_PER_FILE)) {
      if (doc.errors.length > 0) {
        return {
          ok: false,
          problem: `${path}: invalid YAML (${
            doc.errors[0].message.split('\n')[0]
          })`,
        };
      }
      documents.push(doc.toJS({ maxAliasCount: 100 }));
    }
    return { ok: true, documents };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problem: `${path}: cannot be parsed (${message.split('\n')[0]})`,
    };
  }
}
