import { InfoCard } from '@backstage/core-components';
import { UNKNOWN_ID } from '@backstage-maturity/plugin-maturity-common';
import { useEntity } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import type { Scorecard } from '../../api';
import { entityNoun } from '../common/nouns';
import { ladderOf } from '../common/ladder';
import { PhaseChip } from '../common/PhaseChip';
import { ScorecardErrorPanel } from '../common/ScorecardErrorPanel';
import { blockingChecks, standingName } from '../common/standing';
import { useEntityScorecard } from '../common/useEntityScorecard';
import { BlockingChecks } from './BlockingChecks';
import { CardSkeleton } from './CardSkeleton';
import { UnknownStanding } from './UnknownStanding';

/** @public */
export interface EntityMaturityCardProps {
  /** Path of the maturity tab relative to the entity page; `maturity` by default. */
  tabPath?: string;
}

const CardBody = (props: {
  scorecard: Scorecard;
  noun: string;
  tabLink: string;
}) => {
  const { scorecard } = props;
  const { summary } = scorecard;
  const next = scorecard.phases.find(p => p.phaseId === summary.nextPhase);
  return (
    <Box display="flex" flexDirection="column" gridGap={12}>
      <Box display="flex" alignItems="center" gridGap={8}>
        <PhaseChip
          phase={summary.unknown ? UNKNOWN_ID : summary.phase}
          name={standingName(scorecard)}
          ladder={ladderOf(scorecard)}
        />
      </Box>
      {summary.unknown && (
        <UnknownStanding
          scorecard={scorecard}
          noun={props.noun}
          tabLink={props.tabLink}
        />
      )}
      {!summary.unknown && next && (
        <>
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
          <BlockingChecks
            checks={blockingChecks(scorecard)}
            phaseName={next.name}
            tabLink={props.tabLink}
          />
        </>
      )}
      {!summary.unknown && !next && (
        <Typography variant="body2">Every phase reached.</Typography>
      )}
    </Box>
  );
};

/** Summary card for an entity's overview: its phase and what blocks the next. */
export const EntityMaturityCard = (props: EntityMaturityCardProps) => {
  const { entity } = useEntity();
  const { scorecard, loading, error, reload } = useEntityScorecard(entity);
  const entityTitle = entity.metadata.title ?? entity.metadata.name;
  const noun = entityNoun(entity);
  const tabLink = `./${props.tabPath ?? 'maturity'}`;

  let body;
  if (error) {
    body = (
      <ScorecardErrorPanel
        error={error}
        entityTitle={entityTitle}
        onRetry={reload}
      />
    );
  } else if (!scorecard) {
    body = loading ? (
      <CardSkeleton />
    ) : (
      <Typography variant="body2">
        {entityTitle} has not been evaluated yet: its maturity shows here after
        the next evaluation of the catalog.
      </Typography>
    );
  } else {
    body = <CardBody scorecard={scorecard} noun={noun} tabLink={tabLink} />;
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
