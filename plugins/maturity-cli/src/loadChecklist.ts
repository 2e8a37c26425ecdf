import fs from 'node:fs/promises';
import { parse } from 'yaml';
import { type Checklist } from '@backstage-maturity/plugin-maturity-common';
import {
  checklistFromConfig,
  defaultChecklist,
} from '@backstage-maturity/plugin-maturity-node';

/**
 * The default checklist, or the one an app-config.yaml configures under
 * `maturity.checklist`. Invalid configuration throws naming the key.
 */
export async function loadChecklist(configFile?: string): Promise<Checklist> {
  if (!configFile) {
    return defaultChecklist;
  }
  const text = await fs.readFile(configFile, 'utf8');
  const data = parse(text) ?? {};
  return checklistFromConfig(
    {
      getOptional(key: string) {
        let current: unknown = data;
        for (const part of key.split('.')) {
          if (current === null || typeof current !== 'object') return undefined;
          current = (current as Record<string, unknown>)[part];
        }
        return current;
      },
    },
    defaultChecklist,
  );
}
