import { Link, MarkdownContent } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { EntityCheck } from '../../api';

const useStyles = makeStyles(theme => ({
  // Checklist texts are short Markdown: no paragraph margins of their own.
  markdown: {
    ...theme.typography.body2,
    '& p': { margin: 0 },
  },
}));

/** Why a check matters and how to pass it, from the checklist's Markdown. */
export const CheckGuidance = (props: { check: EntityCheck }) => {
  const classes = useStyles();
  const { check } = props;
  return (
    <>
      <div>
        <Typography variant="subtitle2" component="p">
          Why it matters
        </Typography>
        <MarkdownContent className={classes.markdown} content={check.why} />
      </div>
      <div>
        <Typography variant="subtitle2" component="p">
          How to pass
        </Typography>
        <MarkdownContent
          className={classes.markdown}
          content={check.howToPass}
        />
        {check.guidanceUrl && (
          <Typography variant="body2">
            <Link to={check.guidanceUrl}>Guidance</Link>
          </Typography>
        )}
      </div>
    </>
  );
};
