/*
 * A Backstage backend with Tech Insights and its JSON-rules fact checker,
 * as an adopter would run it, for the side-by-side benchmark of
 * plugins/maturity-backend (bench/techInsights.bench.ts starts this file).
 *
 * Its whole configuration (HTTP port, database, discovery of the catalog,
 * fact retrievers and checks) is the JSON of TECH_INSIGHTS_BENCH_CONFIG. The
 * three built-in fact retrievers keep their handlers but are scoped to
 * Components, the kind the maturity plugin evaluates.
 */
const { createBackend } = require('@backstage/backend-defaults');
const {
  coreServices,
  createBackendModule,
  createServiceFactory,
} = require('@backstage/backend-plugin-api');
const { ConfigReader } = require('@backstage/config');
const {
  entityMetadataFactRetriever,
  entityOwnershipFactRetriever,
  techdocsFactRetriever,
} = require('@backstage-community/plugin-tech-insights-backend');
const {
  techInsightsFactRetrieversExtensionPoint,
} = require('@backstage-community/plugin-tech-insights-node');

const configText = process.env.TECH_INSIGHTS_BENCH_CONFIG;
if (!configText) {
  throw new Error('TECH_INSIGHTS_BENCH_CONFIG is not set');
}

const rootConfig = createServiceFactory({
  service: coreServices.rootConfig,
  deps: {},
  factory: () => new ConfigReader(JSON.parse(configText)),
});

const componentOnly = { entityFilter: [{ kind: 'component' }] };

const componentRetrievers = createBackendModule({
  pluginId: 'tech-insights',
  moduleId: 'bench-component-retrievers',
  register(env) {
    env.registerInit({
      deps: { retrievers: techInsightsFactRetrieversExtensionPoint },
      async init({ retrievers }) {
        // Same names as the built-ins, so these replace them.
        retrievers.addFactRetrievers({
          entityMetadataFactRetriever: {
            ...entityMetadataFactRetriever,
            ...componentOnly,
          },
          entityOwnershipFactRetriever: {
            ...entityOwnershipFactRetriever,
            ...componentOnly,
          },
          techdocsFactRetriever: { ...techdocsFactRetriever, ...componentOnly },
        });
      },
    });
  },
});

const backend = createBackend();
backend.add(rootConfig);
backend.add(require('@backstage-community/plugin-tech-insights-backend'));
backend.add(
  require('@backstage-community/plugin-tech-insights-backend-module-jsonfc'),
);
backend.add(componentRetrievers);
backend.start();
