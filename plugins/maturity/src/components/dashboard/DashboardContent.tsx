import { useCallback, useMemo, useRef } from 'react';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import { EmptyState } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { maturityApiRef, type EntityFilters } from '../../api';
import { ladderOfCounts } from '../common/ladder';
import { capitalized, nounFor } from '../common/nouns';
import { AllBlockersDialog } from './AllBlockersDialog';
import { BlockersList } from './BlockersList';
import { ownersToCsv } from './csv';
import { DashboardSkeleton } from './DashboardSkeleton';
import { EntityTable } from './EntityTable';
import { statusOf } from './errors';
import { EvaluationBar } from './EvaluationBar';
import { ExportCsvButton } from './ExportCsvButton';
import { FilterBar } from './FilterBar';
import { InvalidLinkPanel } from './InvalidLinkPanel';
import { LoadError } from './LoadError';
import { OwnerTable } from './OwnerTable';
import { PermissionDenied } from './PermissionDenied';
import { PhaseDistributionChart } from './PhaseDistributionChart';
import { Section } from './Section';
import { TrendChart } from './TrendChart';
import { useDashboardFilters } from './useDashboardFilters';
import { findParamProblems } from './urlParams';

/**
 * The dashboard below the page header. Only aggregates and one page of
 * entities are fetched, never scorecards, so it stays quick on a large
 * catalog. Every count leads to the list of what it counts.
 */
export const DashboardContent = () => {
  const api = useApi(maturityApiRef);
  const dashboard = useDashboardFilters();
  const { filters, filtersKey, phase } = dashboard;
  const noun = nounFor(filters);
  const listRef = useRef<HTMLDivElement>(null);

  const { value, loading, error, retry } = useAsyncRetry(async () => {
    const query = JSON.parse(filtersKey) as EntityFilters;
    const [summary, rollup] = await Promise.all([
      api.getSummary(query),
      api.getOwnerRollup(query),
    ]);
    return { summary, rollup };
  }, [api, filtersKey]);

  // The roll-up names every owner of the listed entities, as the team
  // table does.
  const ownerTitles = useMemo(
    () =>
      new Map(
        (value?.rollup.items ?? []).flatMap(row =>
          row.title ? [[row.owner, row.title] as const] : [],
        ),
      ),
    [value],
  );

  // Names of checks and the ids a link may use; without it, ids stand in.
  const checklist = useAsync(() => api.getChecklist(), [api]);
  const titles = useMemo(
    () =>
      new Map(
        (checklist.value?.checks ?? []).map(
          check => [check.id, check.title] as const,
        ),
      ),
    [checklist.value],
  );

  const problems = findParamProblems(dashboard.params, {
    phases: value?.summary.phases.map(p => p.phase),
    checks: checklist.value?.checks.map(c => c.id),
  });

  // Following a count brings the list it narrows into view.
  const showList = useCallback(
    () => listRef.current?.scrollIntoView?.({ behavior: 'smooth' }),
    [],
  );

  if (error && statusOf(error) === 403) return <PermissionDenied />;

  const body = () => {
    if (problems.length > 0) {
      return <InvalidLinkPanel problems={problems} allLabel="Clear filters" />;
    }
    if (error) {
      return (
        <LoadError
          what="the maturity summary and team counts"
          error={error}
          onRetry={retry}
        />
      );
    }
    if (!value) return <DashboardSkeleton />;

    const { summary, rollup } = value;
    if (summary.total === 0 && !dashboard.active) {
      return (
        <EmptyState
          missing="data"
          title="No evaluation results yet"
          description={`${capitalized(
            noun.many,
          )} appear here once the maturity backend has evaluated the catalog.`}
        />
      );
    }
    if (summary.total === 0) {
      return (
        <EmptyState
          missing="data"
          title={`No ${noun.many} match these filters`}
          description={`Widen the filters to see more ${noun.many}.`}
          action={
            <Button variant="contained" onClick={dashboard.clear}>
              Clear filters
            </Button>
          }
        />
      );
    }

    const ladder = ladderOfCounts(summary.phases);
    const togglePhase = (id: string) => {
      dashboard.setPhase(
        phase.includes(id) ? phase.filter(p => p !== id) : [...phase, id],
      );
      showList();
    };
    const blockerLinks = {
      hrefOf: (checkId: string) =>
        dashboard.linkTo({ blocker: [checkId], phase: [] }),
      onFollow: showList,
    };

    return (
      <Grid
        container
        spacing={3}
        aria-busy={loading}
        style={{ opacity: loading ? 0.6 : 1, transition: 'opacity 0.2s' }}
      >
        <Grid item xs={12} md={6}>
          <Section title={`${capitalized(noun.many)} per phase`}>
            <PhaseDistributionChart
              phases={summary.phases}
              ladder={ladder}
              total={summary.total}
              noun={noun}
              selected={phase}
              onToggle={togglePhase}
              hrefOf={id => dashboard.linkTo({ phase: [id], blocker: [] })}
              onFollow={showList}
            />
          </Section>
        </Grid>
        <Grid item xs={12} md={6}>
          <Section
            title="Top blockers"
            subheader={`Checks that keep most ${noun.many} from their next phase`}
          >
            <BlockersList
              {...blockerLinks}
              blockers={summary.blockers}
              phases={summary.phases}
              ladder={ladder}
              noun={noun}
            />
            {summary.blockerCount > summary.blockers.length && (
              <AllBlockersDialog
                {...blockerLinks}
                count={summary.blockerCount}
                filtersKey={filtersKey}
                phases={summary.phases}
                ladder={ladder}
                noun={noun}
              />
            )}
          </Section>
        </Grid>
        <Grid item xs={12}>
          <Section
            title="Teams"
            subheader="A team's counts include its sub-teams; each count lists them"
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
              noun={noun}
              linkTo={dashboard.linkTo}
              onFollow={showList}
            />
          </Section>
        </Grid>
        <Grid item xs={12}>
          <Section
            title="Trend"
            subheader={`${capitalized(
              noun.many,
            )} per phase per day; only the owner filter applies`}
          >
            <TrendChart
              owner={filters.owner}
              phases={summary.phases}
              ladder={ladder}
            />
          </Section>
        </Grid>
        <Grid item xs={12}>
          <div ref={listRef} style={{ scrollMarginTop: 16 }}>
            <Section title={capitalized(noun.many)}>
              <EntityTable
                dashboard={dashboard}
                phases={summary.phases}
                ladder={ladder}
                titles={titles}
                ownerTitles={ownerTitles}
                noun={noun}
              />
            </Section>
          </div>
        </Grid>
      </Grid>
    );
  };

  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <EvaluationBar />
      </Grid>
      <Grid item xs={12}>
        <FilterBar filters={dashboard} />
      </Grid>
      <Grid item xs={12}>
        {body()}
      </Grid>
    </Grid>
  );
};
