import { withBackend } from './helpers';

/**
 * Runs once the portal answers: waits for the example catalog's first
 * evaluation after start-up, so that no test starts on an empty dashboard.
 */
export default async function globalSetup() {
  await withBackend(backend => backend.waitForEvaluation());
}
