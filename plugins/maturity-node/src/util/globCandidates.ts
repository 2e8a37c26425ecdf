import picomatch from 'picomatch/posix';

/** Characters after which a glob is no longer plain text. */
const SPECIAL = /[*?[\]{}]/;
/** Globs this index does not try to narrow down: negation, extglobs, escapes. */
const UNANALYSED = /[!()|\\]/;
/**
 * Plain text this index narrows by: ASCII, so that lower case stands for
 * every case a case-insensitive glob matches.
 */
const PLAIN = /^[\x20-\x7e]*$/;
/** Empty, `.` and `..` segments, which matching might normalise. */
const DOT_SEGMENTS = /(^|\/)\.{0,2}\//;
/** A file extension of plain characters. */
const EXTENSION = /\.([A-Za-z0-9_-]+)$/;
/** A brace list of such extensions: `*.{js,ts}`. */
const EXTENSIONS = /\.\{([A-Za-z0-9_-]+(?:,[A-Za-z0-9_-]+)*)\}$/;
/** Only globstars: matches any folder. */
const ANY_FOLDER = /^((\*\*)?\/)*(\*\*)?$/;
/** Length of the keys of the prefix buckets. */
const KEY = 2;

/** Whether every `/` of a glob is outside braces and brackets. */
function slashesAtTopLevel(pattern: string): boolean {
  let depth = 0;
  for (const c of pattern) {
    if (c === '{' || c === '[') depth++;
    else if ((c === '}' || c === ']') && depth > 0) depth--;
    else if (c === '/' && depth > 0) return false;
  }
  return true;
}

/** The lower-cased plain text a glob starts with, if usable. */
function plainPrefix(pattern: string): string | undefined {
  const special = pattern.search(SPECIAL);
  // `a/**` also matches `a`: a prefix never ends with the slash.
  const prefix = (special < 0 ? pattern : pattern.slice(0, special))
    .replace(/\/$/, '')
    .toLowerCase();
  return prefix && PLAIN.test(prefix) && !DOT_SEGMENTS.test(prefix)
    ? prefix
    : undefined;
}

/** The lower-cased extensions every match of a last segment ends with. */
function extensionsOf(segment: string): string[] | undefined {
  return (EXTENSION.exec(segment)?.[1] ?? EXTENSIONS.exec(segment)?.[1])
    ?.toLowerCase()
    .split(',');
}

const folderRegExps = new Map<string, RegExp | undefined>();

/** A folder glob's expression, case-insensitive (a superset either way). */
function folderRegExp(folder: string): RegExp | undefined {
  if (!folderRegExps.has(folder)) {
    let regex: RegExp | undefined;
    try {
      regex = picomatch.makeRe(folder, { dot: true, nocase: true });
    } catch {
      regex = undefined;
    }
    folderRegExps.set(folder, regex);
  }
  return folderRegExps.get(folder);
}

/** Ascending indexes, without repeats, from several ascending lists. */
function union(lists: readonly (readonly number[])[]): readonly number[] {
  if (lists.length === 1) return lists[0];
  const all = Int32Array.from(lists.flat()).sort();
  const result: number[] = [];
  for (let i = 0; i < all.length; i++) {
    if (i === 0 || all[i] !== all[i - 1]) result.push(all[i]);
  }
  return result;
}

/** Lists of indexes by key, in ascending order. */
function groupBy(
  subjects: readonly string[],
  keyOf: (subject: string) => string,
): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  subjects.forEach((subject, i) => {
    const key = keyOf(subject);
    let list = groups.get(key);
    if (!list) {
      list = [];
      groups.set(key, list);
    }
    list.push(i);
  });
  return groups;
}

/**
 * Narrows down which paths of a listing a checklist glob can match, so that
 * matching hundreds of globs against a large listing tests a few paths per
 * glob rather than all of them.
 *
 * `candidates(glob)` is a superset: every path the glob matches, in either
 * case sensitivity, is among them, and the glob's own test (see
 * `compileGlob`) decides. It uses what every match must have: the glob's
 * leading plain text (`Dockerfile*`, `.github/workflows/*.yml`), its file
 * extension (`*.json`, `*.{yaml,yml}`) and its folder part, tested once per
 * folder of the listing (`deploy/*.yaml`, a folder glob such as `test/`).
 * A glob it does not analyse (negation, extglobs, escapes) or that could
 * match anywhere (`*.test.*`) gives `undefined`: test every path.
 */
export class GlobCandidates {
  readonly #paths: readonly string[];
  readonly #names: readonly string[];
  #pathsByStart?: Map<string, number[]>;
  #namesByStart?: Map<string, number[]>;
  #folders?: Map<string, number[]>;
  /** Files by folder part: globs share folder parts. */
  readonly #inFoldersCache = new Map<string, readonly number[] | undefined>();
  #byExtension?: Map<string, number[]>;
  #extensionOf?: string[];

  /** `names[i]` is the file name of `paths[i]`. */
  constructor(paths: readonly string[], names: readonly string[]) {
    this.#paths = paths;
    this.#names = names;
  }

