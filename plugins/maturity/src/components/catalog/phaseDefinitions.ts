import {
  defaultPhases,
  NOT_STARTED,
  NOT_STARTED_ID,
  UNKNOWN,
  UNKNOWN_ID,
} from '@backstage-maturity/plugin-maturity-common';
import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import {
  maturityApiRef,
  type MaturityApi,
  type PhaseDefinition,
} from '../../api';

// Every row of a catalog table shows a phase name: one checklist request
// per API instance serves them all.
const checklistPhases = new WeakMap<MaturityApi, Promise<PhaseDefinition[]>>();

// The ladder of the last checklist read, for sorting, which cannot wait;
// the default ladder until then.
let latestLadder: string[] = defaultPhases.map(p => p.id);

/** The phases of the backend's checklist, fetched once per API instance. */
export function loadPhases(api: MaturityApi): Promise<PhaseDefinition[]> {
  let phases = checklistPhases.get(api);
  if (!phases) {
    const loading = Promise.resolve()
      .then(() => api.getChecklist())
      .then(checklist => {
        latestLadder = checklist.phases.map(p => p.id);
        return checklist.phases;
      });
    checklistPhases.set(api, loading);
    // A failed request is made again by the next user.
    loading.catch(() => checklistPhases.delete(api));
    phases = loading;
  }
  return phases;
}

/** The checklist's phases; the default ladder until (or unless) they load. */
export function usePhaseDefinitions(): PhaseDefinition[] {
  const api = useApi(maturityApiRef);
  const { value } = useAsync(() => loadPhases(api), [api]);
  return value ?? defaultPhases;
}

/**
 * What the phase label can hold, in the API's order: Unknown, Not started,
 * then the ladder.
 */
export function phaseBuckets(phases: PhaseDefinition[]): PhaseDefinition[] {
  return [
    { id: UNKNOWN_ID, name: UNKNOWN },
    { id: NOT_STARTED_ID, name: NOT_STARTED },
    ...phases,
  ];
}

/** The name of a label value; the value itself when the checklist does not know it. */
export function bucketLabel(id: string, phases: PhaseDefinition[]): string {
  return phaseBuckets(phases).find(p => p.id === id)?.name ?? id;
}

/**
 * Where a label value sorts, lowest first: not evaluated, Unknown, Not
 * started, the ladder, values the ladder does not know.
 */
export function phaseRank(id: string | undefined): number {
  if (!id) return -3;
  if (id === UNKNOWN_ID) return -2;
  if (id === NOT_STARTED_ID) return -1;
  const index = latestLadder.indexOf(id);
  return index < 0 ? latestLadder.length : index;
}
