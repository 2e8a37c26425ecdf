import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { Link } from '@backstage/core-components';
import type { Blocker } from '../../api';
import { countOf, type Noun } from '../common/nouns';

/**
 * The checks that keep most entities from their next phase, each with a
 * link to the entities it holds back.
 */
export const TopBlockers = (props: {
  blockers: Blocker[];
  noun: Noun;
  /** The dashboard's list of the entities that one check blocks. */
  linkFor: (checkId: string) => string;
  /** Shown when nothing blocks. */
  emptyText: string;
}) => (
  <Box mt={3}>
    <Typography variant="subtitle2" component="h3">
      Top blockers
    </Typography>
    {props.blockers.length === 0 ? (
      <Typography variant="body2" color="textSecondary">
        {props.emptyText}
      </Typography>
    ) : (
      <Box component="ol" pl={2.5} my={1} aria-label="Top blockers">
        {props.blockers.map(blocker => (
          <li key={blocker.checkId}>
            <Typography variant="body2">
              {`${blocker.title}: `}
              {/* Underlined: a link is told apart by more than colour. */}
              <Link to={props.linkFor(blocker.checkId)} underline="always">
                {countOf(blocker.count, props.noun)}
              </Link>
            </Typography>
          </li>
        ))}
      </Box>
    )}
  </Box>
);
