import { EmptyState } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';

/** The "Maturity" tab of an entity page. */
export const EntityMaturityContent = () => {
  const { entity } = useEntity();
  return (
    <EmptyState
      missing="data"
      title={`${
        entity.metadata.title ?? entity.metadata.name
      } has not been evaluated yet`}
      description="The scorecard appears here after the next evaluation of the catalog."
    />
  );
};
