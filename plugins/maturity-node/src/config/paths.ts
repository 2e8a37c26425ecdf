/** A location inside the configuration block, as keys and list indexes. */
export type ConfigPath = ReadonlyArray<PropertyKey>;

const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;

/**
 * Renders a path the way Backstage config paths read:
 * `maturity.checklist.checks[3].rule.files`. Keys that would be ambiguous
 * after a dot (`a.b`, spaces) are quoted in brackets.
 */
export function formatPath(root: string, path: ConfigPath): string {
  let text = root;
  for (const segment of path) {
    if (typeof segment === 'number') {
      text += `[${segment}]`;
    } else {
      const key = String(segment);
      if (PLAIN_KEY.test(key)) {
        text += text ? `.${key}` : key;
      } else {
        text += `[${JSON.stringify(key)}]`;
      }
    }
  }
  return text;
}
