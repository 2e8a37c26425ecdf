/**
 * Edit distance with adjacent transpositions (optimal string alignment):
 * `scheduel` is one edit from `schedule`.
 */
function editDistance(a: string, b: string): number {
  // Row 0 and column 0: the distance from the empty string.
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (__, j) => (i === 0 ? j : i)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(
        d[i - 1][j] + 1,
        d[i][j - 1] + 1,
        d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.length][b.length];
}

/**
 * The known key that an unknown one is probably a typo of: at most 2 edits
 * away, and fewer than half its length (case ignored); undefined when none
 * is that close.
 *
 * @public
 */
export function closestKey(
  name: string,
  known: readonly string[],
): string | undefined {
  const limit = Math.min(2, Math.floor(name.length / 2));
  let best: { key: string; distance: number } | undefined;
  for (const key of known) {
    const distance = editDistance(name.toLowerCase(), key.toLowerCase());
    if (distance <= limit && (!best || distance < best.distance)) {
      best = { key, distance };
    }
  }
  return best?.key;
}
