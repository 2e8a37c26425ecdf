export interface Config {
  permission?: {
    /**
     * Entity refs of the groups whose members administer the portal: they may
     * re-evaluate the whole catalog, manage every entity's exemptions and
     * delete catalog entities. Defaults to `group:default/platform-admins`.
     */
    adminGroups?: string[];
  };
}
