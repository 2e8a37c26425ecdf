import type { JsonObject, JsonValue } from '@backstage/types';
import { closestKey } from '@backstage-maturity/plugin-maturity-node';
import type { MaturityConfigIssue } from './MaturityConfigError';

/**
 * The keys a block may hold: for each, `true` when its value is checked
 * elsewhere (a leaf, or a block owned by its own reader), a nested shape,
 * or `[shape]` for a list of such blocks.
 */
export type KnownKeys = { [key: string]: true | KnownKeys | [KnownKeys] };

/** `unknown key; did you mean maturity.schedule?`, or the known keys. */
export function unknownKeyMessage(
  parentPath: string,
  name: string,
  known: readonly string[],
): string {
  const closest = closestKey(name, known);
  return closest
    ? `unknown key; did you mean ${parentPath}.${closest}?`
    : `unknown key; expected one of ${known.join(', ')}`;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Adds to `issues` every key of `value` (the block at `path`) and of its
 * nested blocks that `shape` does not know, and every block of the wrong
 * type. Returns the block without those, so that the readers of the values
 * never meet a block of the wrong type.
 */
export function checkKeys(
  value: unknown,
  shape: KnownKeys,
  path: string,
  issues: MaturityConfigIssue[],
): JsonObject | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value)) {
    issues.push({
      path,
      message: `expected an object, got ${JSON.stringify(value)}`,
    });
    return undefined;
  }
  const known = Object.keys(shape);
  const checked: JsonObject = {};
  for (const [name, child] of Object.entries(value)) {
    const childPath = `${path}.${name}`;
    const childShape = Object.prototype.hasOwnProperty.call(shape, name)
      ? shape[name]
      : undefined;
    if (childShape === undefined) {
      issues.push({
        path: childPath,
        message: unknownKeyMessage(path, name, known),
      });
    } else if (childShape === true || child === undefined) {
      checked[name] = child as JsonValue;
    } else if (!Array.isArray(childShape)) {
      const block = checkKeys(child, childShape, childPath, issues);
      if (block) checked[name] = block;
    } else if (!Array.isArray(child)) {
      issues.push({
        path: childPath,
        message: `expected a list, got ${JSON.stringify(child)}`,
      });
    } else {
      checked[name] = child.flatMap((item, index) => {
        const block = checkKeys(
          item,
          childShape[0],
          `${childPath}[${index}]`,
          issues,
        );
        return block ? [block] : [];
      });
    }
  }
  return checked;
}
