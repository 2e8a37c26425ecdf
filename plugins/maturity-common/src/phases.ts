/**
 * The ladder of the default checklist, lowest first. Organisations may rename
 * phases in configuration; the ids stay stable.
 *
 * @public
 */
export const DEFAULT_PHASES = [
  { id: 'walking-skeleton', name: 'Walking Skeleton' },
  { id: 'foundation', name: 'Solid Foundation' },
  { id: 'production-ready', name: 'Production Ready' },
  { id: 'operational-maturity', name: 'Operational Maturity' },
  { id: 'kaizen', name: 'Kaizen' },
] as const;

/**
 * The name shown for an entity that has not reached the first phase.
 *
 * @public
 */
export const NOT_STARTED = 'Not started';
