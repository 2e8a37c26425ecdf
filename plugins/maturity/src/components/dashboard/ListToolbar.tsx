import type { ReactNode } from 'react';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import type { PhaseCount } from '../../api';
import { phaseName } from '../common/phases';
import { FacetPicker } from './FacetPicker';

/**
 * What narrows the list beyond the dashboard's filters: the phases (any
 * number, each shown) and the blocking checks, as removable chips.
 */
export const ListToolbar = (props: {
  phases: PhaseCount[];
  phase: string[];
  onPhaseChange(phase: string[]): void;
  blocker: string[];
  /** Check titles by id, from the checklist. */
  titles: Map<string, string>;
  onBlockerChange(blocker: string[]): void;
  action: ReactNode;
}) => {
  const { phases, phase, blocker, titles } = props;
  return (
    <Box
      display="flex"
      alignItems="center"
      flexWrap="wrap"
      mb={1}
      style={{ gap: 16 }}
    >
      <Box minWidth={240} maxWidth={560} flexGrow={1}>
        <FacetPicker
          label="Phase"
          options={phases.map(p => p.phase)}
          value={phase}
          onChange={props.onPhaseChange}
          labelOf={id => phaseName(id, phases)}
        />
      </Box>
      {blocker.map(id => (
        <Chip
          key={id}
          label={`Blocked by ${titles.get(id) ?? id}`}
          onDelete={() => props.onBlockerChange(blocker.filter(b => b !== id))}
        />
      ))}
      <Box flexGrow={1} />
      {props.action}
    </Box>
  );
};
