export { SystemMaturityCard } from './SystemMaturityCard';
