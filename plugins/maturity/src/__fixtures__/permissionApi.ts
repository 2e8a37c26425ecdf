import type { PermissionApi } from '@backstage/plugin-permission-react';

type Decision = Awaited<ReturnType<PermissionApi['authorize']>>;

/**
 * A permission API that allows exactly the named permissions, for example
 * `maturity.entity.refresh`, and denies everything else.
 */
export function permissionApi(...allowed: string[]): PermissionApi & {
  authorize: jest.Mock;
} {
  return {
    authorize: jest.fn(
      async request =>
        ({
          result: allowed.includes(request.permission.name) ? 'ALLOW' : 'DENY',
        } as Decision),
    ),
  };
}
