import type { HumanDuration } from '@backstage/types';

export interface Config {
  /** Configuration of the maturity scorecard. */
  maturity?: {
    /**
     * When and how long the scheduled evaluation of the catalog runs, read
     * as the platform reads task schedules; each key left out takes its
     * default. The task is `global`: one replica runs it at a time.
     */
    schedule?: {
      /**
       * How often the catalog is evaluated: a duration of at least 1 minute,
       * `{ cron: '0 * * * *' }`, or `{ trigger: manual }` to evaluate only
       * when asked. Default: 30 minutes.
       */
      frequency?:
        | HumanDuration
        | string
        | { cron: string }
        | { trigger: 'manual' };
      /** How long one cycle may take before it is abandoned; more than 0. Default: 20 minutes. */
      timeout?: HumanDuration | string;
      /** Delay after start-up before the first cycle; 0 or more. Default: 10 seconds. */
      initialDelay?: HumanDuration | string;
      /**
       * Allows a `frequency` under 1 minute (still more than 0). Meant for
       * tests and demos: a full cycle every few seconds loads the catalog
       * and the code hosts. Default: false.
       */
      allowShortFrequency?: boolean;
    };
    /**
     * Which catalog entities are evaluated, as catalog filters (the same
     * shape as the catalog API's `filter`). Default: `[{ kind: component }]`.
     */
    entityFilter?: Array<{ [key: string]: string | string[] }>;
    /**
     * Entities per catalog page. A cycle evaluates and saves pages together,
     * at least 1,000 entities at a time. Default: 200.
     */
    batchSize?: number;
    /**
     * Shards a cycle is split into, so that several replicas sharing one
     * database (PostgreSQL) evaluate the catalog together: each shard is a
     * global task of its own (`maturity-evaluate-catalog-shard-<i>-of-<n>`)
     * that evaluates the entities whose ref hashes into it, so replicas run
     * different shards at the same time, and a shard whose replica died is
     * taken over by another. With 1, the default, the cycle is one task,
     * `maturity-evaluate-catalog`, as before. The schedule applies to each
     * shard; changing the count starts new tasks.
     */
    shards?: number;
    /**
     * Re-evaluation on events, through the events service: an entity whose
     * catalog definition changed (announced by the catalog module), and the
     * entities of a repository whose default branch got a push (`github.push`
     * and `gitlab.push` of the GitHub and GitLab webhook modules), are
     * re-evaluated within seconds. The cycle stays as the safety net.
     */
    events?: {
      /** Whether events trigger re-evaluation. Default: true. */
      enabled?: boolean;
      /**
       * How long to wait after an event for more before evaluating the
       * entities they name together; more than 0. Default: 5 seconds.
       */
      debounce?: HumanDuration | string;
    };
    /** Reading the repositories of the entities. */
    repositories?: {
      /** Repository reads in parallel. Default: 4. */
      concurrency?: number;
      /**
       * Worker threads that read mirrored repositories and evaluate every
       * repository (those read through the URL readers too), so that a
       * large repository does not hold up the API; 0 does it all on the
       * main thread. Default 1.
       */
      workers?: number;
      /** How long one repository read may take; more than 0. Default: 60 seconds. */
      readTimeout?: HumanDuration | string;
      /**
       * Consecutive failed reads of one host after which the rest of the
       * cycle skips that host. A rate-limit answer (HTTP 403/429) trips it
       * at once. Default: 3.
       */
      circuitBreakerFailures?: number;
      /** Bounds of one repository read. */
      limits?: {
        /** Files listed at most; more makes the listing incomplete. Default: 100000. */
        maxFiles?: number;
        /** Largest file whose text is read, in bytes. Default: 1048576. */
        maxFileBytes?: number;
        /** Text read per repository in all, in bytes. Default: 33554432. */
        maxTotalBytes?: number;
      };
      /**
       * Repositories read from a local directory instead of their host:
       * a source location starting with `urlPrefix` is read from
       * `directory` plus the rest of the path up to the branch
       * (`https://github.com/acme/payments/tree/main/` with prefix
       * `https://github.com/acme/` reads `<directory>/payments`). Used for
       * offline demos and mirrors; directories are relative to the backend's
       * working directory.
       */
      mirrors?: Array<{
        urlPrefix: string;
        directory: string;
      }>;
      /**
       * The git history of mirrored repositories whose folder is a git
       * repository of its own (a clone or a bare mirror): recent commits,
       * tags, branches and docs changes, for `trunk-based`,
       * `commit-conventions`, `co-authored-by`, `semver` and `docs-as-code`.
       * Repositories read from their host get these facts from a code host
       * module (GitHub, GitLab) instead.
       */
      gitHistory?: {
        /** Default: true. */
        enabled?: boolean;
        /** Commits read from the default branch at most. Default: 200. */
        maxCommits?: number;
      };
    };
    /**
     * How long history, snapshots and runs are kept; at least 1 day.
     * Default: 365 days.
     */
    retention?: HumanDuration | string;
    /**
     * The organisation's changes to the default checklist: renamed phases,
     * disabled, moved, changed and added checks. See the plugin README.
     */
    checklist?: {
      /** Default guidance link of checks without one: `<base>#<check id>`. */
      guidanceBaseUrl?: string;
      phases?: Array<{ id: string; name?: string; description?: string }>;
      tracks?: Array<{ id: string; name?: string; description?: string }>;
      /** Ids of checks switched off. */
      disable?: string[];
      /** Checks to change (existing id) or add (new id). */
      checks?: Array<{ [key: string]: unknown }>;
    };
    /**
     * Campaigns: a target for a set of entities by a deadline. Validated at
     * startup against the checklist in force; every wrong key is reported.
     */
    campaigns?: Array<{
      /** Stable kebab-case id, e.g. `foundation-by-q1`. */
      id: string;
      /** Shown to users; must not be empty. */
      title: string;
      /** Why and how, in Markdown. */
      description?: string;
      /**
       * What each entity must reach: a phase id (with the required checks of
       * the phases below), or a list of check ids. Exactly one of the two.
       */
      target: { phase?: string; checks?: string[] };
      /**
       * The entities covered. Every key given must match; the values of one
       * key are alternatives. Left out: every evaluated entity.
       */
      entities?: {
        /**
         * Owner entity refs; a bare name is `group:default/<name>`.
         * Sub-groups are included.
         */
        owner?: string[];
        /** Systems the entities are part of. */
        system?: string[];
        /** Domains of the entities' systems. */
        domain?: string[];
        /** Entity kinds, e.g. `Component`. */
        kind?: string[];
        /** `spec.type` values, e.g. `service`. */
        type?: string[];
        /** `spec.lifecycle` values, e.g. `production`. */
        lifecycle?: string[];
        /** Entity tags; any one matches. */
        tags?: string[];
      };
      /** First day, `YYYY-MM-DD` (UTC). */
      start: string;
      /** Last day, `YYYY-MM-DD` (UTC), not before start; overdue from the next day. */
      deadline: string;
    }>;
    /**
     * Notifications to the owners of entities, sent after each evaluation
     * cycle through Backstage's notifications service (the notifications
     * backend must be installed). Each is sent once, whatever the number of
     * cycles and replicas. Validated at startup; every wrong key is reported.
     */
    notifications?: {
      /** Off: nothing is sent. Default: true. */
      enabled?: boolean;
      /**
       * On the first run, only transitions (regressions, newly failing
       * checks) of the last this many hours are notified, so that
       * installing does not send every past one. Default: 24.
       */
      lookbackHours?: number;
      /** An entity falls back a phase. */
      phaseRegression?: {
        /** Default: true. */
        enabled?: boolean;
      };
      /** A required check that was met fails. */
      checkFailing?: {
        /** Default: true. */
        enabled?: boolean;
      };
      /** An exemption or attestation is about to end. */
      waiverExpiry?: {
        /** Default: true. */
        enabled?: boolean;
        /**
         * Days before its last valid day (UTC) that a reminder is sent,
         * once each; positive whole numbers up to 365. Default: [14, 3].
         */
        daysBefore?: number[];
      };
      /**
       * A campaign deadline is near: one reminder per owner listing its
       * entities not done.
       */
      campaignDeadline?: {
        /** Default: true. */
        enabled?: boolean;
        /**
         * Days before the deadline (UTC) that a reminder is sent, once each;
         * positive whole numbers up to 365. Default: [14, 3].
         */
        daysBefore?: number[];
      };
      /**
       * A weekly summary per owning team: entities per phase, regressions
       * and newly failing checks of the last 7 days, top blockers.
       */
      weeklyDigest?: {
        /** Default: false. */
        enabled?: boolean;
        /** Day of the week (UTC) it is sent, or the first cycle after it. Default: monday. */
        weekday?:
          | 'monday'
          | 'tuesday'
          | 'wednesday'
          | 'thursday'
          | 'friday'
          | 'saturday'
          | 'sunday';
      };
    };
  };
}
