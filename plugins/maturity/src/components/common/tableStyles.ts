import { makeStyles } from '@material-ui/core/styles';

/**
 * Tables that never break a word: headers and short cells stay on one
 * line, long text wraps only between words, and a table wider than its card
 * scrolls sideways in its container instead.
 */
export const useTableStyles = makeStyles({
  container: {
    overflowX: 'auto',
  },
  table: {
    '& th, & td': {
      overflowWrap: 'normal',
      wordBreak: 'normal',
    },
    '& thead th': {
      whiteSpace: 'nowrap',
    },
  },
  nowrap: {
    whiteSpace: 'nowrap',
  },
});
