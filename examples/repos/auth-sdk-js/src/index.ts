export { createAuthClient, type AuthClient, type AuthClientOptions } from './client.js';
export { createPkcePair } from './pkce.js';
