import type { ReactNode } from 'react';
import Box from '@material-ui/core/Box';
import { InfoCard } from '@backstage/core-components';

/**
 * A titled region of the dashboard: a landmark named by its heading, so
 * that people and tests can find it by name.
 */
export const Section = (props: {
  title: string;
  subheader?: ReactNode;
  action?: ReactNode;
  children: ReactNode;
}) => {
  const id = `maturity-${props.title
    .toLocaleLowerCase('en-US')
    .replace(/\W+/g, '-')}`;
  return (
    <Box component="section" aria-labelledby={id} height="100%">
      <InfoCard
        title={props.title}
        subheader={props.subheader}
        action={props.action}
        titleTypographyProps={{ component: 'h2', variant: 'h5', id }}
        variant="fullHeight"
      >
        {props.children}
      </InfoCard>
    </Box>
  );
};
