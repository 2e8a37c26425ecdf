export type {
  EvidenceRequest,
  EvidenceResult,
  MaturityEvidenceProvider,
  ProvidedEvidence,
} from './types';
