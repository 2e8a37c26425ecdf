import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { useState, type ReactNode } from 'react';

/** How many items a list shows at first, and adds on each "Show more". */
export const PAGE_SIZE = 10;

/**
 * The first items of a long list, with a button that shows the next page;
 * `render` draws the shown items (a list element around them).
 */
export function ShowMoreList<T>(props: {
  items: T[];
  /** What the items are, for the button: "phase changes". */
  noun: string;
  render: (shown: T[]) => ReactNode;
}) {
  const { items, noun } = props;
  const [shown, setShown] = useState(PAGE_SIZE);
  const rest = items.length - shown;
  return (
    <>
      {props.render(items.slice(0, shown))}
      {rest > 0 && (
        <>
          <Typography variant="body2" color="textSecondary">
            Showing {shown} of {items.length} {noun}
          </Typography>
          <Button size="small" onClick={() => setShown(s => s + PAGE_SIZE)}>
            Show {Math.min(rest, PAGE_SIZE)} more
          </Button>
        </>
      )}
    </>
  );
}
