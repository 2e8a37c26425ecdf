import type { Blocker, PhaseCount } from '../../api';
import { PhaseChip } from './PhaseChip';
import { phaseName } from './phases';

/** The phase a blocking check holds back, as a small chip; nothing without one. */
export const BlockerPhaseChip = (props: {
  blocker: Pick<Blocker, 'phase'>;
  phases: PhaseCount[];
  ladder: string[];
}) => {
  const { phase } = props.blocker;
  if (!phase) return null;
  return (
    <PhaseChip
      size="small"
      phase={phase}
      name={phaseName(phase, props.phases)}
      ladder={props.ladder}
    />
  );
};
