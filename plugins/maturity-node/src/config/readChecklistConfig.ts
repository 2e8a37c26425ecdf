import { defaultChecklist } from '../checklist';
import type { Checklist } from '@backstage-maturity/plugin-maturity-common';
import { applyChecklistConfig } from './applyChecklistConfig';
import { CHECKLIST_CONFIG_PATH } from './validateChecklistConfig';

/**
 * The part of Backstage's `Config` that the checklist is read with, so this
 * package need not depend on `@backstage/config`.
 *
 * @public
 */
export interface ChecklistConfigSource {
  getOptional(key: string): unknown;
}

/**
 * The checklist that an app's configuration describes: `base` with the
 * `maturity.checklist` block applied. Call it at startup so that a broken
 * block stops the backend with every issue listed.
 *
 * @param config - the root config, e.g. the backend's `coreServices.rootConfig`
 * @param base - the checklist to change; the default checklist by default
 * @throws ChecklistConfigError when the block is invalid
 * @public
 */
export function checklistFromConfig(
  config: ChecklistConfigSource | undefined,
  base: Checklist = defaultChecklist,
): Checklist {
  return applyChecklistConfig(
    base,
    config?.getOptional(CHECKLIST_CONFIG_PATH),
    CHECKLIST_CONFIG_PATH,
  );
}
