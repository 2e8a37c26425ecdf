import { Link } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import type { Scorecard } from '../../api';
import { lowerBoundText, shortReason } from '../common/standing';

/** Why the card cannot tell where the entity stands, and where to read more. */
export const UnknownStanding = (props: {
  scorecard: Scorecard;
  noun: string;
  tabLink: string;
}) => {
  const { scorecard, noun } = props;
  const { unknown } = scorecard.summary;
  if (!unknown) return null;
  const bound = lowerBoundText(scorecard);
  return (
    <div>
      <Typography variant="body2" paragraph>
        {bound ? `${bound}; where` : 'Where'} this {noun} stands cannot be told:{' '}
        {shortReason(unknown.reason)}
      </Typography>
      <Typography variant="body2">
        <Link to={`${props.tabLink}#maturity-unknown`}>
          What could not be read, and how to fix it
        </Link>
      </Typography>
    </div>
  );
};
