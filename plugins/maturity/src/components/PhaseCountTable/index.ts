export { PhaseCountTable, type PhaseCountTableProps } from './PhaseCountTable';
