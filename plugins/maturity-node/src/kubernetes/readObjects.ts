import { isRecord } from './objectUtils';
import { hasTemplateActions, stripTemplateActions } from './helmTemplate';
import {
  MAX_DOCUMENTS,
  MAX_FILE_CHARS,
  parseYamlDocuments,
  type ParsedYaml,
} from './yamlDocuments';
import type { KubernetesObject, KubernetesObjects, TextFile } from './types';

const YAML_FILE = /\.ya?ml$/i;
// A file that never says `apiVersion:` and `kind:` cannot hold a Kubernetes
// object, so whether it parses (a broken CI workflow, say) is not our
// concern and must not make the Kubernetes checks unknown.
const API_VERSION_KEY = /\bapiVersion["']?\s*:/;
const KIND_KEY = /\bkind["']?\s*:/;

/**
 * Parses a file; a Helm template that is not plain YAML is parsed again
 * with its template actions blanked. Keys stay unique: if/else branches
 * that set the same key would leave it to chance which one is read, so
 * such a template stays unreadable.
 */
function parseManifest(text: string): ParsedYaml {
  const plain = parseYamlDocuments(text);
  if (plain.error === undefined || !hasTemplateActions(text)) {
    return plain;
  }
  // When neither parses, the error of the stripped text is the telling one:
  // the plain one only complains about the `{{ }}` syntax.
  return parseYamlDocuments(stripTemplateActions(text));
}

function isKubernetesObject(value: unknown): value is Record<string, unknown> {
  return (
    isRecord(value) &&
    typeof value.apiVersion === 'string' &&
    typeof value.kind === 'string'
  );
}

/** The objects of a document; a `List` stands for its items. */
function objectsOf(doc: unknown): Record<string, unknown>[] {
  if (!isKubernetesObject(doc)) {
    return [];
  }
  if (doc.kind === 'List' && Array.isArray(doc.items)) {
    return doc.items.filter(isKubernetesObject);
  }
  return [doc];
}

/**
 * Parses the Kubernetes-style documents (objects with `apiVersion` and
 * `kind`) of YAML files. Files that do not parse, Helm templates included,
 * are reported as problems per file, never thrown; their valid documents
 * still count.
 */
export function readKubernetesObjects(files: TextFile[]): KubernetesObjects {
  const objects: KubernetesObject[] = [];
  const problems: string[] = [];
  for (const { path, text } of files) {
    if (
      !YAML_FILE.test(path) ||
      !API_VERSION_KEY.test(text) ||
      !KIND_KEY.test(text)
    ) {
      continue;
    }
    if (text.length > MAX_FILE_CHARS) {
      problems.push(`${path}: larger than 1 MB, not read`);
      continue;
    }
    const parsed = parseManifest(text);
    if (parsed.error !== undefined) {
      problems.push(`${path}: invalid YAML (${parsed.error})`);
    }
    if (parsed.truncated) {
      problems.push(
        `${path}: more than ${MAX_DOCUMENTS} documents, only the first ${MAX_DOCUMENTS} read`,
      );
    }
    for (const doc of parsed.docs) {
      objects.push(...objectsOf(doc).map(object => ({ path, doc: object })));
    }
  }
  return { objects, problems };
}
