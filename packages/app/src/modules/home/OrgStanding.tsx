import Typography from '@material-ui/core/Typography';
import { useCallback } from 'react';
import { InfoCard, Link } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  maturityApiRef,
  PhaseCountTable,
} from '@backstage-maturity/plugin-maturity';
import { LoadError } from './LoadError';
import { LoadingRows } from './LoadingRows';
import { useAsyncValue } from './useAsyncValue';

const components = (count: number) =>
  `${count} ${count === 1 ? 'component' : 'components'}`;

/**
 * Where the organisation's components stand: how many are at each phase,
 * Unknown and Not started included, each count a link to the dashboard's
 * list of them.
 */
export const OrgStanding = (props: { dashboardPath: string }) => {
  const api = useApi(maturityApiRef);
  const load = useCallback(() => api.getSummary({}), [api]);
  const { loading, value, error, retry } = useAsyncValue(load);
  const phaseLink = (phase: string) =>
    `${props.dashboardPath}?${new URLSearchParams({ phase })}`;

  const body = () => {
    if (loading) {
      return <LoadingRows label="Loading the standing" rows={6} />;
    }
    if (error) {
      return <LoadError what="The standing" error={error} onRetry={retry} />;
    }
    if (!value || value.total === 0) {
      return (
        <Typography color="textSecondary">
          No component has been evaluated yet.
        </Typography>
      );
    }
    return (
      <>
        <Typography variant="h6" component="p">
          <Link to={props.dashboardPath}>{components(value.total)}</Link>
          {' evaluated'}
        </Typography>
        <PhaseCountTable phases={value.phases} linkFor={phaseLink} />
      </>
    );
  };

  return (
    <InfoCard
      title="Where we stand"
      deepLink={{ title: 'Open the dashboard', link: props.dashboardPath }}
    >
      {body()}
    </InfoCard>
  );
};
