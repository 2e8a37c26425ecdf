import { EmptyState } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import Grid from '@material-ui/core/Grid';
import { useCallback } from 'react';
import { entityNoun } from '../common/nouns';
import { ScorecardErrorPanel } from '../common/ScorecardErrorPanel';
import { useEntityScorecard } from '../common/useEntityScorecard';
import { CampaignBanner } from './CampaignBanner';
import { CheckList } from './CheckList';
import { ContentSkeleton } from './ContentSkeleton';
import { NextSteps } from './NextSteps';
import { PhaseLadder } from './PhaseLadder';
import { PhaseTimeline } from './PhaseTimeline';
import { ReEvaluateButton } from './ReEvaluateButton';
import { ScorecardHeader } from './ScorecardHeader';
import { TrackScores } from './TrackScores';
import { UnknownBanner } from './UnknownBanner';
import { useScrollToAnchor } from './useAnchor';
import { usePhaseDescriptions } from './usePhaseDescriptions';
import { WaiverList } from './WaiverList';

/**
 * The "Maturity" tab of an entity page: the entity's full scorecard, what
 * to do next first. `#check-<id>` in the URL opens the tab at that check.
 */
export const EntityMaturityContent = () => {
  const { entity } = useEntity();
  const { entityRef, compoundRef, scorecard, loading, error, reload } =
    useEntityScorecard(entity);
  const descriptions = usePhaseDescriptions();
  const entityTitle = entity.metadata.title ?? entity.metadata.name;
  const noun = entityNoun(entity);
  // The timeline is read again when the new evaluation's time shows.
  const evaluated = useCallback(() => reload(), [reload]);
  useScrollToAnchor(!!scorecard);

  if (error) {
    return (
      <ScorecardErrorPanel
        error={error}
        entityTitle={entityTitle}
        onRetry={reload}
      />
    );
  }
  if (!scorecard) {
    if (loading) {
      return <ContentSkeleton />;
    }
    return (
      <EmptyState
        missing="data"
        title={`${entityTitle} has not been evaluated yet`}
        description={`The maturity backend has no scorecard for this ${noun} yet: it appears after the next evaluation of the catalog.`}
        action={
          <ReEvaluateButton
            entityRef={compoundRef}
            resourceRef={entityRef}
            onEvaluated={evaluated}
            variant="contained"
          />
        }
      />
    );
  }

  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <ScorecardHeader
          scorecard={scorecard}
          entityRef={compoundRef}
          resourceRef={entityRef}
          onEvaluated={evaluated}
        />
        <CampaignBanner entityRef={compoundRef} />
      </Grid>
      {scorecard.summary.unknown && (
        <Grid item xs={12}>
          <UnknownBanner
            scorecard={scorecard}
            entity={entity}
            noun={noun}
            reEvaluate={
              <ReEvaluateButton
                entityRef={compoundRef}
                resourceRef={entityRef}
                onEvaluated={evaluated}
                label="Read the repository again"
              />
            }
          />
        </Grid>
      )}
      <Grid item xs={12}>
        <NextSteps
          scorecard={scorecard}
          noun={noun}
          descriptions={descriptions}
        />
      </Grid>
      <Grid item xs={12} md={4}>
        <Grid container spacing={3} direction="column">
          <Grid item>
            <PhaseLadder scorecard={scorecard} descriptions={descriptions} />
          </Grid>
          <Grid item>
            <TrackScores tracks={scorecard.tracks} />
          </Grid>
        </Grid>
      </Grid>
      <Grid item xs={12} md={8}>
        <CheckList scorecard={scorecard} noun={noun} />
      </Grid>
      <Grid item xs={12} lg={7}>
        <WaiverList
          scorecard={scorecard}
          entityRef={compoundRef}
          resourceRef={entityRef}
          noun={noun}
          onChanged={reload}
          onEvaluated={evaluated}
        />
      </Grid>
      <Grid item xs={12} lg={5}>
        <PhaseTimeline entityRef={compoundRef} scorecard={scorecard} />
      </Grid>
    </Grid>
  );
};
