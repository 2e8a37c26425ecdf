import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type { Blocker, PhaseCount } from '../../api';
import { phaseColour, phaseName } from '../common/phases';

const plural = (count: number) => (count === 1 ? 'service' : 'services');

/**
 * The checks that keep most services from their next phase, each with a
 * bar in the colour of the phase it holds back; the count is printed too.
 */
export const BlockersList = (props: {
  blockers: Blocker[];
  phases: PhaseCount[];
  ladder: string[];
}) => {
  const { blockers, phases, ladder } = props;
  if (blockers.length === 0) {
    return (
      <Typography color="textSecondary">
        No check keeps a service from its next phase.
      </Typography>
    );
  }
  const max = Math.max(...blockers.map(blocker => blocker.count), 1);
  return (
    <Box
      component="ol"
      m={0}
      p={0}
      style={{ listStyle: 'none' }}
      aria-label="Top blockers"
    >
      {blockers.map(blocker => (
        <Box component="li" key={blocker.checkId} mb={1.5}>
          <Box display="flex" justifyContent="space-between">
            <Typography variant="body2">
              {blocker.title}
              {blocker.phase && (
                <Typography
                  component="span"
                  variant="caption"
                  color="textSecondary"
                >
                  {` · ${phaseName(blocker.phase, phases)}`}
                </Typography>
              )}
            </Typography>
            <Typography variant="body2" style={{ whiteSpace: 'nowrap' }}>
              {`${blocker.count} ${plural(blocker.count)}`}
            </Typography>
          </Box>
          <Box
            aria-hidden
            height={8}
            borderRadius={4}
            bgcolor="action.hover"
            overflow="hidden"
          >
            <Box
              height="100%"
              width={`${(blocker.count / max) * 100}%`}
              bgcolor={phaseColour(blocker.phase ?? null, ladder)}
            />
          </Box>
        </Box>
      ))}
    </Box>
  );
};
