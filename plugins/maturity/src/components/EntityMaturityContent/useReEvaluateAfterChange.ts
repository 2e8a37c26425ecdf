import type { CompoundEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { useCallback, useState } from 'react';
import useMountedState from 'react-use/esm/useMountedState';
import { maturityApiRef, type EntitySummary } from '../../api';

/** What to tell the reader at each step of applying a change. */
export interface ChangeTexts {
  /** While re-evaluating. */
  applying: string;
  /** Once the new evaluation shows the change. */
  applied: string;
  /** When the change waits for the next scheduled evaluation, and why. */
  pending: (why: string) => string;
}

export type ChangeState =
  | { status: 'applying'; message: string }
  | { status: 'applied'; message: string }
  | { status: 'pending'; message: string };

/**
 * Re-evaluates the entity right after a change that only an evaluation
 * applies (an exemption or attestation added or revoked), so the page shows
 * its effect without a manual "Re-evaluate now". When re-evaluating is not
 * allowed or fails, the page is still reloaded to list the change, and the
 * reader learns it counts from the next evaluation.
 */
export function useReEvaluateAfterChange(options: {
  entityRef: CompoundEntityRef;
  noun: string;
  /** Reloads everything the page shows after a new evaluation. */
  onEvaluated: (summary: EntitySummary) => void;
  /** Reloads the scorecard without a new evaluation. */
  onChanged: () => void;
}) {
  const { entityRef, noun, onEvaluated, onChanged } = options;
  const api = useApi(maturityApiRef);
  const isMounted = useMountedState();
  const [state, setState] = useState<ChangeState>();

  const apply = useCallback(
    async (texts: ChangeTexts) => {
      setState({ status: 'applying', message: texts.applying });
      try {
        const summary = await api.refreshEntity(entityRef);
        if (!isMounted()) return;
        onEvaluated(summary);
        setState({ status: 'applied', message: texts.applied });
      } catch (error) {
        if (!isMounted()) return;
        onChanged();
        const forbidden = (error as { statusCode?: number }).statusCode === 403;
        const why = forbidden
          ? `you may not re-evaluate this ${noun}`
          : `re-evaluating failed (${(error as Error).message})`;
        setState({ status: 'pending', message: texts.pending(why) });
      }
    },
    [api, entityRef, noun, onEvaluated, onChanged, isMounted],
  );

  const dismiss = useCallback(() => setState(undefined), []);
  return { state, apply, dismiss };
}
