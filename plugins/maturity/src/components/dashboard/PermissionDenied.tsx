import { EmptyState } from '@backstage/core-components';

/** Shown instead of results the caller may not read. */
export const PermissionDenied = () => (
  <EmptyState
    missing="info"
    title="Permission denied"
    description="You are not allowed to see maturity results. Ask your Backstage administrators for the maturity.scorecard.read permission."
  />
);
