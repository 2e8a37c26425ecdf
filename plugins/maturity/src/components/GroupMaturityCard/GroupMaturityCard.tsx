import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { Fragment } from 'react';
import { InfoCard, Link } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import {
  entityRouteParams,
  entityRouteRef,
  useEntity,
} from '@backstage/plugin-catalog-react';
import {
  DEFAULT_NAMESPACE,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { maturityApiRef, type TeamRollup } from '../../api';
import { rootRouteRef } from '../../routes';
import { statusOf } from '../dashboard/errors';
import { bucketName } from '../common/ladder';
import { dashboardLink } from '../rollup/dashboardLink';
import {
  capitalized,
  countOf,
  describeEntities,
  type Noun,
} from '../common/nouns';
import { PhaseCountTable } from '../PhaseCountTable';
import { PhaseBar } from '../rollup/PhaseBar';
import { RollupError } from '../rollup/RollupError';
import { RollupSkeleton } from '../rollup/RollupSkeleton';
import { TopBlockers } from '../rollup/TopBlockers';
import { GroupCampaigns } from './GroupCampaigns';
import { rollUpGroups, subGroupDepths } from './rollUpGroups';

const TOP_BLOCKERS = 5;

/** The sub-teams of a roll-up, each with its counts linked to the dashboard. */
const SubTeams = (props: {
  rollup: TeamRollup;
  noun: Noun;
  linkFor: (owner: string, phase?: string) => string;
}) => {
  const { rollup, noun, linkFor } = props;
  const entityRoute = useRouteRef(entityRouteRef);
  const counts = rollUpGroups(rollup);
  const depths = subGroupDepths(rollup);
  const subGroups = rollup.groups.filter(
    g => g.entityRef !== rollup.group.entityRef,
  );
  if (subGroups.length === 0) return null;
  return (
    <Box mt={3}>
      <Typography variant="subtitle2" component="h3">
        Sub-teams
      </Typography>
      <Table size="small" aria-label="Sub-teams">
        <TableHead>
          <TableRow>
            <TableCell>Team</TableCell>
            <TableCell align="right">{capitalized(noun.many)}</TableCell>
            <TableCell>Phases</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {subGroups.map(group => {
            const own = counts.get(group.entityRef);
            const total = own?.total ?? 0;
            const breakdown = rollup.totals.phases
              .map(p => ({ ...p, count: own?.phases.get(p.phase) ?? 0 }))
              .filter(p => p.count > 0);
            return (
              <TableRow key={group.entityRef}>
                <TableCell component="th" scope="row" role="rowheader">
                  <Box pl={(depths.get(group.entityRef) ?? 0) * 2}>
                    <Link to={entityRoute(entityRouteParams(group.entityRef))}>
                      {group.title ?? group.name}
                    </Link>
                  </Box>
                </TableCell>
                <TableCell align="right">
                  {total > 0 ? (
                    <Link
                      to={linkFor(group.entityRef)}
                      aria-label={`${countOf(total, noun)} of ${
                        group.title ?? group.name
                      }`}
                    >
                      {total}
                    </Link>
                  ) : (
                    0
                  )}
                </TableCell>
                <TableCell>
                  {breakdown.length === 0
                    ? '–'
                    : breakdown.map((p, index) => (
                        <Fragment key={p.phase}>
                          {index > 0 && ', '}
                          <Link to={linkFor(group.entityRef, p.phase)}>
                            {`${p.count} ${bucketName(p)}`}
                          </Link>
                        </Fragment>
                      ))}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
};

/**
 * The "Maturity" card of a group's page: where the components of the team
 * and its sub-teams stand, and what holds them back most. Every count links
 * to the dashboard's list of those components.
 */
export const GroupMaturityCard = () => {
  const { entity } = useEntity();
  const api = useApi(maturityApiRef);
  const dashboardRoute = useRouteRef(rootRouteRef);
  const namespace = entity.metadata.namespace ?? DEFAULT_NAMESPACE;
  const name = entity.metadata.name;
  const groupRef = stringifyEntityRef({
    kind: 'group',
    namespace,
    name,
  }).toLocaleLowerCase('en-US');

  const { value, loading, error, retry } = useAsyncRetry(async () => {
    const [rollup, noun] = await Promise.all([
      api
        .getTeamRollup({ kind: 'group', namespace, name })
        // A group the backend does not know owns nothing evaluated.
        .catch(e => (statusOf(e) === 404 ? undefined : Promise.reject(e))),
      describeEntities(api, { owner: [groupRef] }),
    ]);
    return { rollup, noun };
  }, [api, namespace, name, groupRef]);

  const linkFor = (owner: string, phase?: string) =>
    dashboardLink(dashboardRoute(), { owner, phase });

  const body = () => {
    if (loading) return <RollupSkeleton />;
    if (error) return <RollupError error={error} onRetry={retry} />;
    const rollup = value?.rollup;
    const noun = value?.noun;
    if (!rollup || !noun || rollup.totals.total === 0) {
      return (
        <Typography color="textSecondary">
          This team owns no evaluated components yet.
        </Typography>
      );
    }

    return (
      <>
        <Typography variant="h6" component="p">
          <Link to={linkFor(groupRef)}>
            {countOf(rollup.totals.total, noun)}
          </Link>
        </Typography>
        <PhaseBar phases={rollup.totals.phases} />
        <PhaseCountTable
          phases={rollup.totals.phases}
          noun={noun}
          linkFor={phase => linkFor(groupRef, phase)}
        />
        <SubTeams rollup={rollup} noun={noun} linkFor={linkFor} />
        <TopBlockers
          blockers={rollup.blockers.slice(0, TOP_BLOCKERS)}
          noun={noun}
          linkFor={checkId =>
            dashboardLink(dashboardRoute(), {
              owner: groupRef,
              blocker: checkId,
            })
          }
          emptyText={`No check keeps this team’s ${noun.many} from their next phase.`}
        />
        <GroupCampaigns groupRef={groupRef} />
      </>
    );
  };

  return (
    <InfoCard
      title="Maturity"
      deepLink={{ title: 'View on the dashboard', link: linkFor(groupRef) }}
    >
      {body()}
    </InfoCard>
  );
};
