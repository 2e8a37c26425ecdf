import { UNKNOWN_ID } from '@backstage-maturity/plugin-maturity-common';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import Box from '@material-ui/core/Box';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import type { EntitySummary, Scorecard } from '../../api';
import { formatDate, formatDateTime, formatRelative } from '../common/dates';
import { ladderOf } from '../common/ladder';
import { PhaseChip } from '../common/PhaseChip';
import { lowerBoundText, standingName } from '../common/standing';
import { ReEvaluateButton } from './ReEvaluateButton';

/** Where the entity stands, when that was established, and a way to ask again. */
export const ScorecardHeader = (props: {
  scorecard: Scorecard;
  entityRef: CompoundEntityRef;
  resourceRef: string;
  onEvaluated: (summary: EntitySummary) => void;
}) => {
  const { scorecard } = props;
  const { summary } = scorecard;
  const name = standingName(scorecard);
  let since: string;
  if (summary.unknown) {
    since = lowerBoundText(scorecard) ?? 'Evidence could not be read';
  } else if (summary.phase === null) {
    since = 'The first phase is not reached yet';
  } else {
    since = `Since ${formatDate(summary.phaseSince)}`;
  }
  return (
    <Paper>
      <Box
        p={2}
        display="flex"
        flexWrap="wrap"
        alignItems="center"
        justifyContent="space-between"
        gridGap={16}
      >
        <Box display="flex" alignItems="center" gridGap={16}>
          <Typography variant="h6" component="p">
            Phase
          </Typography>
          <PhaseChip
            phase={summary.unknown ? UNKNOWN_ID : summary.phase}
            name={name}
            ladder={ladderOf(scorecard)}
          />
          <Typography variant="body2" color="textSecondary">
            {since}
          </Typography>
        </Box>
        <Box display="flex" alignItems="center" gridGap={16}>
          <Typography variant="body2" color="textSecondary">
            Last evaluated{' '}
            <time
              dateTime={summary.evaluatedAt}
              title={formatDateTime(summary.evaluatedAt)}
            >
              {formatRelative(summary.evaluatedAt)}
            </time>
          </Typography>
          <ReEvaluateButton
            entityRef={props.entityRef}
            resourceRef={props.resourceRef}
            onEvaluated={props.onEvaluated}
          />
        </Box>
      </Box>
    </Paper>
  );
};
