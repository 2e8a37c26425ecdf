import type {
  Checklist,
  Rule,
} from '@backstage-maturity/plugin-maturity-common';
import { MANIFEST_GLOBS } from '../manifests';
import { leafRules } from './leafRules';
import { APP_CONFIG_GLOBS, KUBERNETES_GLOBS } from './repositoryRules';

function collect(root: Rule, into: Set<string>): void {
  for (const { rule } of leafRules(root)) {
    if ('content' in rule) rule.content.files.forEach(g => into.add(g));
    else if ('document' in rule) rule.document.files.forEach(g => into.add(g));
    else if ('dependency' in rule) MANIFEST_GLOBS.forEach(g => into.add(g));
    else if ('kubernetes' in rule) {
      (rule.kubernetes.files ?? KUBERNETES_GLOBS).forEach(g => into.add(g));
      APP_CONFIG_GLOBS.forEach(g => into.add(g));
    }
  }
}

/**
 * The globs of the files whose text the checklist's rules read: what a
 * repository reader must load, within its budget, besides the tree listing.
 *
 * @public
 */
export function contentGlobs(checklist: Checklist): string[] {
  const globs = new Set<string>();
  for (const check of checklist.checks) {
    collect(check.rule, globs);
    if (check.notApplicableWhen) collect(check.notApplicableWhen, globs);
  }
  return [...globs].sort();
}
