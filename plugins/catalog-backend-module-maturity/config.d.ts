import type { HumanDuration } from '@backstage/types';

export interface Config {
  maturity?: {
    /**
     * The catalog module that writes each evaluated entity's maturity phase
     * as a label and its progress as annotations.
     */
    catalogLabels?: {
      /**
       * Whether the catalog writes the maturity label and annotations.
       * Default: true.
       */
      enabled?: boolean;
      /**
       * How often the catalog reloads the results from the maturity plugin,
       * as an object (`{ minutes: 5 }`), an ISO duration (`PT5M`) or a
       * string such as `5m`. Default: 5 minutes.
       */
      refresh?: HumanDuration | string;
    };
  };
}
