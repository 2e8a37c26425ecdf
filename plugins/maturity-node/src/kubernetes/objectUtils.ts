/** Small helpers for walking parsed Kubernetes YAML. */

import { isRecord } from '../util/objects';

export { getIn, isRecord } from '../util/objects';

/** The records of an array value; anything else gives none. */
export function recordsOf(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

export function isNonEmptyRecord(value: unknown): boolean {
  return isRecord(value) && Object.keys(value).length > 0;
}

/** `30`, `0.5`: seconds without trailing zeros. */
export function formatSeconds(seconds: number): string {
  return String(Math.round(seconds * 1000) / 1000);
}

/** Keeps long lists readable: the first `max` items and a count of the rest. */
export function capList(items: string[], max = 20): string[] {
  if (items.length <= max) {
    return items;
  }
  return [...items.slice(0, max), `… and ${items.length - max} more`];
}

export function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function dirName(path: string): string {
  const index = path.lastIndexOf('/');
  return index < 0 ? '' : path.slice(0, index);
}