  /**
   * The indexes (ascending) of the paths `glob` may match, or undefined when
   * any path may.
   */
  candidates(glob: string): readonly number[] | undefined {
    let pattern = glob.replace(/^\.\//, '');
    if (UNANALYSED.test(pattern)) return undefined;
    if (!pattern.includes('/')) return this.#nameCandidates(pattern);
    // A folder glob, as compileGlob reads it: any file below such a folder.
    if (pattern.endsWith('/')) {
      pattern = pattern.startsWith('**/') ? `${pattern}**` : `**/${pattern}**`;
    }

    let best: readonly number[] | undefined;
    const consider = (list: readonly number[] | undefined) => {
      if (list && (best === undefined || list.length < best.length)) {
        best = list;
      }
    };
    const prefix = plainPrefix(pattern);
    if (prefix) consider(this.#withPrefix(true, prefix));

    if (slashesAtTopLevel(pattern)) {
      const last = pattern.lastIndexOf('/');
      const name = pattern.slice(last + 1);
      let folder = pattern.slice(0, last);
      // `a/*x*/**` does not match the folder `a/1x1` itself, only below it:
      // without its trailing `/**`, the folder part matches the file's
      // folder or one of its ancestors.
      let orAncestor = false;
      while (folder.endsWith('/**')) {
        folder = folder.slice(0, -3);
        orAncestor = true;
      }
      if (name === '**') {
        // `F/**`: files below a folder matching F, and files matching F
        // themselves (`a/**` matches the file `a`).
        if (!ANY_FOLDER.test(folder)) {
          const below = this.#inFolders(folder, true);
          const own = this.candidates(folder);
          if (below && own) consider(union([below, own]));
        }
      } else if (!name.includes('**')) {
        // The folder part matches the file's folder; the last segment its
        // name.
        if (!ANY_FOLDER.test(folder)) {
          consider(this.#inFolders(folder, orAncestor));
        }
        consider(this.#nameCandidates(name));
      }
    }
    return this.#withExtension(pattern, best);
  }

  /** Candidates for a glob on file names. */
  #nameCandidates(pattern: string): readonly number[] | undefined {
    const prefix = plainPrefix(pattern);
    return this.#withExtension(
      pattern,
      prefix ? this.#withPrefix(false, prefix) : undefined,
    );
  }

  /** Narrows `found` (or all) to the extension the glob ends with, if any. */
  #withExtension(
    pattern: string,
    found: readonly number[] | undefined,
  ): readonly number[] | undefined {
    const extensions = extensionsOf(
      pattern.slice(pattern.lastIndexOf('/') + 1),
    );
    if (!extensions) return found;
    if (!this.#byExtension || !this.#extensionOf) {
      this.#extensionOf = this.#names.map(name => {
        const dot = name.lastIndexOf('.');
        return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
      });
      this.#byExtension = groupBy(this.#extensionOf, extension => extension);
    }
    if (found) {
      const wanted = new Set(extensions);
      const extensionOf = this.#extensionOf;
      return found.filter(i => wanted.has(extensionOf[i]));
    }
    const byExtension = this.#byExtension;
    return union(extensions.map(e => byExtension.get(e) ?? []));
  }

  /** The paths (or names) whose lower case starts with `prefix`. */
  #withPrefix(paths: boolean, prefix: string): readonly number[] {
    const subjects = paths ? this.#paths : this.#names;
    let byStart = paths ? this.#pathsByStart : this.#namesByStart;
    if (!byStart) {
      byStart = groupBy(subjects, s => s.slice(0, KEY).toLowerCase());
      if (paths) this.#pathsByStart = byStart;
      else this.#namesByStart = byStart;
    }
    const lists =
      prefix.length >= KEY
        ? [byStart.get(prefix.slice(0, KEY)) ?? []]
        : [...byStart]
            .filter(([start]) => start.startsWith(prefix))
            .map(([, list]) => list);
    return union(lists).filter(i =>
      subjects[i].toLowerCase().startsWith(prefix),
    );
  }

  /**
   * The files in folders that match a folder glob (or, with `orAncestor`,
   * have an ancestor that does), and those at the root, about which a
   * folder part says nothing.
   */
  #inFolders(
    folder: string,
    orAncestor: boolean,
  ): readonly number[] | undefined {
    const key = `${orAncestor ? '+' : '='}${folder}`;
    if (this.#inFoldersCache.has(key)) return this.#inFoldersCache.get(key);
    const regex = folderRegExp(folder);
    let found: readonly number[] | undefined;
    if (regex) {
      const known = new Map<string, boolean>();
      const matches = (path: string): boolean => {
        let result = known.get(path);
        if (result === undefined) {
          const parent = path.lastIndexOf('/');
          result =
            regex.test(path) ||
            (orAncestor && parent > 0 && matches(path.slice(0, parent)));
          known.set(path, result);
        }
        return result;
      };
      this.#folders ??= groupBy(this.#paths, path =>
        path.slice(0, Math.max(path.lastIndexOf('/'), 0)),
      );
      const lists: number[][] = [];
      for (const [path, list] of this.#folders) {
        if (path === '' || matches(path)) lists.push(list);
      }
      found = union(lists);
    }
    this.#inFoldersCache.set(key, found);
    return found;
  }
}
