/** A stored JSON text parsed, or `fallback` for null or text that is not JSON. */
export function parseJson<T>(text: string | null, fallback: T): T {
  if (text === null || text === undefined) {
    return fallback;
  }
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}
