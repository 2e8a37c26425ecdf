/**
 * A link to the dashboard (at `base`) filtered as the dashboard reads its
 * query string: `owner`, `system`, `domain`, `phase`, `blocker`.
 */
export function dashboardLink(
  base: string,
  filters: Record<string, string | undefined>,
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value) params.append(key, value);
  }
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}
