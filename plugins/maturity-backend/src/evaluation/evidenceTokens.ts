import type { EvidenceTokens } from './EvidenceCollector';

/**
 * The evidence tokens of an entity as one stored value. With the repository
 * reader alone (the usual case) it is that reader's etag as it always was;
 * with tokens of other providers it is a JSON object by provider id.
 */
export function encodeTokens(tokens: EvidenceTokens): string | undefined {
  const ids = Object.keys(tokens);
  if (ids.length === 0) return undefined;
  if (ids.length === 1 && ids[0] === 'repository') return tokens.repository;
  return JSON.stringify(tokens);
}

/** The tokens of a stored value written by {@link encodeTokens}. */
export function decodeTokens(stored: string | undefined): EvidenceTokens {
  if (stored === undefined || stored === '') return {};
  if (stored.startsWith('{"')) {
    try {
      const parsed: unknown = JSON.parse(stored);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
        return Object.fromEntries(
          Object.entries(parsed).filter(([, v]) => typeof v === 'string'),
        ) as EvidenceTokens;
      }
    } catch {
      // An etag that merely looks like JSON: the repository's own.
    }
  }
  return { repository: stored };
}
