import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import type { PhaseProgress, Scorecard } from '../../api';
import { ladderOf } from '../common/ladder';
import { PhaseChip } from '../common/PhaseChip';
import { NOT_STARTED_ID } from '../common/phases';
import { Section } from './Section';

const useStyles = makeStyles(theme => ({
  list: { listStyle: 'none', margin: 0, padding: 0 },
  rung: {
    padding: theme.spacing(1, 1.5),
    marginBottom: theme.spacing(1),
    borderRadius: theme.shape.borderRadius,
    border: `1px solid ${theme.palette.divider}`,
  },
  current: {
    borderColor: theme.palette.primary.main,
    borderWidth: 2,
  },
  ahead: { opacity: 0.75 },
  reached: { color: theme.palette.success.main },
}));

function rungStatus(
  phase: PhaseProgress,
  current: string | null,
  next: string | null,
): string | undefined {
  if (phase.phaseId === current) return 'Current phase';
  if (phase.reached) return 'Reached';
  if (phase.phaseId === next) return 'Next';
  return undefined;
}

/** The phases lowest first, the reached ones marked, progress into the next. */
export const PhaseLadder = (props: { scorecard: Scorecard }) => {
  const classes = useStyles();
  const { scorecard } = props;
  const { summary } = scorecard;
  const ladder = ladderOf(scorecard);
  return (
    <Section id="ladder" title="Ladder">
      {summary.phase === null && (
        <Box mb={1} display="flex" alignItems="center" gridGap={8}>
          <PhaseChip
            phase={NOT_STARTED_ID}
            name="Not started"
            ladder={ladder}
            size="small"
          />
          <Typography variant="body2">
            No phase reached yet: every required check of the first phase must
            be met.
          </Typography>
        </Box>
      )}
      <ol className={classes.list} aria-label="Phases, lowest first">
        {scorecard.phases.map(phase => {
          const isCurrent = phase.phaseId === summary.phase;
          const isNext = phase.phaseId === summary.nextPhase;
          const status = rungStatus(phase, summary.phase, summary.nextPhase);
          const percent = phase.total ? (100 * phase.met) / phase.total : 100;
          const className = [
            classes.rung,
            isCurrent ? classes.current : '',
            phase.reached ? '' : classes.ahead,
          ].join(' ');
          return (
            <li
              key={phase.phaseId}
              className={className}
              aria-current={isCurrent ? 'step' : undefined}
            >
              <Box
                display="flex"
                alignItems="center"
                justifyContent="space-between"
                gridGap={8}
              >
                <PhaseChip
                  phase={phase.phaseId}
                  name={phase.name}
                  ladder={ladder}
                  size="small"
                />
                {status && (
                  <Box display="flex" alignItems="center" gridGap={4}>
                    {phase.reached && (
                      <CheckCircleIcon
                        aria-hidden
                        fontSize="small"
                        className={classes.reached}
                      />
                    )}
                    <Typography variant="body2">{status}</Typography>
                  </Box>
                )}
              </Box>
              <Typography variant="caption" color="textSecondary">
                {phase.met} of {phase.total} checks met
                {!phase.reached && phase.blocking.length > 0
                  ? `, ${phase.blocking.length} required not met`
                  : ''}
              </Typography>
              {isNext && (
                <LinearProgress
                  variant="determinate"
                  value={percent}
                  aria-label={`Progress into ${phase.name}`}
                />
              )}
            </li>
          );
        })}
      </ol>
      {summary.nextPhase === null && summary.phase !== null && (
        <Typography variant="body2">Every phase reached.</Typography>
      )}
    </Section>
  );
};
