import { useEffect, useMemo, useRef, useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import Paper from '@material-ui/core/Paper';
import TextField from '@material-ui/core/TextField';
import { useApi } from '@backstage/core-plugin-api';
import { humanizeEntityRef } from '@backstage/plugin-catalog-react';
import { parseEntityRef } from '@backstage/catalog-model';
import useAsync from 'react-use/esm/useAsync';
import useDebounce from 'react-use/esm/useDebounce';
import { maturityApiRef } from '../../api';
import {
  FACETS,
  type DashboardFilters,
  type Facet,
} from './useDashboardFilters';
import { FacetPicker } from './FacetPicker';
import { useCatalogTitles } from './useCatalogTitles';

// Enough of the catalog to suggest values; anything else can be typed.
const SUGGESTION_SAMPLE = 200;

const LABELS: Record<Facet, string> = {
  owner: 'Owner',
  system: 'System',
  domain: 'Domain',
  kind: 'Kind',
  type: 'Type',
  lifecycle: 'Lifecycle',
};

/**
 * A readable name for an entity ref: its title, else the ref without the
 * default kind and namespace, else the ref itself.
 */
export function refLabel(
  ref: string,
  title: string | undefined,
  defaultKind: string,
): string {
  if (title) return title;
  try {
    return humanizeEntityRef(parseEntityRef(ref), { defaultKind });
  } catch {
    return ref;
  }
}

/** A readable name for an owner ref, falling back to the ref itself. */
export function ownerLabel(ref: string, title?: string): string {
  return refLabel(ref, title, 'group');
}

/** Owner, system, domain, kind, type and lifecycle pickers and a search box. */
export const FilterBar = (props: { filters: DashboardFilters }) => {
  const { filters, setFacet, setSearch, active, clear } = props.filters;
  const api = useApi(maturityApiRef);

  // Fetched once and unfiltered, so that choosing one value keeps the others on offer.
  const owners = useAsync(() => api.getOwnerRollup({}), [api]);
  const sample = useAsync(
    () => api.listEntities({ limit: SUGGESTION_SAMPLE, sort: 'name' }),
    [api],
  );

  const titles = useMemo(
    () =>
      new Map(
        (owners.value?.items ?? []).map(row => [row.owner, row.title] as const),
      ),
    [owners.value],
  );
  const options = useMemo(() => {
    const values = (facet: Exclude<Facet, 'owner'>) =>
      [
        ...new Set(
          (sample.value?.items ?? [])
            .map(item =>
              // The API takes kinds in lower case, as entity refs write them.
              facet === 'kind'
                ? item.kind.toLocaleLowerCase('en-US')
                : item[facet],
            )
            .filter((v): v is string => Boolean(v)),
        ),
      ].sort();
    return {
      owner: [...titles.keys()].sort((a, b) =>
        ownerLabel(a, titles.get(a)).localeCompare(
          ownerLabel(b, titles.get(b)),
        ),
      ),
      system: values('system'),
      domain: values('domain'),
      kind: values('kind'),
      type: values('type'),
      lifecycle: values('lifecycle'),
    };
  }, [titles, sample.value]);

  const catalogTitles = useCatalogTitles([
    ...options.system,
    ...options.domain,
  ]);
  const labelOf = (facet: Facet) => {
    if (facet === 'owner')
      return (ref: string) => ownerLabel(ref, titles.get(ref));
    if (facet === 'system' || facet === 'domain') {
      return (ref: string) => refLabel(ref, catalogTitles.get(ref), facet);
    }
    return undefined;
  };

  const [text, setText] = useState(filters.search ?? '');
  const pushed = useRef(filters.search ?? '');
  useDebounce(
    () => {
      if (text.trim() !== pushed.current) {
        pushed.current = text.trim();
        setSearch(text);
      }
    },
    400,
    [text],
  );
  // Follow the URL when it changes from elsewhere (back, clear, a shared link).
  useEffect(() => {
    const search = filters.search ?? '';
    if (search !== pushed.current) {
      pushed.current = search;
      setText(search);
    }
  }, [filters.search]);

  const picker = (facet: Facet) => (
    <Grid item xs={12} sm={6} md={3} lg key={facet}>
      <FacetPicker
        label={LABELS[facet]}
        options={options[facet]}
        value={filters[facet] ?? []}
        onChange={values => setFacet(facet, values)}
        labelOf={labelOf(facet)}
        freeSolo={facet !== 'owner'}
      />
    </Grid>
  );

  return (
    <Paper component="section" aria-label="Filters">
      <Box p={2}>
        <Grid container spacing={2} alignItems="center">
          <Grid item xs={12} sm={6} md={3} lg>
            <TextField
              id="maturity-search"
              label="Search"
              placeholder="Name or title"
              variant="outlined"
              size="small"
              fullWidth
              value={text}
              onChange={event => setText(event.target.value)}
              inputProps={{ type: 'search' }}
            />
          </Grid>
          {FACETS.map(picker)}
          {active && (
            <Grid item xs={12}>
              <Button
                size="small"
                onClick={() => {
                  pushed.current = '';
                  setText('');
                  clear();
                }}
              >
                Clear filters
              </Button>
            </Grid>
          )}
        </Grid>
      </Box>
    </Paper>
  );
};
