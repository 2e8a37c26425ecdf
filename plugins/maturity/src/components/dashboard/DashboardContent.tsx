import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import LinearProgress from '@material-ui/core/LinearProgress';
import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { maturityApiRef, type EntityFilters } from '../../api';
import { NOT_STARTED_ID } from '../common/phases';
import { BlockersList } from './BlockersList';
import { ownersToCsv } from './csv';
import { EntityTable } from './EntityTable';
import { statusOf } from './errors';
import { ExportCsvButton } from './ExportCsvButton';
import { FilterBar } from './FilterBar';
import { OwnerTable } from './OwnerTable';
import { PermissionDenied } from './PermissionDenied';
import { PhaseDistributionChart } from './PhaseDistributionChart';
import { Section } from './Section';
import { TrendChart } from './TrendChart';
import { useDashboardFilters } from './useDashboardFilters';

/**
 * The dashboard below the page header. Only aggregates and one page of
 * entities are fetched, never scorecards, so it stays quick on a large
 * catalog.
 */
export const DashboardContent = () => {
  const api = useApi(maturityApiRef);
  const dashboard = useDashboardFilters();
  const { filters, filtersKey, phase } = dashboard;

  const { value, loading, error } = useAsync(async () => {
    const query = JSON.parse(filtersKey) as EntityFilters;
    const [summary, rollup] = await Promise.all([
      api.getSummary(query),
      api.getOwnerRollup(query),
    ]);
    return { summary, rollup };
  }, [api, filtersKey]);

  if (error && statusOf(error) === 403) return <PermissionDenied />;

  const filterBar = (
    <Grid item xs={12}>
      <FilterBar filters={dashboard} />
    </Grid>
  );

  if (error) {
    return (
      <Grid container spacing={3}>
        {filterBar}
        <Grid item xs={12}>
          <ResponseErrorPanel error={error} />
        </Grid>
      </Grid>
    );
  }
  if (!value) return <Progress />;

  const { summary, rollup } = value;
  if (summary.total === 0 && !dashboard.active) {
    return (
      <EmptyState
        missing="data"
        title="No evaluation results yet"
        description="Services appear here once the maturity backend has evaluated the catalog."
      />
    );
  }

  const ladder = summary.phases
    .map(p => p.phase)
    .filter(id => id !== NOT_STARTED_ID);
  const togglePhase = (id: string) =>
    dashboard.setPhase(phase.length === 1 && phase[0] === id ? [] : [id]);

  return (
    <Grid container spacing={3}>
      {filterBar}
      {loading && (
        <Grid item xs={12}>
          <LinearProgress aria-label="Updating" />
        </Grid>
      )}
      {summary.total === 0 ? (
        <Grid item xs={12}>
          <EmptyState
            missing="data"
            title="No services match these filters"
            description="Widen the filters to see more services."
            action={
              <Button variant="contained" onClick={dashboard.clear}>
                Clear filters
              </Button>
            }
          />
        </Grid>
      ) : (
        <>
          <Grid item xs={12} md={6}>
            <Section title="Services per phase">
              <PhaseDistributionChart
                phases={summary.phases}
                ladder={ladder}
                total={summary.total}
                selected={phase}
                onToggle={togglePhase}
              />
            </Section>
          </Grid>
          <Grid item xs={12} md={6}>
            <Section
              title="Top blockers"
              subheader="Checks that keep most services from their next phase"
            >
              <BlockersList
                blockers={summary.blockers}
                phases={summary.phases}
                ladder={ladder}
              />
            </Section>
          </Grid>
          <Grid item xs={12}>
            <Section
              title="Teams"
              subheader="A team's counts include its sub-teams"
              action={
                <ExportCsvButton
                  label="Export teams CSV"
                  filename="service-maturity-teams.csv"
                  build={async () => ({
                    csv: ownersToCsv(rollup.items, summary.phases),
                  })}
                />
              }
            >
              <OwnerTable
                key={filtersKey}
                rows={rollup.items}
                phases={summary.phases}
              />
            </Section>
          </Grid>
          <Grid item xs={12}>
            <Section
              title="Trend"
              subheader="Services per phase per day; only the owner filter applies"
            >
              <TrendChart
                owner={filters.owner}
                phases={summary.phases}
                ladder={ladder}
              />
            </Section>
          </Grid>
          <Grid item xs={12}>
            <Section title="Services">
              <EntityTable
                filters={filters}
                filtersKey={filtersKey}
                phase={phase}
                sort={dashboard.sort}
                order={dashboard.order}
                phases={summary.phases}
                ladder={ladder}
                onSort={dashboard.setSort}
                onPhaseChange={dashboard.setPhase}
              />
            </Section>
          </Grid>
        </>
      )}
    </Grid>
  );
};
