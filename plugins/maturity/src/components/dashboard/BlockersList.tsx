import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { Link } from '@backstage/core-components';
import type { Blocker, PhaseCount } from '../../api';
import { BlockerPhaseChip } from '../common/BlockerPhaseChip';
import { phaseColour } from '../common/phases';
import { countOf, type Noun } from '../common/nouns';

/** Where a blocker's links lead: the list of what it blocks. */
export interface BlockerLinks {
  /** The query string of the list narrowed to what the check blocks. */
  hrefOf(checkId: string): string;
  /** Called on following a link, to bring the list into view. */
  onFollow(): void;
}

/**
 * The checks that keep most entities from their next phase, each with the
 * phase it holds back and a bar in that phase's colour. The check and its
 * count both open the list of what it blocks.
 */
export const BlockersList = (
  props: BlockerLinks & {
    blockers: Blocker[];
    phases: PhaseCount[];
    ladder: string[];
    noun: Noun;
  },
) => {
  const { blockers, phases, ladder, noun, hrefOf, onFollow } = props;
  if (blockers.length === 0) {
    return (
      <Typography color="textSecondary">
        {`No check keeps a ${noun.one} from its next phase.`}
      </Typography>
    );
  }
  const max = Math.max(...blockers.map(blocker => blocker.count), 1);
  return (
    <Box
      component="ol"
      m={0}
      p={0}
      style={{ listStyle: 'none' }}
      aria-label="Top blockers"
    >
      {blockers.map(blocker => (
        <Box component="li" key={blocker.checkId} mb={1.5}>
          <Box
            display="flex"
            alignItems="center"
            flexWrap="wrap"
            style={{ gap: 8 }}
          >
            <Box flexGrow={1}>
              <Link
                to={hrefOf(blocker.checkId)}
                onClick={onFollow}
                variant="body2"
              >
                {blocker.title}
              </Link>
            </Box>
            <BlockerPhaseChip
              blocker={blocker}
              phases={phases}
              ladder={ladder}
            />
            <Link
              to={hrefOf(blocker.checkId)}
              onClick={onFollow}
              variant="body2"
              style={{ whiteSpace: 'nowrap' }}
            >
              {countOf(blocker.count, noun)}
            </Link>
          </Box>
          <Box
            aria-hidden
            mt={0.5}
            height={8}
            borderRadius={4}
            bgcolor="action.hover"
            overflow="hidden"
          >
            <Box
              height="100%"
              width={`${(blocker.count / max) * 100}%`}
              bgcolor={phaseColour(blocker.phase ?? null, ladder)}
            />
          </Box>
        </Box>
      ))}
    </Box>
  );
};
