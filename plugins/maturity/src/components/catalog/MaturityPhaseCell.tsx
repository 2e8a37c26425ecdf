import Typography from '@material-ui/core/Typography';
import type { Entity } from '@backstage/catalog-model';
import {
  MATURITY_NEXT_PHASE_ANNOTATION,
  MATURITY_PROGRESS_ANNOTATION,
  UNKNOWN_ID,
} from '@backstage-maturity/plugin-maturity-common';
import { PhaseChip } from '../common/PhaseChip';
import { maturityPhaseOf } from './MaturityPhaseFilter';
import { bucketLabel, usePhaseDefinitions } from './phaseDefinitions';

/** What the chip's tooltip says: why Unknown, or how far the next phase is. */
function hintOf(entity: Entity, phase: string, names: (id: string) => string) {
  if (phase === UNKNOWN_ID) {
    return 'Its standing cannot be told: evidence for the next phase could not be read.';
  }
  const annotations = entity.metadata.annotations ?? {};
  const next = annotations[MATURITY_NEXT_PHASE_ANNOTATION];
  const progress = annotations[MATURITY_PROGRESS_ANNOTATION];
  if (!next || progress === undefined) return undefined;
  return `${progress}% of the checks of ${names(next)} met`;
}

/** An entity's maturity phase in a catalog table, from its catalog label. */
export const MaturityPhaseCell = (props: { entity: Entity }) => {
  const phases = usePhaseDefinitions();
  const phase = maturityPhaseOf(props.entity);
  if (!phase) {
    return (
      <Typography variant="body2" color="textSecondary">
        Not evaluated
      </Typography>
    );
  }
  const names = (id: string) => bucketLabel(id, phases);
  return (
    <PhaseChip
      phase={phase}
      name={names(phase)}
      ladder={phases.map(p => p.id)}
      size="small"
      tooltip={hintOf(props.entity, phase, names)}
    />
  );
};
