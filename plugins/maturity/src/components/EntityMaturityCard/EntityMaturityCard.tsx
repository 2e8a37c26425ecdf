import { InfoCard, Progress } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import type { Scorecard } from '../../api';
import { ladderOf, scorecardPhaseName } from '../common/ladder';
import { PhaseChip } from '../common/PhaseChip';
import { ScorecardErrorPanel } from '../common/ScorecardErrorPanel';
import { useEntityScorecard } from '../common/useEntityScorecard';
import { BlockingChecks } from './BlockingChecks';

/** @public */
export interface EntityMaturityCardProps {
  /** Path of the maturity tab relative to the entity page; `maturity` by default. */
  tabPath?: string;
}

const CardBody = (props: { scorecard: Scorecard; tabLink: string }) => {
  const { scorecard } = props;
  const { summary } = scorecard;
  const next = scorecard.phases.find(p => p.phaseId === summary.nextPhase);
  return (
    <Box display="flex" flexDirection="column" gridGap={12}>
      <Box display="flex" alignItems="center" gridGap={8}>
        <PhaseChip
          phase={summary.phase}
          name={scorecardPhaseName(scorecard, summary.phase)}
          ladder={ladderOf(scorecard)}
        />
      </Box>
      {next ? (
        <div>
          <Typography variant="body2" id="maturity-card-progress">
            {next.met} of {next.total} checks of {next.name}
          </Typography>
          <LinearProgress
            variant="determinate"
            value={next.total ? (100 * next.met) / next.total : 100}
            aria-labelledby="maturity-card-progress"
          />
        </div>
      ) : (
        <Typography variant="body2">Every phase reached.</Typography>
      )}
      {next && (
        <BlockingChecks
          checks={scorecard.checks}
          phaseName={next.name}
          tabLink={props.tabLink}
        />
      )}
    </Box>
  );
};

/** Summary card for an entity's overview: its phase and what blocks the next. */
export const EntityMaturityCard = (props: EntityMaturityCardProps) => {
  const { entity } = useEntity();
  const { scorecard, loading, error } = useEntityScorecard(entity);
  const entityTitle = entity.metadata.title ?? entity.metadata.name;
  const tabLink = `./${props.tabPath ?? 'maturity'}`;

  let body;
  if (error) {
    body = <ScorecardErrorPanel error={error} entityTitle={entityTitle} />;
  } else if (!scorecard) {
    body = loading ? (
      <Progress />
    ) : (
      <Typography variant="body2">
        {entityTitle} has not been evaluated yet
      </Typography>
    );
  } else {
    body = <CardBody scorecard={scorecard} tabLink={tabLink} />;
  }
  return (
    <InfoCard
      title="Maturity"
      deepLink={
        scorecard ? { title: 'View scorecard', link: tabLink } : undefined
      }
    >
      {body}
    </InfoCard>
  );
};
