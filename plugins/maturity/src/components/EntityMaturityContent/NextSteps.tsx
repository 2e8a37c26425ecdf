import { Link } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Divider from '@material-ui/core/Divider';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { Fragment } from 'react';
import type { EntityCheck, Scorecard } from '../../api';
import { checkAnchorId } from '../common/checkAnchor';
import { scorecardPhaseName } from '../common/ladder';
import { blockingChecks } from '../common/standing';
import { CheckGuidance } from './CheckGuidance';
import { EvidenceList } from './EvidenceList';
import { Section } from './Section';

const useStyles = makeStyles(theme => ({
  step: {
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(1),
    padding: theme.spacing(2, 0),
  },
}));

/** One blocking check: what was looked for, why, how to pass. */
const Step = (props: { check: EntityCheck; index: number }) => {
  const classes = useStyles();
  const { check } = props;
  const headingId = `maturity-next-step-${check.checkId}`;
  const found = check.evidence.filter(item => item.kind !== 'warning');
  return (
    <Box
      component="article"
      aria-labelledby={headingId}
      className={classes.step}
    >
      <Box
        display="flex"
        alignItems="baseline"
        justifyContent="space-between"
        flexWrap="wrap"
        gridGap={8}
      >
        <Typography variant="h6" component="h3" id={headingId}>
          {props.index + 1}. {check.title}
        </Typography>
        <Typography variant="body2">
          <Link to={`#${checkAnchorId(check.checkId)}`}>
            Show in the check list
          </Link>
        </Typography>
      </Box>
      <EvidenceList
        label="Looked for and not found"
        lookedFor={check.lookedFor}
      />
      <EvidenceList label="Found" evidence={found} />
      <CheckGuidance check={check} />
    </Box>
  );
};

/** What to say when no check blocks the next phase. */
function nothingBlocks(scorecard: Scorecard, noun: string): string {
  const { summary, phases } = scorecard;
  if (summary.unknown) {
    return `What blocks this ${noun} cannot be told until its repository is read (see above).`;
  }
  if (summary.nextPhase === null) {
    const top = phases[phases.length - 1]?.name ?? 'The top phase';
    return `${top} reached: nothing blocks. Keep every check passing to stay there.`;
  }
  return `Nothing blocks ${scorecardPhaseName(
    scorecard,
    summary.nextPhase,
  )}: it is reached at the next evaluation.`;
}

/**
 * The checks that keep the entity from its next phase, first on the tab:
 * what an owner has to do next, each with why and how.
 */
export const NextSteps = (props: {
  scorecard: Scorecard;
  noun: string;
  /** What reaching each phase means, by phase id. */
  descriptions: Map<string, string>;
}) => {
  const { scorecard, noun, descriptions } = props;
  const { summary } = scorecard;
  const steps = summary.unknown ? [] : blockingChecks(scorecard);
  const next = summary.nextPhase;
  const nextName = next && scorecardPhaseName(scorecard, next);
  const meaning = next && descriptions.get(next);
  const subheader =
    steps.length > 0 && nextName
      ? `${steps.length} check${steps.length === 1 ? '' : 's'} keep${
          steps.length === 1 ? 's' : ''
        } this ${noun} from ${nextName}${meaning ? ` (${meaning})` : ''}`
      : undefined;
  return (
    <Section id="next-steps" title="Next steps" subheader={subheader}>
      {steps.length === 0 ? (
        <Typography variant="body1">
          {nothingBlocks(scorecard, noun)}
        </Typography>
      ) : (
        steps.map((check, index) => (
          <Fragment key={check.checkId}>
            {index > 0 && <Divider />}
            <Step check={check} index={index} />
          </Fragment>
        ))
      )}
    </Section>
  );
};
