import Typography from '@material-ui/core/Typography';
import { InfoCard, Link } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { stringifyEntityRef } from '@backstage/catalog-model';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { maturityApiRef } from '../../api';
import { rootRouteRef } from '../../routes';
import { dashboardLink } from '../rollup/dashboardLink';
import { countOf, describeEntities } from '../common/nouns';
import { PhaseCountTable } from '../PhaseCountTable';
import { PhaseBar } from '../rollup/PhaseBar';
import { RollupError } from '../rollup/RollupError';
import { RollupSkeleton } from '../rollup/RollupSkeleton';
import { TopBlockers } from '../rollup/TopBlockers';

const TOP_BLOCKERS = 5;

/**
 * The "Maturity" card of a system's or a domain's page: where its
 * components stand, Unknown and Not started included, and the checks that
 * hold most of them back. Every count links to the dashboard's list of
 * those components.
 */
export const SystemMaturityCard = () => {
  const { entity } = useEntity();
  const api = useApi(maturityApiRef);
  const dashboardRoute = useRouteRef(rootRouteRef);
  // The dashboard and the API filter by `system` or `domain`.
  const facet =
    entity.kind.toLocaleLowerCase('en-US') === 'domain' ? 'domain' : 'system';
  const entityRef = stringifyEntityRef(entity).toLocaleLowerCase('en-US');

  const { value, loading, error, retry } = useAsyncRetry(async () => {
    const filters = { [facet]: [entityRef] };
    const [summary, noun] = await Promise.all([
      api.getSummary(filters),
      describeEntities(api, filters),
    ]);
    return { summary, noun };
  }, [api, facet, entityRef]);

  const link = (filters: { phase?: string; blocker?: string } = {}) =>
    dashboardLink(dashboardRoute(), { [facet]: entityRef, ...filters });

  const body = () => {
    if (loading) return <RollupSkeleton />;
    if (error) return <RollupError error={error} onRetry={retry} />;
    if (!value || value.summary.total === 0) {
      return (
        <Typography color="textSecondary">
          {`This ${facet} has no evaluated components yet.`}
        </Typography>
      );
    }
    const { summary, noun } = value;
    return (
      <>
        <Typography variant="h6" component="p">
          <Link to={link()}>{countOf(summary.total, noun)}</Link>
        </Typography>
        <PhaseBar phases={summary.phases} />
        <PhaseCountTable
          phases={summary.phases}
          noun={noun}
          linkFor={phase => link({ phase })}
        />
        <TopBlockers
          blockers={summary.blockers.slice(0, TOP_BLOCKERS)}
          noun={noun}
          linkFor={blocker => link({ blocker })}
          emptyText={`No check keeps the ${noun.many} of this ${facet} from their next phase.`}
        />
      </>
    );
  };

  return (
    <InfoCard
      title="Maturity"
      deepLink={{ title: 'View on the dashboard', link: link() }}
    >
      {body()}
    </InfoCard>
  );
};
