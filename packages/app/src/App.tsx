import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import maturityPlugin from '@backstage-maturity/plugin-maturity/alpha';
import { catalogModule } from './modules/catalog';
import { homeModule } from './modules/home';
import { navModule } from './modules/nav';

export default createApp({
  features: [
    catalogPlugin,
    catalogModule,
    maturityPlugin,
    homeModule,
    navModule,
  ],
});
