import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseTomlText, TomlError } from 'smol-toml';
import { ManifestParseError } from './errors';
import { isRecord, lineOf } from './util';

/*
 * Wrappers that turn every failure of a third-party parser, including stack
 * overflows on deeply nested input, into a ManifestParseError.
 */

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Parses a JSON document whose root must be an object. */
export function parseJsonObject(
  path: string,
  source: string,
): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    const message = errorMessage(error);
    // V8 reports "... in JSON at position N (line L column C)".
    const position = /\bat position (\d+)/.exec(message);
    const atEnd = /end of JSON input/.test(message);
    throw new ManifestParseError(path, 'invalid JSON', {
      line:
        position || atEnd
          ? lineOf(source, position ? Number(position[1]) : source.length)
          : undefined,
      detail: message.replace(/\s+in JSON at position.*$/, ''),
      cause: error,
    });
  }
  if (!isRecord(value)) {
    throw new ManifestParseError(path, 'expected a JSON object');
  }
  return value;
}

export function parseToml(
  path: string,
  source: string,
): Record<string, unknown> {
  try {
    return parseTomlText(source);
  } catch (error) {
    throw new ManifestParseError(path, 'invalid TOML', {
      line: error instanceof TomlError ? error.line : undefined,
      detail: errorMessage(error).replace(/^Invalid TOML document:\s*/, ''),
      cause: error,
    });
  }
}

const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  // Keep values such as versions as written: "1.10" must not become 1.1.
  parseTagValue: false,
  parseAttributeValue: false,
  // Manifests need no entities; this also rules out entity expansion attacks.
  processEntities: false,
  removeNSPrefix: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

/**
 * Parses an XML document, returning its root element's name and content.
 * Attributes are keyed `@Name`.
 */
export function parseXml(
  path: string,
  source: string,
): { root: string; content: Record<string, unknown> } {
  // The parser itself is lenient (it accepts unclosed tags), so validate first.
  let parsed: unknown;
  try {
    const valid = XMLValidator.validate(source);
    if (valid !== true) {
      throw new ManifestParseError(path, 'invalid XML', {
        line: valid.err.line,
        detail: valid.err.msg,
      });
    }
    parsed = xmlParser.parse(source);
  } catch (error) {
    if (error instanceof ManifestParseError) {
      throw error;
    }
    throw new ManifestParseError(path, 'invalid XML', {
      detail: errorMessage(error),
      cause: error,
    });
  }
  const roots = isRecord(parsed)
    ? Object.entries(parsed).filter(([key]) => !key.startsWith('?'))
    : [];
  if (roots.length !== 1) {
    throw new ManifestParseError(path, 'expected one XML root element');
  }
  const [root, content] = roots[0];
  return { root, content: isRecord(content) ? content : {} };
}
