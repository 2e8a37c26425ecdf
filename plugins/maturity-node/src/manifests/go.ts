import type { DeclaredDependency } from './types';
import { ManifestParseError } from './errors';
import { splitLines } from './util';

/** Splits a go.mod line into its tokens and its `//` comment. */
function tokenize(line: string): { tokens: string[]; comment?: string } {
  const at = line.indexOf('//');
  const code = at === -1 ? line : line.slice(0, at);
  const comment = at === -1 ? undefined : line.slice(at + 2).trim();
  // At most four tokens are needed to classify a line; a limit keeps a
  // huge line from being split into millions of strings.
  const tokens = code.trim().split(/\s+/, 4).filter(Boolean);
  return { tokens, comment };
}

/** Module paths and versions may be quoted; undefined if a quote is unclosed. */
function unquote(token: string): string | undefined {
  if (!/^["`]/.test(token)) {
    return token;
  }
  return /^(["`]).*\1$/.test(token) ? token.slice(1, -1) : undefined;
}

/** Go marks requirements only needed by other modules `// indirect`. */
function isIndirect(comment: string | undefined): boolean {
  return comment === 'indirect' || !!comment?.startsWith('indirect;');
}

/**
 * Reads the `require` directives of go.mod, single-line and blocks. Indirect
 * requirements get the scope `indirect`.
 */
export function parseGoMod(path: string, source: string): DeclaredDependency[] {
  const dependencies: DeclaredDependency[] = [];
  // The directive of the block being read, and the line it started on.
  let block: { verb: string; line: number } | undefined;

  const addRequirement = (
    spec: string[],
    comment: string | undefined,
    line: number,
  ) => {
    const [name, version] = spec.map(unquote);
    if (spec.length !== 2 || !name || !version) {
      throw new ManifestParseError(path, 'malformed require', { line });
    }
    dependencies.push({
      name,
      version,
      ecosystem: 'go',
      manifest: path,
      scope: isIndirect(comment) ? 'indirect' : undefined,
    });
  };

  splitLines(source).forEach((raw, index) => {
    const line = index + 1;
    const { tokens, comment } = tokenize(raw);
    if (block) {
      if (tokens[0] === ')' && tokens.length === 1) {
        block = undefined;
      } else if (block.verb === 'require' && tokens.length > 0) {
        addRequirement(tokens, comment, line);
      }
      return;
    }
    if (tokens.length === 0) {
      return;
    }
    // `require (`, also written `require(`.
    const opener = /^([a-z]+)\s*\($/.exec(tokens.join(' '));
    if (opener && tokens.length <= 2) {
      block = { verb: opener[1], line };
    } else if (tokens[0] === 'require') {
      addRequirement(tokens.slice(1), comment, line);
    }
  });

  if (block) {
    throw new ManifestParseError(
      path,
      `unterminated ${block.verb} block starting`,
      { line: block.line },
    );
  }
  return dependencies;
}
