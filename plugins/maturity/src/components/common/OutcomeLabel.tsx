import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type { CheckOutcome } from '../../api';
import { OutcomeIcon } from './OutcomeIcon';
import { OUTCOME_LABELS } from './phases';

/** A check outcome as icon and text. */
export const OutcomeLabel = (props: {
  outcome: CheckOutcome;
  variant?: 'body2' | 'caption';
}) => (
  <Box component="span" display="inline-flex" alignItems="center" gridGap={4}>
    <OutcomeIcon outcome={props.outcome} />
    <Typography component="span" variant={props.variant ?? 'body2'}>
      {OUTCOME_LABELS[props.outcome]}
    </Typography>
  </Box>
);
