export type {
  MaturityService,
  MaturityServiceRequestOptions,
} from './MaturityService';
export { DefaultMaturityService } from './DefaultMaturityService';
export { maturityServiceRef } from './maturityServiceRef';
