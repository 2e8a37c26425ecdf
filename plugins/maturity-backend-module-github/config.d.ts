export interface Config {
  maturity?: {
    /**
     * Evidence from GitHub and GitHub Enterprise. The hosts and their
     * credentials (a token or GitHub Apps) come from `integrations.github`;
     * only repositories on hosts with credentials are read.
     */
    github?: {
      /** Whether GitHub is read at all. Default: true. */
      enabled?: boolean;
      /**
       * Requests that cost rate limit, at most, per evaluation cycle
       * (answers `304 Not Modified` do not count). Once spent, the facts of
       * repositories not yet read are unknown until the next cycle.
       * Default: 2000.
       */
      requestsPerCycle?: number;
      /**
       * Recent merged pull requests into the default branch whose reviews
       * are counted, from 0 to 100. Default: 20.
       */
      recentPullRequests?: number;
      /**
       * Repositories whose last answer is kept in memory, so that an
       * unchanged repository costs one conditional request. Default: 20000.
       */
      cacheSize?: number;
    };
  };
}
