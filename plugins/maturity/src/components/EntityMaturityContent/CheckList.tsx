import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type { EntityCheck, Scorecard } from '../../api';
import { checkIdOfAnchor } from '../common/checkAnchor';
import { CheckRow } from './CheckRow';
import { Section } from './Section';
import { useAnchor } from './useAnchor';

interface CheckGroup {
  id: string;
  title: string;
  score?: string;
  checks: EntityCheck[];
}

/** The checks grouped by phase (ladder order), then by track. */
function groupChecks(scorecard: Scorecard): CheckGroup[] {
  const groups: CheckGroup[] = [
    ...scorecard.phases.map(phase => ({
      id: phase.phaseId,
      title: phase.name,
      score: `${phase.met} of ${phase.total} met`,
      checks: scorecard.checks.filter(c => c.phase === phase.phaseId),
    })),
    ...scorecard.tracks.map(track => ({
      id: `track-${track.trackId}`,
      title: `${track.name} (track)`,
      score: `${track.met} of ${track.total} met`,
      checks: scorecard.checks.filter(
        c => c.phase === undefined && c.track === track.trackId,
      ),
    })),
  ];
  // Results whose phase or track left the checklist still deserve a place.
  const placed = new Set(groups.flatMap(g => g.checks));
  const others = scorecard.checks.filter(c => !placed.has(c));
  if (others.length) {
    groups.push({ id: 'other', title: 'Other checks', checks: others });
  }
  return groups.filter(g => g.checks.length > 0);
}

/**
 * Every check of the scorecard, by phase and track; the check named by the
 * URL's anchor (`#check-<id>`) is opened.
 */
export const CheckList = (props: { scorecard: Scorecard; noun: string }) => {
  const { anchor, navigation } = useAnchor();
  const target = checkIdOfAnchor(anchor);
  return (
    <Section
      id="checks"
      title="Checks"
      subheader={`Blocking checks keep this ${props.noun} from its next phase`}
    >
      {groupChecks(props.scorecard).map(group => (
        <Box
          key={group.id}
          component="section"
          aria-labelledby={`maturity-checks-${group.id}`}
          mb={3}
        >
          <Box
            display="flex"
            alignItems="baseline"
            justifyContent="space-between"
            mb={1}
          >
            <Typography
              variant="h6"
              component="h3"
              id={`maturity-checks-${group.id}`}
            >
              {group.title}
            </Typography>
            {group.score && (
              <Typography variant="body2" color="textSecondary">
                {group.score}
              </Typography>
            )}
          </Box>
          {group.checks.map(check => (
            <CheckRow
              key={check.checkId}
              check={check}
              targeted={check.checkId === target}
              navigation={navigation}
            />
          ))}
        </Box>
      ))}
    </Section>
  );
};
