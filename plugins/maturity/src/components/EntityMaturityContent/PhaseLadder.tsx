import {
  NOT_STARTED,
  NOT_STARTED_ID,
  UNKNOWN,
  UNKNOWN_ID,
} from '@backstage-maturity/plugin-maturity-common';
import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import type { PhaseProgress, Scorecard } from '../../api';
import { ladderOf, scorecardPhaseName } from '../common/ladder';
import { PhaseChip } from '../common/PhaseChip';
import { lowerBoundText } from '../common/standing';
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
  // Not yet reached: a dashed outline, not faded text (which loses contrast).
  ahead: { borderStyle: 'dashed' },
  reached: { color: theme.palette.success.main },
  // Keyboard users reach the phase's meaning too.
  named: { display: 'inline-flex', borderRadius: 16 },
}));

function rungStatus(
  phase: PhaseProgress,
  scorecard: Scorecard,
): string | undefined {
  const { phase: current, nextPhase, unknown } = scorecard.summary;
  // An unknown standing has no current phase: its phase is a lower bound.
  if (phase.phaseId === current && !unknown) return 'Current phase';
  if (phase.reached || phase.phaseId === current) return 'Reached';
  if (phase.phaseId === nextPhase) return unknown ? UNKNOWN : 'Next';
  return undefined;
}

/** Where the entity stands, above the rungs. */
const Standing = (props: { scorecard: Scorecard; ladder: string[] }) => {
  const { scorecard, ladder } = props;
  const { summary, phases } = scorecard;
  let chip: { id: string; name: string } | undefined;
  let text: string;
  if (summary.unknown) {
    chip = { id: UNKNOWN_ID, name: UNKNOWN };
    const bound = lowerBoundText(scorecard);
    text = `${
      bound ? `${bound}; the` : 'The'
    } next phase cannot be told while evidence cannot be read.`;
  } else if (summary.phase === null) {
    chip = { id: NOT_STARTED_ID, name: NOT_STARTED };
    text =
      'No phase reached yet: every required check of the first phase must be met.';
  } else if (summary.nextPhase === null) {
    const top = phases[phases.length - 1]?.name ?? 'Every phase';
    text = `${top} reached: nothing blocks. Every phase is reached.`;
  } else if (summary.blocking.length === 0) {
    text = `Nothing blocks ${scorecardPhaseName(
      scorecard,
      summary.nextPhase,
    )}.`;
  } else {
    return null;
  }
  return (
    <Box mb={1} display="flex" alignItems="center" gridGap={8}>
      {chip && (
        <PhaseChip
          phase={chip.id}
          name={chip.name}
          ladder={ladder}
          size="small"
        />
      )}
      <Typography variant="body2">{text}</Typography>
    </Box>
  );
};

/** What the next phase (or, at the top, the last one) means. */
function phaseMeaning(
  scorecard: Scorecard,
  descriptions: Map<string, string>,
): string | undefined {
  const { nextPhase } = scorecard.summary;
  const last = scorecard.phases[scorecard.phases.length - 1];
  const phase = nextPhase
    ? scorecard.phases.find(p => p.phaseId === nextPhase)
    : last;
  const description = phase && descriptions.get(phase.phaseId);
  return phase && description ? `${phase.name}: ${description}` : undefined;
}

/**
 * The phases lowest first, the reached ones marked, progress into the next;
 * each phase's meaning on its tooltip, the next one's written below.
 */
export const PhaseLadder = (props: {
  scorecard: Scorecard;
  /** What reaching each phase means, by phase id. */
  descriptions: Map<string, string>;
}) => {
  const classes = useStyles();
  const { scorecard, descriptions } = props;
  const { summary } = scorecard;
  const ladder = ladderOf(scorecard);
  const meaning = phaseMeaning(scorecard, descriptions);
  return (
    <Section id="ladder" title="Ladder">
      <Standing scorecard={scorecard} ladder={ladder} />
      <ol className={classes.list} aria-label="Phases, lowest first">
        {scorecard.phases.map(phase => {
          const isCurrent = phase.phaseId === summary.phase && !summary.unknown;
          const isNext = phase.phaseId === summary.nextPhase;
          const status = rungStatus(phase, scorecard);
          const percent = phase.total ? (100 * phase.met) / phase.total : 100;
          const description = descriptions.get(phase.phaseId);
          const className = [
            classes.rung,
            isCurrent ? classes.current : '',
            phase.reached ? '' : classes.ahead,
          ].join(' ');
          const chip = (
            <PhaseChip
              phase={phase.phaseId}
              name={phase.name}
              ladder={ladder}
              size="small"
            />
          );
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
                {description ? (
                  <Tooltip title={`${phase.name}: ${description}`}>
                    {/* Focusable so that keyboard users get the tooltip too. */}
                    {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
                    <span className={classes.named} tabIndex={0}>
                      {chip}
                    </span>
                  </Tooltip>
                ) : (
                  chip
                )}
                {status && (
                  <Box display="flex" alignItems="center" gridGap={4}>
                    {status === 'Reached' || status === 'Current phase' ? (
                      <CheckCircleIcon
                        aria-hidden
                        fontSize="small"
                        className={classes.reached}
                      />
                    ) : null}
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
              {isNext && !summary.unknown && (
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
      {meaning && (
        <Typography variant="body2" color="textSecondary">
          {meaning}
        </Typography>
      )}
    </Section>
  );
};
