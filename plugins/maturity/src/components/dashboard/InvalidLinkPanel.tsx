import Box from '@material-ui/core/Box';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import { Link } from '@backstage/core-components';
import type { ParamProblem } from './urlParams';

/**
 * Says which values of the link the dashboard cannot use and what they may
 * be, with a way back to the unfiltered view.
 */
export const InvalidLinkPanel = (props: {
  problems: ParamProblem[];
  allLabel: string;
}) => (
  <Alert
    severity="warning"
    action={
      <Link to="?" color="inherit">
        {props.allLabel}
      </Link>
    }
  >
    <AlertTitle>This link has values the dashboard cannot use</AlertTitle>
    <Box component="ul" m={0} pl={2}>
      {props.problems.map(({ param, value, allowed }) => (
        <li key={`${param}=${value}`}>
          <code>{`${param}=${value}`}</code>
          {` is not valid. ${param} takes: ${allowed}.`}
        </li>
      ))}
    </Box>
  </Alert>
);
