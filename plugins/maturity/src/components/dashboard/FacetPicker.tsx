import Box from '@material-ui/core/Box';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Autocomplete from '@material-ui/lab/Autocomplete';

/**
 * Picks any number of values, each shown as a chip; `labelOf` names a value
 * (its raw form is shown beneath it in the options when it differs).
 */
export const FacetPicker = (props: {
  label: string;
  options: string[];
  value: string[];
  onChange(values: string[]): void;
  labelOf?: (value: string) => string;
  freeSolo?: boolean;
}) => {
  const { label, options, value, onChange, labelOf, freeSolo } = props;
  return (
    <Autocomplete
      multiple
      freeSolo={freeSolo}
      size="small"
      options={options}
      value={value}
      filterSelectedOptions
      getOptionLabel={option => (labelOf ? labelOf(option) : option)}
      onChange={(_event, next) => onChange(next as string[])}
      renderOption={option =>
        labelOf && labelOf(option) !== option ? (
          <Box>
            <Typography variant="body2">{labelOf(option)}</Typography>
            <Typography variant="caption" color="textSecondary">
              {option}
            </Typography>
          </Box>
        ) : (
          option
        )
      }
      renderInput={params => (
        <TextField {...params} label={label} variant="outlined" />
      )}
    />
  );
};
