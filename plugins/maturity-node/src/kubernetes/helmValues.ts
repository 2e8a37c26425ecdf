import { dirName, fileName, getIn, isNonEmptyRecord } from './objectUtils';
import { MAX_FILE_CHARS, parseYamlDocuments } from './yamlDocuments';
import type { TextFile } from './types';

/** `.Values.resources`, `.Values.api.resources`, `$.Values.resources.limits`. */
const RESOURCES_REF = /\.Values((?:\.[A-Za-z_]\w*)*)\.resources\b/g;
const VALUES_FILE = /^values[\w.-]*\.ya?ml$/i;

/** Resources that a Helm template takes from its chart's values. */
export interface HelmResources {
  /** The values file that defines them. */
  valuesPath: string;
  /** The reference in the template, e.g. `.Values.resources`. */
  ref: string;
}

/** The chart folder of a template: the parent of its `templates/` folder. */
function chartRoot(templatePath: string): string {
  const index = templatePath.lastIndexOf('/templates/');
  if (index >= 0) {
    return templatePath.slice(0, index);
  }
  return templatePath.startsWith('templates/') ? '' : dirName(templatePath);
}

function parseValues(text: string): unknown {
  if (text.length > MAX_FILE_CHARS) {
    return undefined;
  }
  const { docs, error } = parseYamlDocuments(text);
  return error === undefined ? docs[0] : undefined;
}

/**
 * Resolves, per template path, whether the template takes a container's
 * resources from values (`{{- toYaml .Values.resources | nindent 12 }}`)
 * and some values file of the chart defines non-empty `limits` and
 * `requests` there.
 *
 * This is pragmatic rather than a Helm render: the reference is not tied to
 * a particular container of the template, and any values file of the chart
 * (not only the defaults in `values.yaml`) counts. It is enough to tell the
 * common chart layout (`resources:` in values, `toYaml` in the template)
 * from charts that leave `resources: {}` empty.
 */
export function helmResourcesResolver(
  files: TextFile[],
): (templatePath: string) => HelmResources | undefined {
  const texts = new Map(files.map(file => [file.path, file.text]));
  const parsedValues = new Map<string, unknown>();
  const valuesOf = (path: string) => {
    if (!parsedValues.has(path)) {
      parsedValues.set(path, parseValues(texts.get(path) ?? ''));
    }
    return parsedValues.get(path);
  };

  return templatePath => {
    const text = texts.get(templatePath) ?? '';
    const refs = [...text.matchAll(RESOURCES_REF)];
    if (refs.length === 0) {
      return undefined;
    }
    const root = chartRoot(templatePath);
    const valuesPaths = files
      .map(file => file.path)
      .filter(
        path => dirName(path) === root && VALUES_FILE.test(fileName(path)),
      )
      .sort();
    for (const ref of refs) {
      const keys = [...ref[1].split('.').filter(Boolean), 'resources'];
      for (const valuesPath of valuesPaths) {
        const resources = getIn(valuesOf(valuesPath), keys);
        if (
          isNonEmptyRecord(getIn(resources, ['limits'])) &&
          isNonEmptyRecord(getIn(resources, ['requests']))
        ) {
          return { valuesPath, ref: ref[0] };
        }
      }
    }
    return undefined;
  };
}
