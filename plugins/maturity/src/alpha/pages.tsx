import { PageBlueprint } from '@backstage/frontend-plugin-api';
import TrendingUpIcon from '@material-ui/icons/TrendingUp';
import { rootRouteRef } from '../routes';
import { convertLegacyRouteRef } from '@backstage/core-compat-api';

/** The org-wide dashboard at /maturity, listed in the sidebar. */
export const maturityPage = PageBlueprint.make({
  params: {
    path: '/maturity',
    title: 'Maturity',
    icon: <TrendingUpIcon />,
    routeRef: convertLegacyRouteRef(rootRouteRef),
    // The page draws its own header.
    noHeader: true,
    loader: () =>
      import('../components/MaturityPage').then(m => <m.MaturityPage />),
  },
});
