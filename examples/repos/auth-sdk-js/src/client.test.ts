import { createAuthClient } from './client.js';

test('caches the access token until shortly before expiry', async () => {
  const fetch = jest.fn(async () => new Response(JSON.stringify({ access_token: 't1', expires_in: 300 })));
  const auth = createAuthClient({ issuer: 'https://id.test', clientId: 'c', fetch });
  expect(await auth.getAccessToken()).toBe('t1');
  expect(await auth.getAccessToken()).toBe('t1');
  expect(fetch).toHaveBeenCalledTimes(1);
});
