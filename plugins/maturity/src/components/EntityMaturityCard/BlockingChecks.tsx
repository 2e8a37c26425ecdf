import { Link } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import type { EntityCheck } from '../../api';

const SHOWN = 3;

/** The first blocking checks, each linking to the full scorecard. */
export const BlockingChecks = (props: {
  checks: EntityCheck[];
  phaseName: string;
  tabLink: string;
}) => {
  const blocking = props.checks.filter(c => c.blocking);
  if (blocking.length === 0) {
    return null;
  }
  const more = blocking.length - SHOWN;
  return (
    <section aria-labelledby="maturity-card-blocking">
      <Typography
        variant="subtitle2"
        component="h3"
        id="maturity-card-blocking"
      >
        Blocking {props.phaseName}
      </Typography>
      <ul>
        {blocking.slice(0, SHOWN).map(check => (
          <li key={check.checkId}>
            <Link to={props.tabLink}>{check.title}</Link>
          </li>
        ))}
      </ul>
      {more > 0 && (
        <Typography variant="body2">
          <Link to={props.tabLink}>
            and {more} more blocking check{more === 1 ? '' : 's'}
          </Link>
        </Typography>
      )}
    </section>
  );
};
