export * from './types';
export { maturityApiRef, type MaturityApi } from './MaturityApi';
export { MaturityClient } from './MaturityClient';
