import { EmptyState, Progress } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import Grid from '@material-ui/core/Grid';
import { useCallback } from 'react';
import { ScorecardErrorPanel } from '../common/ScorecardErrorPanel';
import { useEntityScorecard } from '../common/useEntityScorecard';
import { CheckList } from './CheckList';
import { PhaseLadder } from './PhaseLadder';
import { PhaseTimeline } from './PhaseTimeline';
import { ReEvaluateButton } from './ReEvaluateButton';
import { ScorecardHeader } from './ScorecardHeader';
import { TrackScores } from './TrackScores';
import { WaiverList } from './WaiverList';

/** The "Maturity" tab of an entity page: the entity's full scorecard. */
export const EntityMaturityContent = () => {
  const { entity } = useEntity();
  const { entityRef, compoundRef, scorecard, loading, error, reload } =
    useEntityScorecard(entity);
  const entityTitle = entity.metadata.title ?? entity.metadata.name;
  const evaluated = useCallback(() => reload(), [reload]);

  if (error) {
    return <ScorecardErrorPanel error={error} entityTitle={entityTitle} />;
  }
  if (!scorecard) {
    if (loading) {
      return <Progress />;
    }
    return (
      <EmptyState
        missing="data"
        title={`${entityTitle} has not been evaluated yet`}
        description="The scorecard appears here after the next evaluation of the catalog."
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
      </Grid>
      <Grid item xs={12} md={4}>
        <Grid container spacing={3} direction="column">
          <Grid item>
            <PhaseLadder scorecard={scorecard} />
          </Grid>
          <Grid item>
            <TrackScores tracks={scorecard.tracks} />
          </Grid>
        </Grid>
      </Grid>
      <Grid item xs={12} md={8}>
        <CheckList scorecard={scorecard} />
      </Grid>
      <Grid item xs={12} lg={7}>
        <WaiverList
          scorecard={scorecard}
          entityRef={compoundRef}
          resourceRef={entityRef}
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
