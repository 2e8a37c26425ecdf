import { Fragment } from 'react';
import Typography from '@material-ui/core/Typography';
import { Link } from '@backstage/core-components';
import type { RemainingCheck } from '../../api';
import { checkAnchorId } from '../common/checkAnchor';

const SHOWN = 4;

/**
 * The target checks an entity still misses, by title, each linking to its
 * row on the entity's maturity tab (`tab`) when there is one; past the
 * first few, how many more.
 */
export const RemainingChecks = (props: {
  checks: RemainingCheck[];
  tab?: string;
}) => {
  const { checks, tab } = props;
  if (checks.length === 0) return <>–</>;
  const shown = checks.slice(0, SHOWN);
  const more = checks.length - shown.length;
  return (
    <Typography variant="body2" component="span">
      {shown.map((check, index) => (
        <Fragment key={check.checkId}>
          {index > 0 && ', '}
          {tab ? (
            <Link to={`${tab}#${checkAnchorId(check.checkId)}`}>
              {check.title}
            </Link>
          ) : (
            check.title
          )}
        </Fragment>
      ))}
      {more > 0 && ` and ${more} more`}
    </Typography>
  );
};
