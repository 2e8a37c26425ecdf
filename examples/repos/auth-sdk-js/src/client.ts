import pRetry, { AbortError } from 'p-retry';

export interface AuthClientOptions {
  issuer: string;
  clientId: string;
  fetch?: typeof fetch;
}

export interface AuthClient {
  getAccessToken(): Promise<string>;
}

export function createAuthClient(opts: AuthClientOptions): AuthClient {
  const doFetch = opts.fetch ?? fetch;
  let cached: { token: string; expiresAt: number } | undefined;

  async function refresh(): Promise<string> {
    const res = await pRetry(
      async () => {
        const r = await doFetch(`${opts.issuer}/connect/token`, {
          method: 'POST',
          body: new URLSearchParams({ grant_type: 'refresh_token', client_id: opts.clientId }),
          credentials: 'include',
        });
        if (r.status === 400) throw new AbortError('refresh token rejected');
        if (!r.ok) throw new Error(`token endpoint returned ${r.status}`);
        return r.json() as Promise<{ access_token: string; expires_in: number }>;
      },
      { retries: 3, minTimeout: 200 },
    );
    cached = { token: res.access_token, expiresAt: Date.now() + res.expires_in * 1000 };
    return res.access_token;
  }

  return {
    async getAccessToken() {
      if (cached && cached.expiresAt - Date.now() > 30_000) return cached.token;
      return refresh();
    },
  };
}
