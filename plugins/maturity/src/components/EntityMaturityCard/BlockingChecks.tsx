import { Link } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import type { EntityCheck } from '../../api';
import { checkAnchorId } from '../common/checkAnchor';

const SHOWN = 3;

/**
 * The first blocking checks, each linking to its row in the maturity tab;
 * the rest to the tab's next steps.
 */
export const BlockingChecks = (props: {
  /** The blocking checks, in checklist order. */
  checks: EntityCheck[];
  phaseName: string;
  tabLink: string;
}) => {
  const blocking = props.checks;
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
            <Link to={`${props.tabLink}#${checkAnchorId(check.checkId)}`}>
              {check.title}
            </Link>
          </li>
        ))}
      </ul>
      {more > 0 && (
        <Typography variant="body2">
          <Link to={`${props.tabLink}#maturity-next-steps`}>
            and {more} more blocking check{more === 1 ? '' : 's'}
          </Link>
        </Typography>
      )}
    </section>
  );
};
