import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createAuthClient } from '../client.js';

// A fake identity server speaking the real token endpoint protocol.
let calls = 0;
const server = setupServer(
  http.post('https://id.test/connect/token', () => {
    calls += 1;
    if (calls === 1) return new HttpResponse(null, { status: 503 });
    return HttpResponse.json({ access_token: 'fresh', expires_in: 300 });
  }),
);

beforeAll(() => server.listen());
afterAll(() => server.close());

test('retries a transient 503 from the token endpoint', async () => {
  const auth = createAuthClient({ issuer: 'https://id.test', clientId: 'storefront' });
  expect(await auth.getAccessToken()).toBe('fresh');
  expect(calls).toBe(2);
});
