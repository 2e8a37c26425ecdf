import HomeIcon from '@material-ui/icons/Home';
import {
  createFrontendModule,
  createRouteRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';

/** The route of the home page; a page with one is listed in the sidebar. */
export const homeRouteRef = createRouteRef();

/** The home page at `/`: the org's standing and the ladder explained. */
export const homePage = PageBlueprint.make({
  name: 'home',
  params: {
    path: '/',
    title: 'Home',
    icon: <HomeIcon fontSize="inherit" />,
    routeRef: homeRouteRef,
    // The page draws its own header.
    noHeader: true,
    loader: () => import('./HomePage').then(m => <m.HomePage />),
  },
});

/** Adds the home page to the app. */
export const homeModule = createFrontendModule({
  pluginId: 'app',
  extensions: [homePage],
});
