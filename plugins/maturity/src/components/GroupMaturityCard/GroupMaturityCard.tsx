import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import {
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
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
import useAsync from 'react-use/esm/useAsync';
import { maturityApiRef, type PhaseCount } from '../../api';
import { rootRouteRef } from '../../routes';
import { NOT_STARTED_ID, phaseColour } from '../common/phases';
import { statusOf } from '../dashboard/errors';
import { rollUpGroups, subGroupDepths } from './rollUpGroups';

const TOP_BLOCKERS = 5;

const services = (count: number) =>
  `${count} ${count === 1 ? 'service' : 'services'}`;

/** Phase counts as a bar of coloured segments; the text beside it carries the numbers. */
const PhaseBar = (props: { phases: PhaseCount[]; ladder: string[] }) => {
  const total = props.phases.reduce((sum, p) => sum + p.count, 0);
  return (
    <Box
      aria-hidden
      display="flex"
      height={10}
      borderRadius={5}
      overflow="hidden"
    >
      {props.phases
        .filter(p => p.count > 0)
        .map(p => (
          <Box
            key={p.phase}
            width={`${(p.count / total) * 100}%`}
            bgcolor={phaseColour(p.phase, props.ladder)}
          />
        ))}
    </Box>
  );
};

/**
 * The "Maturity" card of a group's page: where the services of the team
 * and its sub-teams stand, and what holds them back most.
 */
export const GroupMaturityCard = () => {
  const { entity } = useEntity();
  const api = useApi(maturityApiRef);
  const dashboardRoute = useRouteRef(rootRouteRef);
  const entityRoute = useRouteRef(entityRouteRef);
  const namespace = entity.metadata.namespace ?? DEFAULT_NAMESPACE;
  const name = entity.metadata.name;
  const groupRef = stringifyEntityRef({
    kind: 'group',
    namespace,
    name,
  }).toLocaleLowerCase('en-US');

  const { value, loading, error } = useAsync(
    () => api.getTeamRollup({ kind: 'group', namespace, name }),
    [api, namespace, name],
  );

  const dashboardLink = `${dashboardRoute()}?${new URLSearchParams({
    owner: groupRef,
  })}`;

  const body = () => {
    if (loading) return <Progress />;
    if (error && statusOf(error) === 403) {
      return (
        <Typography color="textSecondary">
          You are not allowed to see maturity results.
        </Typography>
      );
    }
    if (error && statusOf(error) !== 404) {
      return <ResponseErrorPanel error={error} />;
    }
    if (!value || value.totals.total === 0) {
      return (
        <Typography color="textSecondary">
          This team owns no evaluated services yet.
        </Typography>
      );
    }

    const ladder = value.totals.phases
      .map(p => p.phase)
      .filter(id => id !== NOT_STARTED_ID);
    const counts = rollUpGroups(value);
    const depths = subGroupDepths(value);
    const subGroups = value.groups.filter(
      g => g.entityRef !== value.group.entityRef,
    );
    const blockers = value.blockers.slice(0, TOP_BLOCKERS);

    return (
      <>
        <Typography variant="h6" component="p">
          {services(value.totals.total)}
        </Typography>
        <PhaseBar phases={value.totals.phases} ladder={ladder} />
        <Table size="small" aria-label="Services per phase">
          <TableBody>
            {value.totals.phases.map(p => (
              <TableRow key={p.phase}>
                <TableCell component="th" scope="row" role="rowheader">
                  <Box display="flex" alignItems="center">
                    <Box
                      component="span"
                      width={10}
                      height={10}
                      mr={1}
                      borderRadius={2}
                      bgcolor={phaseColour(p.phase, ladder)}
                    />
                    {p.name}
                  </Box>
                </TableCell>
                <TableCell align="right">{p.count}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>

        {subGroups.length > 0 && (
          <Box mt={3}>
            <Typography variant="subtitle2" component="h3">
              Sub-teams
            </Typography>
            <Table size="small" aria-label="Sub-teams">
              <TableHead>
                <TableRow>
                  <TableCell>Team</TableCell>
                  <TableCell align="right">Services</TableCell>
                  <TableCell>Phases</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {subGroups.map(group => {
                  const own = counts.get(group.entityRef);
                  const breakdown = value.totals.phases
                    .map(p => ({ ...p, count: own?.phases.get(p.phase) ?? 0 }))
                    .filter(p => p.count > 0);
                  return (
                    <TableRow key={group.entityRef}>
                      <TableCell component="th" scope="row" role="rowheader">
                        <Box pl={(depths.get(group.entityRef) ?? 0) * 2}>
                          <Link
                            to={entityRoute(entityRouteParams(group.entityRef))}
                          >
                            {group.title ?? group.name}
                          </Link>
                        </Box>
                      </TableCell>
                      <TableCell align="right">{own?.total ?? 0}</TableCell>
                      <TableCell>
                        {breakdown
                          .map(p => `${p.count} ${p.name}`)
                          .join(', ') || '–'}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </Box>
        )}

        <Box mt={3}>
          <Typography variant="subtitle2" component="h3">
            Top blockers
          </Typography>
          {blockers.length === 0 ? (
            <Typography variant="body2" color="textSecondary">
              No check keeps a service of this team from its next phase.
            </Typography>
          ) : (
            <Box component="ol" pl={2.5} my={1}>
              {blockers.map(blocker => (
                <li key={blocker.checkId}>
                  <Typography variant="body2">
                    {`${blocker.title}: ${services(blocker.count)}`}
                  </Typography>
                </li>
              ))}
            </Box>
          )}
        </Box>
      </>
    );
  };

  return (
    <InfoCard
      title="Maturity"
      deepLink={{ title: 'View on the dashboard', link: dashboardLink }}
    >
      {body()}
    </InfoCard>
  );
};
