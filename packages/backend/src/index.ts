import { createBackend } from '@backstage/backend-defaults';

const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));

// Sign-in: the guest provider, for local use.
backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));

backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));
// Labels entities with their maturity phase, so the catalog can filter by it.
backend.add(
  import('@backstage-maturity/plugin-catalog-backend-module-maturity'),
);

// Permissions, decided by this portal's own policy.
backend.add(import('@backstage/plugin-permission-backend'));
backend.add(import('./permissionPolicyModule'));

// Events: catalog changes and code host webhooks (POST
// /api/events/http/github or /gitlab) re-evaluate the entities concerned
// within seconds.
backend.add(import('@backstage/plugin-events-backend'));
backend.add(import('@backstage/plugin-events-backend-module-github'));
backend.add(import('@backstage/plugin-events-backend-module-gitlab'));

// Notifications (with signals, so they show without a reload): the
// maturity plugin tells owning groups about regressions, newly failing
// required checks and deadlines.
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-signals-backend'));

backend.add(import('@backstage-maturity/plugin-maturity-backend'));
// Serves the maturity plugin's actions to assistants over MCP at
// /api/mcp-actions/v1 (see backend.actions in app-config.yaml).
backend.add(import('@backstage/plugin-mcp-actions-backend'));
// Evidence from the code hosts' APIs (required reviews, branches, commits,
// tags) for the repositories of hosts that `integrations` gives credentials;
// without any, as in this example, they read nothing.
backend.add(
  import('@backstage-maturity/plugin-maturity-backend-module-github'),
);
backend.add(
  import('@backstage-maturity/plugin-maturity-backend-module-gitlab'),
);

// A plugin or module that fails to start (e.g. refused configuration, whose
// message lists every issue) stops the process, rather than leaving it
// serving half its plugins.
backend.start().catch(error => {
  console.error(`Backend failed to start: ${error?.message ?? error}`);
  process.exit(1);
});
