import { Composer, LineCounter, Parser, type YAMLError } from 'yaml';

/**
 * Bounded YAML reading, shared by manifests, Helm values and application
 * configuration.
 */

/** Larger files are not parsed: manifests are small, generated dumps are not. */
export const MAX_FILE_CHARS = 1024 * 1024;
/** Documents after this many in one file are ignored. */
export const MAX_DOCUMENTS = 500;

export interface ParsedYaml {
  docs: unknown[];
  error?: string;
  truncated: boolean;
}

function errorMessage(error: YAMLError, lines: LineCounter): string {
  const { line, col } = lines.linePos(error.pos[0]);
  return `${error.message.split('\n', 1)[0]} at line ${line}, column ${col}`;
}

/**
 * Parses the documents of a file as a stream (what `parseAllDocuments`
 * does in one go), so that reading stops after {@link MAX_DOCUMENTS}.
 */
export function parseYamlDocuments(text: string): ParsedYaml {
  const lines = new LineCounter();
  const documents = new Composer({ logLevel: 'error' }).compose(
    new Parser(lines.addNewLine).parse(text),
  );
  const docs: unknown[] = [];
  let error: string | undefined;
  let count = 0;
  for (const document of documents) {
    if (++count > MAX_DOCUMENTS) {
      return { docs, error, truncated: true };
    }
    if (document.errors.length > 0) {
      error ??= errorMessage(document.errors[0], lines);
      continue;
    }
    try {
      // maxAliasCount bounds alias expansion ("billion laughs").
      docs.push(document.toJS({ maxAliasCount: 100 }));
    } catch (e) {
      error ??= (e instanceof Error ? e.message : String(e)).split('\n')[0];
    }
  }
  return { docs, error, truncated: false };
}
