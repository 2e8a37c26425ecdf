/**
 * Maturity scorecard for Backstage: entity tab, summary card and org-wide
 * progress. This entry point serves the legacy frontend system; the new
 * system imports `./alpha`.
 *
 * @packageDocumentation
 */

export {
  maturityPlugin,
  MaturityPage,
  EntityMaturityContent,
  EntityMaturityCard,
  GroupMaturityCard,
  SystemMaturityCard,
} from './plugin';
export {
  createMaturityPhaseColumn,
  MaturityPhaseFilter,
  MaturityPhasePicker,
  type MaturityPhaseColumnOptions,
  type MaturityPhaseFilters,
  type MaturityPhasePickerProps,
} from './components/catalog';
export type { EntityMaturityCardProps } from './components/EntityMaturityCard';
export {
  PhaseCountTable,
  type PhaseCountTableProps,
} from './components/PhaseCountTable';
export * from './api';
