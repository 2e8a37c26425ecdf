import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { AuthenticationError } from '@backstage/errors';
import type { CallerCredentials } from '../service/actor';

/** The action's caller, a user or a service, as the REST API accepts them. */
export function callerOf(credentials: BackstageCredentials): CallerCredentials {
  const { type } = credentials.principal as { type: string };
  if (type !== 'user' && type !== 'service') {
    throw new AuthenticationError('Maturity actions need a user or a service');
  }
  return credentials as CallerCredentials;
}
