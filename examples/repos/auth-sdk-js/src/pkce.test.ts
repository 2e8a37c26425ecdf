import { createPkcePair } from './pkce.js';

test('verifier and challenge are url-safe and distinct', async () => {
  const { verifier, challenge } = await createPkcePair();
  expect(verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(challenge).not.toBe(verifier);
});
