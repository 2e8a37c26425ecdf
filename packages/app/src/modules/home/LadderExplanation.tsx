import Typography from '@material-ui/core/Typography';
import { useCallback } from 'react';
import { InfoCard, Link } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { maturityApiRef } from '@backstage-maturity/plugin-maturity';
import { LoadError } from './LoadError';
import { LoadingRows } from './LoadingRows';
import { useAsyncValue } from './useAsyncValue';

/**
 * The maturity ladder in a few lines: each phase of the checklist with what
 * reaching it means, the side tracks, and what "Unknown" says.
 */
export const LadderExplanation = (props: {
  dashboardPath: string;
  catalogPath: string;
}) => {
  const api = useApi(maturityApiRef);
  const load = useCallback(() => api.getChecklist(), [api]);
  const { loading, value, error, retry } = useAsyncValue(load);

  const body = () => {
    if (loading) {
      return <LoadingRows label="Loading the ladder" rows={5} />;
    }
    if (error || !value) {
      return (
        <LoadError
          what="The ladder"
          error={error ?? new Error('no checklist')}
          onRetry={retry}
        />
      );
    }
    const tracks = value.tracks.map(t => t.name);
    return (
      <>
        <Typography variant="body2" paragraph>
          Every component climbs the same ladder. It reaches a phase when it
          passes all the required checks of that phase and of the phases below
          it; until it reaches the first one it is Not started.
        </Typography>
        <ol aria-label="Phases">
          {value.phases.map(phase => (
            <li key={phase.id}>
              <Typography variant="body2">
                <strong>{phase.name}</strong>
                {phase.description ? `: ${phase.description}.` : ''}
              </Typography>
            </li>
          ))}
        </ol>
        <Typography variant="body2" paragraph>
          {tracks.length > 0
            ? `Side tracks (${tracks.join(
                ', ',
              )}) score good habits without ever holding a component back. `
            : ''}
          A component is Unknown when evidence that its next phase needs could
          not be read, for example its repository; it is counted apart until the
          evidence can be read again, neither as Not started nor as a phase it
          may not have reached.
        </Typography>
        <Typography variant="body2">
          <Link to={props.dashboardPath}>
            See every component on the dashboard
          </Link>
          {' or '}
          <Link to={props.catalogPath}>find yours in the catalog</Link>; its
          Maturity tab lists what to do next.
        </Typography>
      </>
    );
  };

  return <InfoCard title="The maturity ladder">{body()}</InfoCard>;
};
