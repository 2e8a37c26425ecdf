export interface Config {
  maturity?: {
    /**
     * The maturity module that reads hosting-provider facts from GitLab.
     * Hosts and tokens come from `integrations.gitlab`: only projects on a
     * host with a token (scope `read_api`) are read.
     */
    gitlab?: {
      /**
       * Whether GitLab is read. Default: true.
       */
      enabled?: boolean;
      /**
       * Requests one evaluation cycle may send to GitLab, over all hosts.
       * Conditional requests answered 304 Not Modified do not count. Once
       * spent, the GitLab facts of the entities not yet read are unknown
       * until the next cycle. Default: 2000.
       */
      requestsPerCycle?: number;
      /**
       * How many of the latest merged merge requests into the default
       * branch are checked for approvals, 0 to 100 (0: none). Default: 20.
       */
      recentMergeRequests?: number;
      /**
       * How many projects' last answers are kept in memory, so that an
       * unchanged project costs one conditional request. Default: 20000.
       */
      cacheSize?: number;
    };
  };
}
