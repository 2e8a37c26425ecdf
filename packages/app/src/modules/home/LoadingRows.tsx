import Box from '@material-ui/core/Box';

/** Grey placeholder lines in the shape of what is loading. */
export const LoadingRows = (props: { label: string; rows: number }) => (
  <Box role="progressbar" aria-label={props.label} aria-busy="true">
    {Array.from({ length: props.rows }, (_, row) => (
      <Box
        key={row}
        height={20}
        my={1}
        width={row === 0 ? '40%' : '100%'}
        bgcolor="action.hover"
        borderRadius={4}
      />
    ))}
  </Box>
);
