import type {
  AuthService,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  createMaturityApiClient,
  type EntityListQuery,
  type EntityPage,
  type MaturityApiClient,
} from '@backstage-maturity/plugin-maturity-common';
import type {
  MaturityService,
  MaturityServiceRequestOptions,
} from './MaturityService';

/**
 * The {@link MaturityService} over the maturity plugin's REST API: each call
 * carries a token that the calling plugin issues for the maturity plugin.
 *
 * @public
 */
export class DefaultMaturityService implements MaturityService {
  readonly #client: MaturityApiClient;
  readonly #auth: AuthService;

  static create(options: {
    discovery: DiscoveryService;
    auth: AuthService;
  }): DefaultMaturityService {
    return new DefaultMaturityService(
      createMaturityApiClient({ discoveryApi: options.discovery }),
      options.auth,
    );
  }

  private constructor(client: MaturityApiClient, auth: AuthService) {
    this.#client = client;
    this.#auth = auth;
  }

  async listEntities(
    query: EntityListQuery = {},
    options: MaturityServiceRequestOptions = {},
  ): Promise<EntityPage> {
    const { data, response } = await this.#client.get('/entities', {
      params: { query },
      headers: await this.#authorization(),
      signal: options.signal,
    });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return data as EntityPage;
  }

  async #authorization(): Promise<{ Authorization: string }> {
    const { token } = await this.#auth.getPluginRequestToken({
      onBehalfOf: await this.#auth.getOwnServiceCredentials(),
      targetPluginId: 'maturity',
    });
    return { Authorization: `Bearer ${token}` };
  }
}
