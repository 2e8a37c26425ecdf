/**
 * Helm templates are YAML with Go template actions (`{{ ... }}`). Quoted
 * actions parse as plain YAML; the others are blanked so that the literal
 * parts of the template (probes, resources, preStop hooks) can still be
 * read.
 */

// An action contains neither `}}` nor `{{`. That keeps one match from
// spanning two actions (a lazy `[\s\S]*?` would, when backtracking) and
// keeps the scan linear when a `{{` is never closed.
const ACTION = /\{\{(?:(?!\}\}|\{\{)[\s\S])*\}\}/g;
const ACTION_LINE = new RegExp(`^[ \\t]*(?:${ACTION.source}[ \\t]*)+$`, 'gm');

/** Stands for the value of an inline action; it reads as a plain string. */
export const TEMPLATE_PLACEHOLDER = '__helm__';

export function hasTemplateActions(text: string): boolean {
  return text.includes('{{');
}

/**
 * Lines that are only actions (`{{- if ... }}`, `{{- toYaml ... | nindent 12 }}`)
 * become empty; inline actions become {@link TEMPLATE_PLACEHOLDER}. Line
 * breaks are kept, so YAML error positions still point at the template.
 */
export function stripTemplateActions(text: string): string {
  const keepLineBreaks = (action: string) => action.replace(/[^\n]/g, '');
  return text
    .replace(ACTION_LINE, keepLineBreaks)
    .replace(
      ACTION,
      action => `${TEMPLATE_PLACEHOLDER}${keepLineBreaks(action)}`,
    );
}
