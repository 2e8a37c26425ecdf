import { InfoCard } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import type { ReactNode } from 'react';

/**
 * A card that is also a named region: its title is a level-2 heading that
 * labels the region, so assistive technology can jump between them. Links
 * reach it at `#maturity-<id>`.
 */
export const Section = (props: {
  id: string;
  title: string;
  subheader?: ReactNode;
  action?: ReactNode;
  children: ReactNode;
}) => {
  const headingId = `maturity-${props.id}-heading`;
  return (
    <Box
      component="section"
      id={`maturity-${props.id}`}
      aria-labelledby={headingId}
    >
      <InfoCard
        title={props.title}
        subheader={props.subheader}
        action={props.action}
        titleTypographyProps={{ component: 'h2', id: headingId }}
      >
        {props.children}
      </InfoCard>
    </Box>
  );
};
