// Generated from plugins/maturity-backend/src/schema/openapi.yaml by `yarn generate:openapi`
// (plugins/maturity-backend/scripts/generateOpenApi.js, with openapi-typescript); do not edit.

/** @public */
export interface paths {
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness of the plugin; needs no token. */
    get: operations['getHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/checklist': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The phases, tracks and checks that entities are evaluated against. */
    get: operations['getChecklist'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A page of evaluated entities, filtered and sorted. */
    get: operations['listEntities'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entities/{kind}/{namespace}/{name}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An entity's scorecard, with every check's result and guidance. */
    get: operations['getScorecard'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entities/{kind}/{namespace}/{name}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An entity's phase timeline and its latest check transitions. */
    get: operations['getEntityHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entities/{kind}/{namespace}/{name}/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Re-evaluates one entity now and returns its new summary.
     * Needs `maturity.entity.refresh` on the entity. The evaluation reads
     *     the repository again (ignoring its etag) and takes a few seconds;
     *     concurrent requests for the same entity share one evaluation.
     */
    post: operations['refreshEntity'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entities/{kind}/{namespace}/{name}/waivers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The entity's exemptions and attestations, active and past, newest first. */
    get: operations['listWaivers'];
    put?: never;
    /**
     * Exempts the entity from a check, or attests that it meets one.
     * Needs `maturity.exemption.manage` on the entity, which must be one
     *     that the plugin evaluates (`maturity.entityFilter`, 400 otherwise).
     *     The waiver counts from the next evaluation (scheduled, or
     *     `POST .../refresh`). Who, when, why and until when are recorded in
     *     the audit trail.
     */
    post: operations['createWaiver'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/waivers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Revokes a waiver, recording who, when and why.
     * Needs `maturity.exemption.manage` on the waiver's entity.
     */
    delete: operations['revokeWaiver'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/badges/{kind}/{namespace}/{name}.svg': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A shields-style SVG badge of the entity's phase.
     * `maturity | Production Ready`, coloured by rung; grey `not evaluated`
     *     for an entity in the catalog that has no results yet. Like every
     *     route it needs a token; badges live under `/badges` so that an
     *     installation could open exactly this prefix with an auth policy.
     */
    get: operations['getBadge'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Starts an evaluation of the whole catalog now.
     * Needs `maturity.catalog.refresh`.
     */
    post: operations['refreshCatalog'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Phase distribution and top blockers of the filtered entities. */
    get: operations['getSummary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/blockers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A page of the checks that keep the filtered entities from their next phase, most entities first. */
    get: operations['listBlockers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/owners': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Phase distribution per owner, with sub-groups rolled up into their parents.
     * A row per owner that has evaluated entities and per group above
     *     them in the catalog's group hierarchy. A group's counts include
     *     the entities of all its sub-groups; `direct` counts its own. With
     *     an `owner` filter, groups outside the filtered groups are left out.
     */
    get: operations['getOwnerRollup'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/teams/{namespace}/{name}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Roll-up of a group and its sub-groups, per owner and in total.
     * Only the sub-groups that the caller may read in the catalog are
     *     part of the roll-up: a hidden group is left out with what it owns
     *     directly, and its readable sub-groups hang from its nearest
     *     readable parent instead.
     */
    get: operations['getTeamRollup'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/trend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Entities per phase per day, from the daily snapshots.
     * Days without a snapshot (no evaluation finished that day) are left
     *     out. Snapshots are counts per owner, so the trend is not narrowed
     *     to the entities that the caller may read.
     */
    get: operations['getTrend'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The latest evaluation runs, newest first.
     * When each run started and finished, for every reader. The counts of
     *     a run (`entities`, `errors`, `unreadable`) are of the whole catalog,
     *     whatever the caller may read, so they are only given to callers who
     *     hold `maturity.catalog.refresh` (those who may start a run); others
     *     get the runs without them.
     */
    get: operations['listRuns'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entities/{kind}/{namespace}/{name}/campaigns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The campaigns that cover the entity, with where it stands in each.
     * Statuses are those of the last evaluation or campaign change; the
     *     campaigns are ordered by deadline.
     */
    get: operations['listEntityCampaigns'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/campaigns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every campaign, with its progress over the entities that the caller may read.
     * With `owner`, progress counts only that owner's entities (groups
     *     include their sub-groups) and campaigns that cover none of them are
     *     left out.
     */
    get: operations['listCampaigns'];
    put?: never;
    /**
     * Creates a campaign.
     * Needs `maturity.campaign.manage`. Its progress is computed at once.
     *     Who created it and when is recorded in the audit trail.
     */
    post: operations['createCampaign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/campaigns/{campaignId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A campaign with its progress, in total and per owning team. */
    get: operations['getCampaign'];
    /**
     * Changes a campaign created through the API.
     * Needs `maturity.campaign.manage`; audited. A campaign defined in
     *     `app-config` is changed there (409).
     */
    put: operations['updateCampaign'];
    post?: never;
    /**
     * Deletes a campaign created through the API, with its progress and burndown.
     * Needs `maturity.campaign.manage`; audited.
     */
    delete: operations['deleteCampaign'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/campaigns/{campaignId}/entities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The campaign's entities with their status and the target checks they still miss.
     * Overdue first, then at risk, on track and done; by name within a status.
     */
    get: operations['listCampaignEntities'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/campaigns/{campaignId}/burndown': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Entities per status per day since the campaign's start.
     * One row per day on which the campaign's progress was computed
     *     (each evaluation cycle writes the day's row), from the start to
     *     today or the deadline's day after. Counts cover every entity of the
     *     campaign, like the trend; they are not narrowed to the caller.
     */
    get: operations['getCampaignBurndown'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
/** @public */
export type webhooks = Record<string, never>;
/** @public */
export interface components {
  schemas: {
    Error: {
      error: {
        name: string;
        message: string;
      };
      request?: {
        method?: string;
        url?: string;
      };
      response: {
        statusCode: number;
      };
    };
    PhaseDefinition: {
      id: string;
      name: string;
      /** What reaching the phase means, in one line. */
      description?: string;
    };
    TrackDefinition: {
      id: string;
      name: string;
      description?: string;
    };
    /** A check, with what goes wrong without it and how to pass it. */
    CheckDefinition: {
      id: string;
      title: string;
      /** The phase that the check belongs to (or `track`). */
      phase?: string;
      /** The side track that the check belongs to (or `phase`). */
      track?: string;
      /** Whether the check gates its phase. */
      required: boolean;
      why: string;
      howToPass: string;
      guidanceUrl?: string;
      /** Whether owners may attest the check. */
      attestable: boolean;
      /** What the check's rules look for in technical terms (globs, patterns, dependency names), one line a rule, for those who ask; results say it in plain words in `lookedFor`. */
      details?: string[];
    };
    Checklist: {
      /** The ladder, lowest phase first. */
      phases: components['schemas']['PhaseDefinition'][];
      tracks: components['schemas']['TrackDefinition'][];
      checks: components['schemas']['CheckDefinition'][];
    };
    CheckOutcome:
      | 'pass'
      | 'fail'
      | 'not-applicable'
      | 'exempt'
      | 'attested'
      | 'error';
    /** Something that made a check pass, or that was found while looking (`warning`, a file that could not be understood and was ignored because it could not have been the evidence). */
    Evidence: {
      kind:
        | 'file'
        | 'content'
        | 'dependency'
        | 'document'
        | 'kubernetes'
        | 'entity'
        | 'annotation'
        | 'link'
        | 'relation'
        | 'catalog'
        | 'scm'
        | 'fact'
        | 'warning';
      /** A repository path, annotation key, relation target or entity field. */
      target?: string;
      /** Human-readable detail, e.g. `pino 9.x in package.json`. */
      detail: string;
    };
    /** The waiver that made a check `exempt` or `attested`. */
    AppliedWaiver: {
      checkId: string;
      kind: 'exemption' | 'attestation';
      reason: string;
      /** ISO 8601 date or date-time after which it no longer counts. */
      expiresAt: string;
      /** Link to the evidence (attestations) or decision record. */
      evidenceUrl?: string;
      /** Entity ref of who granted it, when known. */
      createdBy?: string;
      /**
       * Where the waiver comes from, an entity annotation or the API.
       */
      source?: 'annotation' | 'api';
    };
    Waiver: {
      id: string;
      entityRef: string;
      checkId: string;
      kind: 'exemption' | 'attestation';
      reason: string;
      /** ISO 8601 date or date-time after which it no longer counts. */
      expiresAt: string;
      evidenceUrl?: string;
      /** Entity ref of who created it. */
      createdBy?: string;
      source?: 'annotation' | 'api';
      createdAt: string;
      revokedAt?: string;
      revokedBy?: string;
      /** Neither revoked nor expired. */
      active: boolean;
    };
    WaiverList: {
      items: components['schemas']['Waiver'][];
    };
    NewWaiver: {
      /** A check of the checklist; attestations only for attestable checks. */
      checkId: string;
      kind: 'exemption' | 'attestation';
      reason: string;
      /**
       * ISO 8601 date (`2026-06-30`, through the end of that day UTC) or
       *     date-time with an offset (`Z`, or between `-12:00` and
       *     `+14:00`); in the future and at most one year ahead.
       */
      expiresAt: string;
      /** Link to the evidence or decision record; required for attestations. */
      evidenceUrl?: string;
    };
    RevokeWaiver: {
      reason: string;
    };
    OutcomeCounts: {
      pass: number;
      fail: number;
      'not-applicable': number;
      exempt: number;
      attested: number;
      error: number;
    };
    /** An entity's catalog facts and where it stands. */
    EntitySummary: {
      /** e.g. `component:default/payments-api` (lower case). */
      entityRef: string;
      kind: string;
      namespace: string;
      name: string;
      title?: string;
      /** `spec.type` of the entity. */
      type?: string;
      /** `spec.lifecycle` of the entity. */
      lifecycle?: string;
      /** Entity ref of the owner, e.g. `group:default/team-payments`. */
      owner?: string;
      /** Entity ref of the system, e.g. `system:default/payments`. */
      system?: string;
      /** Entity ref of the domain (of the system), when known. */
      domain?: string;
      /** Highest phase reached; null when not started. When `unknown` is set, the phase known to be reached (a lower bound). */
      phase: string | null;
      unknown?: components['schemas']['UnknownStanding'];
      /** Next phase to reach; null at the top. */
      nextPhase: string | null;
      /** Share of the next phase's checks that are met. */
      progress: number;
      counts: components['schemas']['OutcomeCounts'];
      /** Check ids that keep the entity from its next phase. A check whose evidence could not be read is never one. */
      blocking: string[];
      /** ISO 8601 time of the last evaluation. */
      evaluatedAt: string;
      /** Since when the entity has been at its current phase. */
      phaseSince: string;
    };
    /** Present when the entity's standing cannot be told: checks of its next phase could not be read and have no earlier conclusive outcome, and no other check of that phase fails. */
    UnknownStanding: {
      /** Why the evidence could not be read, without server paths. */
      reason: string;
      /** The required checks of the next phase that could not be read. */
      checks: string[];
    };
    EntityPage: {
      items: components['schemas']['EntitySummary'][];
      totalCount: number;
    };
    /** A check's stored result joined with its definition (the definition's members are left out with `guidance=false`). */
    EntityCheck: {
      checkId: string;
      outcome: components['schemas']['CheckOutcome'];
      evidence: components['schemas']['Evidence'][];
      /** What was looked for and not found. */
      lookedFor: string[];
      reason?: string;
      waiver?: components['schemas']['AppliedWaiver'];
      /** Whether the check keeps the entity from its next phase (never for a check whose evidence could not be read). */
      blocking: boolean;
      /** The last outcome that was not `error`, shown beside an error. */
      lastConclusive?: {
        outcome: components['schemas']['CheckOutcome'];
        evidence: components['schemas']['Evidence'][];
      };
      /** When the outcome last changed. */
      changedAt: string;
      title?: string;
      phase?: string;
      track?: string;
      required?: boolean;
      why?: string;
      howToPass?: string;
      guidanceUrl?: string;
      attestable?: boolean;
      /** What the check's rules look for in technical terms (globs, patterns, dependency names), one line a rule, for those who ask; results say it in plain words in `lookedFor`. */
      details?: string[];
    };
    PhaseProgress: {
      phaseId: string;
      name: string;
      reached: boolean;
      met: number;
      total: number;
      /** Required checks of the phase that are not met. */
      blocking: string[];
    };
    TrackScore: {
      trackId: string;
      name: string;
      met: number;
      total: number;
    };
    Scorecard: {
      summary: components['schemas']['EntitySummary'];
      /** Progress in each phase, in ladder order. */
      phases: components['schemas']['PhaseProgress'][];
      tracks: components['schemas']['TrackScore'][];
      /** Results of the checks of the checklist, in checklist order. */
      checks: components['schemas']['EntityCheck'][];
      /** Exemptions and attestations created through the API, newest first. */
      waivers: components['schemas']['Waiver'][];
    };
    PhaseChange: {
      at: string;
      from: string | null;
      to: string | null;
    };
    CheckTransition: {
      at: string;
      checkId: string;
      /** The previous outcome; null for the first evaluation. */
      from: string | null;
      to: string;
    };
    EntityHistory: {
      /** Phase changes, oldest first. */
      phases: components['schemas']['PhaseChange'][];
      /** Outcome transitions, newest first. */
      checks: components['schemas']['CheckTransition'][];
    };
    PhaseCount: {
      /** A phase id, `not-started` or `unknown`. */
      phase: string;
      name: string;
      count: number;
    };
    Blocker: {
      checkId: string;
      title: string;
      phase?: string;
      /** Entities that the check keeps from their next phase. */
      count: number;
    };
    Distribution: {
      total: number;
      /** `unknown`, `not-started`, then every phase in ladder order, zero counts included. */
      phases: components['schemas']['PhaseCount'][];
    };
    Summary: {
      total: number;
      /** `unknown`, `not-started`, then every phase in ladder order, zero counts included. */
      phases: components['schemas']['PhaseCount'][];
      /** The ten checks that keep most entities from their next phase. */
      blockers: components['schemas']['Blocker'][];
      /** How many checks keep any of the entities from their next phase (GET /blockers pages through them). */
      blockerCount: number;
    };
    BlockerPage: {
      items: components['schemas']['Blocker'][];
      totalCount: number;
    };
    TeamGroup: {
      entityRef: string;
      name: string;
      title?: string;
      /** Entity ref of the parent within the roll-up; null for its root. */
      parent: string | null;
    };
    OwnerRow: {
      owner: string;
      total: number;
      phases: components['schemas']['PhaseCount'][];
    };
    OwnerRollupRow: {
      /** Owner entity ref (a group or a user). */
      owner: string;
      title?: string;
      /** Parent group among the rows; null at the top. */
      parent: string | null;
      /** Entities owned directly. */
      direct: number;
      /** Entities owned directly or by sub-groups. */
      total: number;
      /** Rolled-up count per phase, ladder order, `unknown` and `not-started` first. */
      phases: components['schemas']['PhaseCount'][];
    };
    OwnerRollup: {
      items: components['schemas']['OwnerRollupRow'][];
    };
    TeamRollup: {
      group: components['schemas']['TeamGroup'];
      /** The group and the sub-groups that the caller may read, parents before children. */
      groups: components['schemas']['TeamGroup'][];
      /** A row per group of the roll-up, in the order of `groups`. */
      owners: components['schemas']['OwnerRow'][];
      totals: components['schemas']['Distribution'];
      blockers: components['schemas']['Blocker'][];
    };
    Trend: {
      from: string;
      to: string;
      days: {
        day: string;
        /** Count per phase id, `not-started` and `unknown`, zeros included. */
        phases: {
          [key: string]: number;
        };
      }[];
    };
    /** A run of the evaluation. Its counts are over the whole catalog and only given to callers with `maturity.catalog.refresh`. */
    EvaluationRun: {
      id: number;
      startedAt: string;
      /** Absent while the run is in progress. */
      finishedAt?: string;
      /** Entities evaluated; only for callers with `maturity.catalog.refresh`. */
      entities?: number;
      /** Entities whose evaluation failed; only for callers with `maturity.catalog.refresh`. */
      errors?: number;
      /** Entities whose repository could not be read; only for callers with `maturity.catalog.refresh`. */
      unreadable?: number;
      /**
       * `interrupted`: the run stopped before it finished (its process failed or died); `entities` then counts what it saved.
       */
      status?: 'running' | 'finished' | 'interrupted';
      /** Last sign of life of the process running it. A `running` run whose heartbeat is older than a bound is dead, and is marked `interrupted` at the next check. */
      heartbeatAt?: string;
      /** Which shard of the cycle the run evaluated (`maturity.shards`), as `index` of `count`; absent for a run of a whole cycle with one shard. */
      shard?: {
        /** From 1. */
        index: number;
        count: number;
      };
    };
    RunList: {
      items: components['schemas']['EvaluationRun'][];
    };
    /** Exactly one of `phase` and `checks`. */
    CampaignTarget: {
      /** Reach this phase: every required check of it and of the phases below it. */
      phase?: string;
      /** Meet these checks (pass, not applicable, exempt or attested). */
      checks?: string[];
    };
    /**
     * The entities a campaign covers, among those evaluated. Every key
     *     given must match; the values of one key are alternatives. Owners
     *     include their sub-groups; a bare name is a group in the default
     *     namespace, a bare system or domain name is in the default namespace.
     */
    CampaignEntityFilter: {
      owner?: components['schemas']['CampaignFilterValues'];
      system?: components['schemas']['CampaignFilterValues'];
      domain?: components['schemas']['CampaignFilterValues'];
      kind?: components['schemas']['CampaignFilterValues'];
      type?: components['schemas']['CampaignFilterValues'];
      lifecycle?: components['schemas']['CampaignFilterValues'];
      tags?: components['schemas']['CampaignFilterValues'];
    };
    CampaignFilterValues: string[];
    /**
     * Unknown keys are refused with a 400 that names them; phases and
     *     checks must be the checklist's.
     */
    CampaignChange: {
      title: string;
      /** Markdown. */
      description?: string;
      target: components['schemas']['CampaignTarget'];
      entities?: components['schemas']['CampaignEntityFilter'];
      /** First day (UTC), `YYYY-MM-DD`. */
      start: string;
      /** Last day (UTC), `YYYY-MM-DD`, not before `start`; overdue from the day after. */
      deadline: string;
    };
    NewCampaign: {
      /** Kebab-case, e.g. `foundation-by-q1`; unique among all campaigns. */
      id: string;
      title: string;
      /** Markdown. */
      description?: string;
      target: components['schemas']['CampaignTarget'];
      entities?: components['schemas']['CampaignEntityFilter'];
      /** First day (UTC), `YYYY-MM-DD`. */
      start: string;
      /** Last day (UTC), `YYYY-MM-DD`, not before `start`; overdue from the day after. */
      deadline: string;
    };
    Campaign: {
      id: string;
      title: string;
      description?: string;
      target: components['schemas']['CampaignTarget'];
      entities: components['schemas']['CampaignEntityFilter'];
      start: string;
      deadline: string;
      /**
       * Where it is defined; `config` campaigns are changed in `app-config`.
       */
      source: 'config' | 'api';
      /** The target in words, e.g. "Production Ready" or "3 checks". */
      targetTitle?: string;
      /** User entity ref of who created it through the API. */
      createdBy?: string;
      updatedAt?: string;
    };
    /**
     * `done`: target reached. `overdue`: not done after the deadline day. `at-risk`: not done and the deadline at most 14 days away, or fewer target checks met than the share of the campaign's days elapsed. `on-track`: otherwise. Days are UTC.
     */
    CampaignEntityStatus: 'done' | 'on-track' | 'at-risk' | 'overdue';
    CampaignProgress: {
      total: number;
      done: number;
      onTrack: number;
      atRisk: number;
      overdue: number;
      /** Share of the entities done; 0 when there are none. */
      doneShare: number;
    };
    CampaignOverview: {
      campaign: components['schemas']['Campaign'];
      progress: components['schemas']['CampaignProgress'];
    };
    CampaignList: {
      items: components['schemas']['CampaignOverview'][];
    };
    CampaignTeamRow: {
      /** Direct owner entity ref; null for entities without an owner. */
      owner: string | null;
      title?: string;
      progress: components['schemas']['CampaignProgress'];
    };
    CampaignDetail: {
      campaign: components['schemas']['Campaign'];
      progress: components['schemas']['CampaignProgress'];
      /** A row per direct owner, most entities not done first. */
      teams: components['schemas']['CampaignTeamRow'][];
      /** When the statuses were last computed; null before the first time. */
      computedAt: string | null;
    };
    RemainingCheck: {
      checkId: string;
      title: string;
      outcome?: components['schemas']['CheckOutcome'];
    };
    CampaignEntity: {
      entityRef: string;
      name: string;
      title?: string;
      owner?: string;
      status: components['schemas']['CampaignEntityStatus'];
      /** Target checks met. */
      met: number;
      /** Target checks in all. */
      total: number;
      /** Target checks not met yet, checklist order; empty when done. */
      remaining: components['schemas']['RemainingCheck'][];
    };
    CampaignEntityPage: {
      items: components['schemas']['CampaignEntity'][];
      totalCount: number;
    };
    EntityCampaign: {
      campaign: components['schemas']['Campaign'];
      status: components['schemas']['CampaignEntityStatus'];
      met: number;
      total: number;
      remaining: components['schemas']['RemainingCheck'][];
    };
    EntityCampaignList: {
      items: components['schemas']['EntityCampaign'][];
    };
    CampaignBurndown: {
      start: string;
      deadline: string;
      days: {
        day: string;
        total: number;
        done: number;
        onTrack: number;
        atRisk: number;
        overdue: number;
      }[];
    };
  };
  responses: {
    /** An error, in Backstage's error format. */
    ErrorResponse: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
  };
  parameters: {
    /** The campaign's kebab-case id. */
    campaignId: string;
    /** The entity's kind, e.g. `component` (a letter, then letters and digits), case-insensitive. */
    kind: string;
    /** The entity's namespace, e.g. `default` (letters, digits and `-`), case-insensitive. */
    namespace: string;
    /** The entity's name, e.g. `payments-api` (letters and digits, with `-`, `_` and `.` between them), case-insensitive. */
    name: string;
    /**
     * Owner entity refs (`group:default/team-a`; a bare name means a group
     *     in the default namespace). Groups include their sub-groups.
     *     Repeatable; any of them matches.
     */
    owner: string[];
    /** System entity refs (a bare name means `system:default/<name>`). Repeatable. */
    system: string[];
    /** Domain entity refs (a bare name means `domain:default/<name>`). Repeatable. */
    domain: string[];
    /** `spec.type` values, e.g. `service`. Repeatable. */
    type: string[];
    /** `spec.lifecycle` values, e.g. `production`. Repeatable. */
    lifecycle: string[];
    /** Entity kinds, e.g. `component`. Repeatable. */
    kindFilter: string[];
    /** Phase ids of the checklist, `not-started`, or `unknown` (entities whose standing could not be decided because evidence could not be read). An entity whose standing is unknown matches only `unknown`. Repeatable. */
    phase: string[];
    /** Check ids; only entities that one of these checks keeps from their next phase. Repeatable. */
    blocker: string[];
    /** Substring of the entity's name or title, case-insensitive; control characters are refused. */
    search: string;
    /** Field to sort by; `phase` sorts in ladder order, then by progress. */
    sort:
      | 'name'
      | 'phase'
      | 'progress'
      | 'owner'
      | 'system'
      | 'type'
      | 'lifecycle'
      | 'evaluatedAt';
    order: 'asc' | 'desc';
    /** Page size, a plain decimal integer. */
    limit: number;
    /** Entities to skip, a plain decimal integer. */
    offset: number;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
/** @public */
export type $defs = Record<string, never>;
/** @public */
export interface operations {
  getHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The plugin is up. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            status: 'ok';
          };
        };
      };
    };
  };
  getChecklist: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The checklist in force. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Checklist'];
        };
      };
      401: components['responses']['ErrorResponse'];
      403: components['responses']['ErrorResponse'];
    };
  };
  listEntities: {
    parameters: {
      query?: {
        /**
         * Owner entity refs (`group:default/team-a`; a bare name means a group
         *     in the default namespace). Groups include their sub-groups.
         *     Repeatable; any of them matches.
         */
        owner?: components['parameters']['owner'];
        /** System entity refs (a bare name means `system:default/<name>`). Repeatable. */
        system?: components['parameters']['system'];
        /** Domain entity refs (a bare name means `domain:default/<name>`). Repeatable. */
        domain?: components['parameters']['domain'];
        /** `spec.type` values, e.g. `service`. Repeatable. */
        type?: components['parameters']['type'];
        /** `spec.lifecycle` values, e.g. `production`. Repeatable. */
        lifecycle?: components['parameters']['lifecycle'];
        /** Entity kinds, e.g. `component`. Repeatable. */
        kind?: components['parameters']['kindFilter'];
        /** Phase ids of the checklist, `not-started`, or `unknown` (entities whose standing could not be decided because evidence could not be read). An entity whose standing is unknown matches only `unknown`. Repeatable. */
        phase?: components['parameters']['phase'];
        /** Substring of the entity's name or title, case-insensitive; control characters are refused. */
        search?: components['parameters']['search'];
        /** Check ids; only entities that one of these checks keeps from their next phase. Repeatable. */
        blocker?: components['parameters']['blocker'];
        /** Field to sort by; `phase` sorts in ladder order, then by progress. */
        sort?: components['parameters']['sort'];
        order?: components['parameters']['order'];
        /** Page size, a plain decimal integer. */
        limit?: components['parameters']['limit'];
        /** Entities to skip, a plain decimal integer. */
        offset?: components['parameters']['offset'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The page and the number of matching entities. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EntityPage'];
        };
      };
      400: components['responses']['ErrorResponse'];
      401: components['responses']['ErrorResponse'];
      403: components['responses']['ErrorResponse'];
    };
  };
  getScorecard: {
    parameters: {
      query?: {
        /** `false` leaves each check's definition (title, phase, track, required, why, howToPass, guidanceUrl, attestable, details) out of `checks`, for clients that join the results with GET /checklist, fetched once. */
        guidance?: boolean;
      };
      header?: never;
      path: {
        /** The entity's kind, e.g. `component` (a letter, then letters and digits), case-insensitive. */
        kind: components['parameters']['kind'];
        /** The entity's namespace, e.g. `default` (letters, digits and `-`), case-insensitive. */
        namespace: components['parameters']['namespace'];
        /** The entity's name, e.g. `payments-api` (letters and digits, with `-`, `_` and `.` between them), case-insensitive. */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The entity's scorecard. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Scorecard'];
        };
      };
      401: components['responses']['ErrorResponse'];
      403: components['responses']['ErrorResponse'];
      /** Not in the catalog, hidden from the caller, or not evaluated yet. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getEntityHistory: {
    parameters: {
      query?: {
        /** Most check transitions to return, newest first. */
        limit?: number;
      };
      header?: never;
      path: {
        /** The entity's kind, e.g. `component` (a letter, then letters and digits), case-insensitive. */
        kind: components['parameters']['kind'];
        /** The entity's namespace, e.g. `default` (letters, digits and `-`), case-insensitive. */
        namespace: components['parameters']['namespace'];
        /** The entity's name, e.g. `payments-api` (letters and digits, with `-`, `_` and `.` between them), case-insensitive. */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The entity's history. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EntityHistory'];
        };
      };
      400: components['responses']['ErrorResponse'];
      401: components['responses']['ErrorResponse'];
      403: components['responses']['ErrorResponse'];
      404: components['responses']['ErrorResponse'];
    };
  };
  refreshEntity: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** The entity's kind, e.g. `component` (a letter, then letters and digits), case-insensitive. */
        kind: components['parameters']['kind'];
        /** The entity's namespace, e.g. `default` (letters, digits and `-`), case-insensitive. */
        namespace: components['parameters']['namespace'];
        /** The entity's name, e.g. `payments-api` (letters and digits, with `-`, `_` and `.` between them), case-insensitive. */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The entity was evaluated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            summary: components['schemas']['EntitySummary'];
          };
        };
      };
      /** The entity is not one that the plugin evaluates (`maturity.entityFilter`). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      401: components['responses']['ErrorResponse'];
      403: components['responses']['ErrorResponse'];
      404: components['responses']['ErrorResponse'];
    };
  };
  listWaivers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** The entity's kind, e.g. `component` (a letter, then letters and digits), case-insensitive. */
        kind: components['parameters']['kind'];
        /** The entity's namespace, e.g. `default` (letters, digits and `-`), case-insensitive. */
        namespace: components['parameters']['namespace'];
        /** The entity's name, e.g. `payments-api` (letters and digits, with `-`, `_` and `.` between them), case-insensitive. */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The waivers. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WaiverList'];
        };
      };
      401: components['responses']['ErrorResponse'];
      403: components['responses']['ErrorResponse'];
      404: components['responses']['ErrorResponse'];
    };
  };
  createWaiver: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** The entity's kind, e.g. `component` (a letter, then letters and digits), case-insensitive. */
        kind: components['parameters']['kind'];
        /** The entity's namespace, e.g. `default` (letters, digits and `-`), case-insensitive. */
        namespace: components['parameters']['namespace'];
        /** The entity's name, e.g. `payments-api` (letters and digits, with `-`, `_` and `.` between them), case-insensitive. */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NewWaiver'];
      };
    };
    responses: {
      /** The waiver was created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Waiver'];
        };
      };
      400: components['responses']['ErrorResponse'];
      401: components['responses']['ErrorResponse'];
      403: components['responses']['ErrorResponse'];
      404: components['responses']['ErrorResponse'];
      /** An active waiver of the check exists; revoke it first. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  revokeWaiver: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** The waiver's id, as created (a UUID). */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RevokeWaiver'];
      };
    };
    responses: {
      /** The revoked waiver. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Waiver'];
        };
      };
      400: components['responses']['ErrorResponse'];
      401: components['responses']['ErrorResponse'];
      403: components['responses']['ErrorResponse'];
      404: components['responses']['ErrorResponse'];
      /** The waiver was already revoked. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getBadge: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** The entity's kind, e.g. `component` (a letter, then letters and digits), case-insensitive. */
        kind: components['parameters']['kind'];
        /** The entity's namespace, e.g. `default` (letters, digits and `-`), case-insensitive. */
        namespace: components['parameters']['namespace'];
        /** The entity's name, e.g. `payments-api` (letters and digits, with `-`, `_` and `.` between them), case-insensitive. */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The badge. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'image/svg+xml': string;
        };
      };
      401: components['responses']['ErrorResponse'];
      403: components['responses']['ErrorResponse'];
      404: components['responses']['ErrorResponse'];
    };
  };
  refreshCatalog: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * The evaluation was started, or one is running already
       *     (`already-running`).
       */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            status: 'started' | 'already-running';
          };
        };
      };
      401: components['responses']['ErrorResponse'];
      403: components['responses']['ErrorResponse'];
    };
  };
  getSummary: {
    parameters: {
      query?: {
        /**
         * Owner entity refs (`group:default/team-a`; a bare name means a group
         *     in the default namespace). Groups include their sub-groups.
         *     Repeatable; any of them matches.
         */
        owner?: components['parameters']['owner'];
        /** System entity refs (a bare name means `system:default/<name>`). Repeatable. */
        system?: components['parameters']['system'];
        /** Domain entity refs (a bare name means `domain:default/<name>`). Repeatable. */
        domain?: components['parameters']['domain'];
        /** `spec.type` values, e.g. `service`. Repeatable. */
        type?: components['parameters']['type'];
        /** `spec.lifecycle` values, e.g. `production`. Repeatable. */
        lifecycle?: components['parameters']['lifecycle'];
        /** Entity kinds, e.g. `component`. Repeatable. */
        kind?: components['parameters']['kindFilter'];
        /** Phase ids of the checklist, `not-started`, or `unknown` (entities whose standing could not be decided because evidence could not be read). An entity whose standing is unknown matches only `unknown`. Repeatable. */
        phase?: components['parameters']['phase'];
        /** Substring of the entity's name or title, case-insensitive; control characters are refused. */
        search?: components['parameters']['search'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The summary. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Summary'];
        };
      };
      400: components['responses']['ErrorResponse'];
      401: components['responses']['ErrorResponse'];
      403: components['responses']['ErrorResponse'];
    };
  };
  listBlockers: {
    parameters: {
      query?: {
        /**
         * Owner entity refs (`group:default/team-a`; a bare name means a group
         *     in the default namespace). Groups include their sub-groups.
         *     Repeatable; any of them matches.
         */
        owner?: components['parameters']['owner'];
        /** System entity refs (a bare name means `system:default/<name>`). Repeatable. */
        system?: components['parameters']['system'];
        /** Domain entity refs (a bare name means `domain:default/<name>`). Repeatable. */
        domain?: components['parameters']['domain'];
        /** `spec.type` values, e.g. `service`. Repeatable. */
        type?: components['parameters']['type'];
        /** `spec.lifecycle` values, e.g. `production`. Repeatable. */
        lifecycle?: components['parameters']['lifecycle'];
        /** Entity kinds, e.g. `component`. Repeatable. */
        kind?: components['parameters']['kindFilter'];
        /** Phase ids of the checklist, `not-started`, or `unknown` (entities whose standing could not be decided because evidence could not be read). An entity whose standing is unknown matches only `unknown`. Repeatable. */
        phase?: components['parameters']['phase'];
        /** Substring of the entity's name or title, case-insensitive; control characters are refused. */
        search?: components['parameters']['search'];
        /** Page size, a plain decimal integer. */
        limit?: components['parameters']['limit'];
        /** Entities to skip, a plain decimal integer. */
        offset?: components['parameters']['offset'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The page and the number of checks that block any of the entities. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BlockerPage'];
        };
      };
      400: components['responses']['ErrorResponse'];
      401: components['responses']['ErrorResponse'];
      403: components['responses']['ErrorResponse'];
    };
  };
  getOwnerRollup: {
    parameters: {
      query?: {
        /**
         * Owner entity refs (`group:default/team-a`; a bare name means a group
         *     in the default namespace). Groups include their sub-groups.
         *     Repeatable; any of them matches.
         */
        owner?: components['parameters']['owner'];
        /** System entity refs (a bare name means `system:default/<name>`). Repeatable. */
        system?: components['parameters']['system'];
        /** Domain entity refs (a bare name means `domain:default/<name>`). Repeatable. */
        domain?: components['parameters']['domain'];
        /** `spec.type` values, e.g. `service`. Repeatable. */
        type?: components['parameters']['type'];
        /** `spec.lifecycle` values, e.g. `production`. Repeatable. */
        lifecycle?: components['parameters']['lifecycle'];
        /** Entity kinds, e.g. `component`. Repeatable. */
        kind?: components['parameters']['kindFilter'];
        /** Phase ids of the checklist, `not-started`, or `unknown` (entities whose standing could not be decided because evidence could not be read). An entity whose standing is unknown matches only `unknown`. Repeatable. */
        phase?: components['parameters']['phase'];
        /** Substring of the entity's name or title, case-insensitive; control characters are refused. */
        search?: components['parameters']['search'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The rows, ordered by owner ref. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OwnerRollup'];
        };
      };
      400: components['responses']['ErrorResponse'];
      401: components['responses']['ErrorResponse'];
      403: components['responses']['ErrorResponse'];
    };
  };
  getTeamRollup: {
    parameters: {
      query?: {
        /** System entity refs (a bare name means `system:default/<name>`). Repeatable. */
        system?: components['parameters']['system'];
        /** Domain entity refs (a bare name means `domain:default/<name>`). Repeatable. */
        domain?: components['parameters']['domain'];
        /** `spec.type` values, e.g. `service`. Repeatable. */
        type?: components['parameters']['type'];
        /** `spec.lifecycle` values, e.g. `production`. Repeatable. */
        lifecycle?: components['parameters']['lifecycle'];
        /** Entity kinds, e.g. `component`. Repeatable. */
        kind?: components['parameters']['kindFilter'];
      };
      header?: never;
      path: {
        /** The entity's namespace, e.g. `default` (letters, digits and `-`), case-insensitive. */
        namespace: components['parameters']['namespace'];
        /** The entity's name, e.g. `payments-api` (letters and digits, with `-`, `_` and `.` between them), case-insensitive. */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The roll-up. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamRollup'];
        };
      };
      400: components['responses']['ErrorResponse'];
      401: components['responses']['ErrorResponse'];
      403: components['responses']['ErrorResponse'];
      /** No such group, or hidden from the caller. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getTrend: {
    parameters: {
      query?: {
        /** First day (UTC), `YYYY-MM-DD`; defaults to 90 days before `to`. */
        from?: string;
        /** Last day (UTC), `YYYY-MM-DD`; defaults to today. At most two years after `from`. */
        to?: string;
        /**
         * Owner entity refs (`group:default/team-a`; a bare name means a group
         *     in the default namespace). Groups include their sub-groups.
         *     Repeatable; any of them matches.
         */
        owner?: components['parameters']['owner'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The trend. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Trend'];
        };
      };
      400: components['responses']['ErrorResponse'];
      401: components['responses']['ErrorResponse'];
      403: components['responses']['ErrorResponse'];
    };
  };
  listRuns: {
    parameters: {
      query?: {
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The runs. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RunList'];
        };
      };
      400: components['responses']['ErrorResponse'];
      401: components['responses']['ErrorResponse'];
      403: components['responses']['ErrorResponse'];
    };
  };
  listEntityCampaigns: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** The entity's kind, e.g. `component` (a letter, then letters and digits), case-insensitive. */
        kind: components['parameters']['kind'];
        /** The entity's namespace, e.g. `default` (letters, digits and `-`), case-insensitive. */
        namespace: components['parameters']['namespace'];
        /** The entity's name, e.g. `payments-api` (letters and digits, with `-`, `_` and `.` between them), case-insensitive. */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The entity's campaigns. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EntityCampaignList'];
        };
      };
      401: components['responses']['ErrorResponse'];
      403: components['responses']['ErrorResponse'];
      404: components['responses']['ErrorResponse'];
    };
  };
  listCampaigns: {
    parameters: {
      query?: {
        /**
         * Owner entity refs (`group:default/team-a`; a bare name means a group
         *     in the default namespace). Groups include their sub-groups.
         *     Repeatable; any of them matches.
         */
        owner?: components['parameters']['owner'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The campaigns, by deadline. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CampaignList'];
        };
      };
      400: components['responses']['ErrorResponse'];
      401: components['responses']['ErrorResponse'];
      403: components['responses']['ErrorResponse'];
    };
  };
  createCampaign: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NewCampaign'];
      };
    };
    responses: {
      /** The campaign was created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Campaign'];
        };
      };
      400: components['responses']['ErrorResponse'];
      401: components['responses']['ErrorResponse'];
      403: components['responses']['ErrorResponse'];
      /** A campaign with this id exists. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getCampaign: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** The campaign's kebab-case id. */
        campaignId: components['parameters']['campaignId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The campaign. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CampaignDetail'];
        };
      };
      400: components['responses']['ErrorResponse'];
      401: components['responses']['ErrorResponse'];
      403: components['responses']['ErrorResponse'];
      404: components['responses']['ErrorResponse'];
    };
  };
  updateCampaign: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** The campaign's kebab-case id. */
        campaignId: components['parameters']['campaignId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CampaignChange'];
      };
    };
    responses: {
      /** The changed campaign. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Campaign'];
        };
      };
      400: components['responses']['ErrorResponse'];
      401: components['responses']['ErrorResponse'];
      403: components['responses']['ErrorResponse'];
      404: components['responses']['ErrorResponse'];
      /** The campaign is defined in `app-config`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteCampaign: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** The campaign's kebab-case id. */
        campaignId: components['parameters']['campaignId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The campaign was deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['ErrorResponse'];
      401: components['responses']['ErrorResponse'];
      403: components['responses']['ErrorResponse'];
      404: components['responses']['ErrorResponse'];
      /** The campaign is defined in `app-config`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listCampaignEntities: {
    parameters: {
      query?: {
        /** Only entities with these statuses. Repeatable. */
        status?: components['schemas']['CampaignEntityStatus'][];
        /**
         * Owner entity refs (`group:default/team-a`; a bare name means a group
         *     in the default namespace). Groups include their sub-groups.
         *     Repeatable; any of them matches.
         */
        owner?: components['parameters']['owner'];
        /** Page size, a plain decimal integer. */
        limit?: components['parameters']['limit'];
        /** Entities to skip, a plain decimal integer. */
        offset?: components['parameters']['offset'];
      };
      header?: never;
      path: {
        /** The campaign's kebab-case id. */
        campaignId: components['parameters']['campaignId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** A page of the campaign's entities. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CampaignEntityPage'];
        };
      };
      400: components['responses']['ErrorResponse'];
      401: components['responses']['ErrorResponse'];
      403: components['responses']['ErrorResponse'];
      404: components['responses']['ErrorResponse'];
    };
  };
  getCampaignBurndown: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** The campaign's kebab-case id. */
        campaignId: components['parameters']['campaignId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The burndown. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CampaignBurndown'];
        };
      };
      400: components['responses']['ErrorResponse'];
      401: components['responses']['ErrorResponse'];
      403: components['responses']['ErrorResponse'];
      404: components['responses']['ErrorResponse'];
    };
  };
}
