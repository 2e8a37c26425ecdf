import { makeStyles } from '@material-ui/core/styles';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import CancelIcon from '@material-ui/icons/Cancel';
import RemoveCircleOutlineIcon from '@material-ui/icons/RemoveCircleOutline';
import NotInterestedIcon from '@material-ui/icons/NotInterested';
import VerifiedUserIcon from '@material-ui/icons/VerifiedUser';
import ReportProblemIcon from '@material-ui/icons/ReportProblem';
import type { CheckOutcome } from '../../api';

const useStyles = makeStyles(theme => ({
  pass: { color: theme.palette.success.main },
  fail: { color: theme.palette.error.main },
  'not-applicable': { color: theme.palette.text.secondary },
  exempt: { color: theme.palette.text.secondary },
  attested: { color: theme.palette.info.main },
  error: { color: theme.palette.warning.main },
}));

const ICONS: Record<CheckOutcome, typeof CheckCircleIcon> = {
  pass: CheckCircleIcon,
  fail: CancelIcon,
  'not-applicable': RemoveCircleOutlineIcon,
  exempt: NotInterestedIcon,
  attested: VerifiedUserIcon,
  error: ReportProblemIcon,
};

/**
 * The icon of a check outcome. Decorative: always show the outcome's label
 * beside it (see `OutcomeLabel`), since colour and shape alone say too little.
 */
export const OutcomeIcon = (props: {
  outcome: CheckOutcome;
  fontSize?: 'small' | 'inherit' | 'default';
}) => {
  const classes = useStyles();
  const Icon = ICONS[props.outcome];
  return (
    <Icon
      aria-hidden
      fontSize={props.fontSize ?? 'small'}
      className={classes[props.outcome]}
      data-outcome={props.outcome}
    />
  );
};
