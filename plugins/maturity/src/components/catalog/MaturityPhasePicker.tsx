import Box from '@material-ui/core/Box';
import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import CheckBoxIcon from '@material-ui/icons/CheckBox';
import CheckBoxOutlineBlankIcon from '@material-ui/icons/CheckBoxOutlineBlank';
import { useEffect, useMemo, useState } from 'react';
import {
  CatalogAutocomplete,
  useEntityList,
} from '@backstage/plugin-catalog-react';
import {
  MaturityPhaseFilter,
  type MaturityPhaseFilters,
} from './MaturityPhaseFilter';
import {
  bucketLabel,
  phaseBuckets,
  usePhaseDefinitions,
} from './phaseDefinitions';

/** @public */
export interface MaturityPhasePickerProps {
  /** Phase ids selected when the URL selects none. */
  initialSelectedPhases?: string[];
  /** The picker's label; "Maturity phase" by default. */
  label?: string;
}

/**
 * A catalog filter: the entities at the chosen maturity phases (Unknown and
 * Not started among them), read from the phase label that the catalog
 * module writes. The choice is kept in the URL as `filters[maturityPhase]`.
 *
 * @public
 */
export const MaturityPhasePicker = (props: MaturityPhasePickerProps) => {
  const { initialSelectedPhases = [], label = 'Maturity phase' } = props;
  const {
    updateFilters,
    filters,
    queryParameters: { maturityPhase: queryParameter },
  } = useEntityList<MaturityPhaseFilters>();
  const phases = usePhaseDefinitions();

  const fromQuery = useMemo(
    () => [queryParameter].flat().filter((v): v is string => !!v),
    [queryParameter],
  );
  const filtered = filters.maturityPhase?.values;
  const [selected, setSelected] = useState<string[]>(
    fromQuery.length ? fromQuery : filtered ?? initialSelectedPhases,
  );

  // Going back and forth in the history changes the query.
  useEffect(() => {
    if (fromQuery.length) setSelected(fromQuery);
  }, [fromQuery]);

  useEffect(() => {
    updateFilters({
      maturityPhase: selected.length
        ? new MaturityPhaseFilter(selected)
        : undefined,
    });
  }, [selected, updateFilters]);

  const options = phaseBuckets(phases).map(p => p.id);

  return (
    <Box pb={1} pt={1}>
      <CatalogAutocomplete<string, true>
        multiple
        disableCloseOnSelect
        name="maturity-phase-picker"
        label={label}
        options={options}
        value={selected}
        onChange={(_event, value) => setSelected(value)}
        getOptionLabel={id => bucketLabel(id, phases)}
        renderOption={(id, { selected: checked }) => (
          <FormControlLabel
            control={
              <Checkbox
                icon={<CheckBoxOutlineBlankIcon fontSize="small" />}
                checkedIcon={<CheckBoxIcon fontSize="small" />}
                checked={checked}
              />
            }
            onClick={event => event.preventDefault()}
            label={bucketLabel(id, phases)}
          />
        )}
      />
    </Box>
  );
};
