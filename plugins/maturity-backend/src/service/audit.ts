import type {
  AuditorService,
  AuditorServiceCreateEventOptions,
} from '@backstage/backend-plugin-api';
import { toError } from '@backstage/errors';
import type { JsonObject } from '@backstage/types';

/**
 * Runs an action as an event of the auditor: a success with what
 * `successMeta` reads of its result, or a failure with its error (a denied
 * permission included), which is then thrown on.
 */
export async function audited<T>(
  auditor: AuditorService,
  options: AuditorServiceCreateEventOptions,
  action: () => Promise<T>,
  successMeta?: (result: T) => JsonObject,
): Promise<T> {
  const event = await auditor.createEvent(options);
  let result: T;
  try {
    result = await action();
  } catch (error) {
    await event.fail({ error: toError(error) });
    throw error;
  }
  await event.success(successMeta && { meta: successMeta(result) });
  return result;
}
