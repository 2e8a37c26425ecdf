export {
  MaturityPhaseFilter,
  type MaturityPhaseFilters,
} from './MaturityPhaseFilter';
export {
  MaturityPhasePicker,
  type MaturityPhasePickerProps,
} from './MaturityPhasePicker';
export {
  createMaturityPhaseColumn,
  type MaturityPhaseColumnOptions,
} from './createMaturityPhaseColumn';
