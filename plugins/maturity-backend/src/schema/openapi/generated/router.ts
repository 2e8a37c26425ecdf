// Generated from plugins/maturity-backend/src/schema/openapi.yaml by `yarn generate:openapi`
// (plugins/maturity-backend/scripts/generateOpenApi.js); do not edit.

import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';

export const spec = {
  openapi: '3.1.0',
  info: {
    title: 'maturity',
    version: '1',
    description:
      "REST API of the maturity scorecard, under `/api/maturity`.\n\nEvery route but `/health` needs a Backstage token (user or service).\nReads need `maturity.scorecard.read` and only show entities that the\ncaller may read in the catalog: lists and aggregates leave hidden\nentities out, and a hidden entity's own routes answer 404 as if it did\nnot exist. Writes need the permissions named on each route.\n\nEntity refs in responses are lower case (`component:default/payments-api`).\nAn entity that has not reached the first phase has phase `null` in\nentity rows and `not-started` in counts and filters.\n\nBad parameters get 400 with a message that names the parameter or\nbody field, e.g. `request/query/limit must be >= 1` or\n`Invalid query parameter \"from\": 2025-02-30 is not a date`:\nnumbers only as plain decimal integers (`10`, never `1e1`, `0x10` or\n`Infinity`); entity refs and their parts (`kind`, `namespace`, `name`\nin paths; `owner`, `system`, `domain`) only as the catalog allows them\n(ASCII letters, digits and `-_.`, at most 63 characters a part); no\ncontrol characters in any string (line breaks and tabs are allowed\nin body text such as a waiver's reason or a campaign's description).\n",
    license: {
      name: 'Apache-2.0',
      url: 'http://www.apache.org/licenses/LICENSE-2.0.html',
    },
  },
  servers: [
    {
      url: '/',
    },
  ],
  tags: [
    {
      name: 'Checklist',
    },
    {
      name: 'Entities',
    },
    {
      name: 'Aggregates',
    },
    {
      name: 'Waivers',
    },
    {
      name: 'Evaluation',
    },
    {
      name: 'Campaigns',
    },
  ],
  paths: {
    '/health': {
      get: {
        operationId: 'getHealth',
        summary: 'Liveness of the plugin; needs no token.',
        responses: {
          '200': {
            description: 'The plugin is up.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['status'],
                  properties: {
                    status: {
                      type: 'string',
                      enum: ['ok'],
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
    '/checklist': {
      get: {
        operationId: 'getChecklist',
        tags: ['Checklist'],
        summary:
          'The phases, tracks and checks that entities are evaluated against.',
        responses: {
          '200': {
            description: 'The checklist in force.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Checklist',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '403': {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/entities': {
      get: {
        operationId: 'listEntities',
        tags: ['Entities'],
        summary: 'A page of evaluated entities, filtered and sorted.',
        parameters: [
          {
            $ref: '#/components/parameters/owner',
          },
          {
            $ref: '#/components/parameters/system',
          },
          {
            $ref: '#/components/parameters/domain',
          },
          {
            $ref: '#/components/parameters/type',
          },
          {
            $ref: '#/components/parameters/lifecycle',
          },
          {
            $ref: '#/components/parameters/kindFilter',
          },
          {
            $ref: '#/components/parameters/phase',
          },
          {
            $ref: '#/components/parameters/search',
          },
          {
            $ref: '#/components/parameters/blocker',
          },
          {
            $ref: '#/components/parameters/sort',
          },
          {
            $ref: '#/components/parameters/order',
          },
          {
            $ref: '#/components/parameters/limit',
          },
          {
            $ref: '#/components/parameters/offset',
          },
        ],
        responses: {
          '200': {
            description: 'The page and the number of matching entities.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/EntityPage',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '401': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '403': {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/entities/{kind}/{namespace}/{name}': {
      get: {
        operationId: 'getScorecard',
        tags: ['Entities'],
        summary:
          "An entity's scorecard, with every check's result and guidance.",
        parameters: [
          {
            $ref: '#/components/parameters/kind',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
          {
            name: 'guidance',
            in: 'query',
            description:
              "`false` leaves each check's definition (title, phase, track, required, why, howToPass, guidanceUrl, attestable, details) out of `checks`, for clients that join the results with GET /checklist, fetched once.",
            schema: {
              type: 'boolean',
              default: true,
            },
          },
        ],
        responses: {
          '200': {
            description: "The entity's scorecard.",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Scorecard',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '403': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '404': {
            description:
              'Not in the catalog, hidden from the caller, or not evaluated yet.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
        },
      },
    },
    '/entities/{kind}/{namespace}/{name}/history': {
      get: {
        operationId: 'getEntityHistory',
        tags: ['Entities'],
        summary: "An entity's phase timeline and its latest check transitions.",
        parameters: [
          {
            $ref: '#/components/parameters/kind',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
          {
            name: 'limit',
            in: 'query',
            description: 'Most check transitions to return, newest first.',
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 500,
              default: 100,
            },
          },
        ],
        responses: {
          '200': {
            description: "The entity's history.",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/EntityHistory',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '401': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '403': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '404': {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/entities/{kind}/{namespace}/{name}/refresh': {
      post: {
        operationId: 'refreshEntity',
        tags: ['Evaluation'],
        summary: 'Re-evaluates one entity now and returns its new summary.',
        description:
          'Needs `maturity.entity.refresh` on the entity. The evaluation reads\nthe repository again (ignoring its etag) and takes a few seconds;\nconcurrent requests for the same entity share one evaluation.\n',
        parameters: [
          {
            $ref: '#/components/parameters/kind',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
        ],
        responses: {
          '200': {
            description: 'The entity was evaluated.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['summary'],
                  properties: {
                    summary: {
                      $ref: '#/components/schemas/EntitySummary',
                    },
                  },
                },
              },
            },
          },
          '400': {
            description:
              'The entity is not one that the plugin evaluates (`maturity.entityFilter`).',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '403': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '404': {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/entities/{kind}/{namespace}/{name}/waivers': {
      get: {
        operationId: 'listWaivers',
        tags: ['Waivers'],
        summary:
          "The entity's exemptions and attestations, active and past, newest first.",
        parameters: [
          {
            $ref: '#/components/parameters/kind',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
        ],
        responses: {
          '200': {
            description: 'The waivers.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/WaiverList',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '403': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '404': {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      post: {
        operationId: 'createWaiver',
        tags: ['Waivers'],
        summary:
          'Exempts the entity from a check, or attests that it meets one.',
        description:
          'Needs `maturity.exemption.manage` on the entity, which must be one\nthat the plugin evaluates (`maturity.entityFilter`, 400 otherwise).\nThe waiver counts from the next evaluation (scheduled, or\n`POST .../refresh`). Who, when, why and until when are recorded in\nthe audit trail.\n',
        parameters: [
          {
            $ref: '#/components/parameters/kind',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/NewWaiver',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The waiver was created.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Waiver',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '401': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '403': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '404': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '409': {
            description:
              'An active waiver of the check exists; revoke it first.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
        },
      },
    },
    '/waivers/{id}': {
      delete: {
        operationId: 'revokeWaiver',
        tags: ['Waivers'],
        summary: 'Revokes a waiver, recording who, when and why.',
        description:
          "Needs `maturity.exemption.manage` on the waiver's entity.",
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            description: "The waiver's id, as created (a UUID).",
            schema: {
              type: 'string',
              minLength: 1,
              maxLength: 100,
              pattern: '^[A-Za-z0-9][A-Za-z0-9-]*$',
            },
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/RevokeWaiver',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The revoked waiver.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Waiver',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '401': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '403': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '404': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '409': {
            description: 'The waiver was already revoked.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
        },
      },
    },
    '/badges/{kind}/{namespace}/{name}.svg': {
      get: {
        operationId: 'getBadge',
        tags: ['Entities'],
        summary: "A shields-style SVG badge of the entity's phase.",
        description:
          '`maturity | Production Ready`, coloured by rung; grey `not evaluated`\nfor an entity in the catalog that has no results yet. Like every\nroute it needs a token; badges live under `/badges` so that an\ninstallation could open exactly this prefix with an auth policy.\n',
        parameters: [
          {
            $ref: '#/components/parameters/kind',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
        ],
        responses: {
          '200': {
            description: 'The badge.',
            content: {
              'image/svg+xml': {
                schema: {
                  type: 'string',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '403': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '404': {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/refresh': {
      post: {
        operationId: 'refreshCatalog',
        tags: ['Evaluation'],
        summary: 'Starts an evaluation of the whole catalog now.',
        description: 'Needs `maturity.catalog.refresh`.',
        responses: {
          '202': {
            description:
              'The evaluation was started, or one is running already\n(`already-running`).\n',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['status'],
                  properties: {
                    status: {
                      type: 'string',
                      enum: ['started', 'already-running'],
                    },
                  },
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '403': {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/summary': {
      get: {
        operationId: 'getSummary',
        tags: ['Aggregates'],
        summary:
          'Phase distribution and top blockers of the filtered entities.',
        parameters: [
          {
            $ref: '#/components/parameters/owner',
          },
          {
            $ref: '#/components/parameters/system',
          },
          {
            $ref: '#/components/parameters/domain',
          },
          {
            $ref: '#/components/parameters/type',
          },
          {
            $ref: '#/components/parameters/lifecycle',
          },
          {
            $ref: '#/components/parameters/kindFilter',
          },
          {
            $ref: '#/components/parameters/phase',
          },
          {
            $ref: '#/components/parameters/search',
          },
        ],
        responses: {
          '200': {
            description: 'The summary.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Summary',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '401': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '403': {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/blockers': {
      get: {
        operationId: 'listBlockers',
        tags: ['Aggregates'],
        summary:
          'A page of the checks that keep the filtered entities from their next phase, most entities first.',
        parameters: [
          {
            $ref: '#/components/parameters/owner',
          },
          {
            $ref: '#/components/parameters/system',
          },
          {
            $ref: '#/components/parameters/domain',
          },
          {
            $ref: '#/components/parameters/type',
          },
          {
            $ref: '#/components/parameters/lifecycle',
          },
          {
            $ref: '#/components/parameters/kindFilter',
          },
          {
            $ref: '#/components/parameters/phase',
          },
          {
            $ref: '#/components/parameters/search',
          },
          {
            $ref: '#/components/parameters/limit',
          },
          {
            $ref: '#/components/parameters/offset',
          },
        ],
        responses: {
          '200': {
            description:
              'The page and the number of checks that block any of the entities.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/BlockerPage',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '401': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '403': {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/owners': {
      get: {
        operationId: 'getOwnerRollup',
        tags: ['Aggregates'],
        summary:
          'Phase distribution per owner, with sub-groups rolled up into their parents.',
        description:
          "A row per owner that has evaluated entities and per group above\nthem in the catalog's group hierarchy. A group's counts include\nthe entities of all its sub-groups; `direct` counts its own. With\nan `owner` filter, groups outside the filtered groups are left out.\n",
        parameters: [
          {
            $ref: '#/components/parameters/owner',
          },
          {
            $ref: '#/components/parameters/system',
          },
          {
            $ref: '#/components/parameters/domain',
          },
          {
            $ref: '#/components/parameters/type',
          },
          {
            $ref: '#/components/parameters/lifecycle',
          },
          {
            $ref: '#/components/parameters/kindFilter',
          },
          {
            $ref: '#/components/parameters/phase',
          },
          {
            $ref: '#/components/parameters/search',
          },
        ],
        responses: {
          '200': {
            description: 'The rows, ordered by owner ref.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/OwnerRollup',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '401': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '403': {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/teams/{namespace}/{name}': {
      get: {
        operationId: 'getTeamRollup',
        tags: ['Aggregates'],
        summary:
          'Roll-up of a group and its sub-groups, per owner and in total.',
        description:
          'Only the sub-groups that the caller may read in the catalog are\npart of the roll-up: a hidden group is left out with what it owns\ndirectly, and its readable sub-groups hang from its nearest\nreadable parent instead.\n',
        parameters: [
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
          {
            $ref: '#/components/parameters/system',
          },
          {
            $ref: '#/components/parameters/domain',
          },
          {
            $ref: '#/components/parameters/type',
          },
          {
            $ref: '#/components/parameters/lifecycle',
          },
          {
            $ref: '#/components/parameters/kindFilter',
          },
        ],
        responses: {
          '200': {
            description: 'The roll-up.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/TeamRollup',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '401': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '403': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '404': {
            description: 'No such group, or hidden from the caller.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
        },
      },
    },
    '/trend': {
      get: {
        operationId: 'getTrend',
        tags: ['Aggregates'],
        summary: 'Entities per phase per day, from the daily snapshots.',
        description:
          'Days without a snapshot (no evaluation finished that day) are left\nout. Snapshots are counts per owner, so the trend is not narrowed\nto the entities that the caller may read.\n',
        parameters: [
          {
            name: 'from',
            in: 'query',
            description:
              'First day (UTC), `YYYY-MM-DD`; defaults to 90 days before `to`.',
            schema: {
              type: 'string',
              pattern: '^\\d{4}-\\d{2}-\\d{2}$',
            },
          },
          {
            name: 'to',
            in: 'query',
            description:
              'Last day (UTC), `YYYY-MM-DD`; defaults to today. At most two years after `from`.',
            schema: {
              type: 'string',
              pattern: '^\\d{4}-\\d{2}-\\d{2}$',
            },
          },
          {
            $ref: '#/components/parameters/owner',
          },
        ],
        responses: {
          '200': {
            description: 'The trend.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Trend',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '401': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '403': {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/runs': {
      get: {
        operationId: 'listRuns',
        tags: ['Evaluation'],
        summary: 'The latest evaluation runs, newest first.',
        description:
          'When each run started and finished, for every reader. The counts of\na run (`entities`, `errors`, `unreadable`) are of the whole catalog,\nwhatever the caller may read, so they are only given to callers who\nhold `maturity.catalog.refresh` (those who may start a run); others\nget the runs without them.\n',
        parameters: [
          {
            name: 'limit',
            in: 'query',
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 100,
              default: 20,
            },
          },
        ],
        responses: {
          '200': {
            description: 'The runs.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/RunList',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '401': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '403': {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/entities/{kind}/{namespace}/{name}/campaigns': {
      get: {
        operationId: 'listEntityCampaigns',
        tags: ['Campaigns'],
        summary:
          'The campaigns that cover the entity, with where it stands in each.',
        description:
          'Statuses are those of the last evaluation or campaign change; the\ncampaigns are ordered by deadline.\n',
        parameters: [
          {
            $ref: '#/components/parameters/kind',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
        ],
        responses: {
          '200': {
            description: "The entity's campaigns.",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/EntityCampaignList',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '403': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '404': {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/campaigns': {
      get: {
        operationId: 'listCampaigns',
        tags: ['Campaigns'],
        summary:
          'Every campaign, with its progress over the entities that the caller may read.',
        description:
          "With `owner`, progress counts only that owner's entities (groups\ninclude their sub-groups) and campaigns that cover none of them are\nleft out.\n",
        parameters: [
          {
            $ref: '#/components/parameters/owner',
          },
        ],
        responses: {
          '200': {
            description: 'The campaigns, by deadline.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/CampaignList',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '401': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '403': {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      post: {
        operationId: 'createCampaign',
        tags: ['Campaigns'],
        summary: 'Creates a campaign.',
        description:
          'Needs `maturity.campaign.manage`. Its progress is computed at once.\nWho created it and when is recorded in the audit trail.\n',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/NewCampaign',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The campaign was created.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Campaign',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '401': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '403': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '409': {
            description: 'A campaign with this id exists.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
        },
      },
    },
    '/campaigns/{campaignId}': {
      get: {
        operationId: 'getCampaign',
        tags: ['Campaigns'],
        summary: 'A campaign with its progress, in total and per owning team.',
        parameters: [
          {
            $ref: '#/components/parameters/campaignId',
          },
        ],
        responses: {
          '200': {
            description: 'The campaign.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/CampaignDetail',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '401': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '403': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '404': {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      put: {
        operationId: 'updateCampaign',
        tags: ['Campaigns'],
        summary: 'Changes a campaign created through the API.',
        description:
          'Needs `maturity.campaign.manage`; audited. A campaign defined in\n`app-config` is changed there (409).\n',
        parameters: [
          {
            $ref: '#/components/parameters/campaignId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/CampaignChange',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The changed campaign.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Campaign',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '401': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '403': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '404': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '409': {
            description: 'The campaign is defined in `app-config`.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
        },
      },
      delete: {
        operationId: 'deleteCampaign',
        tags: ['Campaigns'],
        summary:
          'Deletes a campaign created through the API, with its progress and burndown.',
        description: 'Needs `maturity.campaign.manage`; audited.',
        parameters: [
          {
            $ref: '#/components/parameters/campaignId',
          },
        ],
        responses: {
          '204': {
            description: 'The campaign was deleted.',
          },
          '400': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '401': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '403': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '404': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '409': {
            description: 'The campaign is defined in `app-config`.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
        },
      },
    },
    '/campaigns/{campaignId}/entities': {
      get: {
        operationId: 'listCampaignEntities',
        tags: ['Campaigns'],
        summary:
          "The campaign's entities with their status and the target checks they still miss.",
        description:
          'Overdue first, then at risk, on track and done; by name within a status.',
        parameters: [
          {
            $ref: '#/components/parameters/campaignId',
          },
          {
            name: 'status',
            in: 'query',
            description: 'Only entities with these statuses. Repeatable.',
            explode: true,
            style: 'form',
            schema: {
              type: 'array',
              maxItems: 4,
              items: {
                $ref: '#/components/schemas/CampaignEntityStatus',
              },
            },
          },
          {
            $ref: '#/components/parameters/owner',
          },
          {
            $ref: '#/components/parameters/limit',
          },
          {
            $ref: '#/components/parameters/offset',
          },
        ],
        responses: {
          '200': {
            description: "A page of the campaign's entities.",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/CampaignEntityPage',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '401': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '403': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '404': {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/campaigns/{campaignId}/burndown': {
      get: {
        operationId: 'getCampaignBurndown',
        tags: ['Campaigns'],
        summary: "Entities per status per day since the campaign's start.",
        description:
          "One row per day on which the campaign's progress was computed\n(each evaluation cycle writes the day's row), from the start to\ntoday or the deadline's day after. Counts cover every entity of the\ncampaign, like the trend; they are not narrowed to the caller.\n",
        parameters: [
          {
            $ref: '#/components/parameters/campaignId',
          },
        ],
        responses: {
          '200': {
            description: 'The burndown.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/CampaignBurndown',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '401': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '403': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '404': {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
  },
  components: {
    parameters: {
      campaignId: {
        name: 'campaignId',
        in: 'path',
        required: true,
        description: "The campaign's kebab-case id.",
        schema: {
          type: 'string',
          minLength: 1,
          maxLength: 100,
          pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
        },
      },
      kind: {
        name: 'kind',
        in: 'path',
        required: true,
        description:
          "The entity's kind, e.g. `component` (a letter, then letters and digits), case-insensitive.",
        schema: {
          type: 'string',
          minLength: 1,
          maxLength: 63,
        },
      },
      namespace: {
        name: 'namespace',
        in: 'path',
        required: true,
        description:
          "The entity's namespace, e.g. `default` (letters, digits and `-`), case-insensitive.",
        schema: {
          type: 'string',
          minLength: 1,
          maxLength: 63,
        },
      },
      name: {
        name: 'name',
        in: 'path',
        required: true,
        description:
          "The entity's name, e.g. `payments-api` (letters and digits, with `-`, `_` and `.` between them), case-insensitive.",
        schema: {
          type: 'string',
          minLength: 1,
          maxLength: 63,
        },
      },
      owner: {
        name: 'owner',
        in: 'query',
        allowReserved: true,
        description:
          'Owner entity refs (`group:default/team-a`; a bare name means a group\nin the default namespace). Groups include their sub-groups.\nRepeatable; any of them matches.\n',
        explode: true,
        style: 'form',
        schema: {
          type: 'array',
          maxItems: 50,
          items: {
            type: 'string',
            minLength: 1,
            maxLength: 300,
          },
        },
      },
      system: {
        name: 'system',
        in: 'query',
        allowReserved: true,
        description:
          'System entity refs (a bare name means `system:default/<name>`). Repeatable.',
        explode: true,
        style: 'form',
        schema: {
          type: 'array',
          maxItems: 50,
          items: {
            type: 'string',
            minLength: 1,
            maxLength: 300,
          },
        },
      },
      domain: {
        name: 'domain',
        in: 'query',
        allowReserved: true,
        description:
          'Domain entity refs (a bare name means `domain:default/<name>`). Repeatable.',
        explode: true,
        style: 'form',
        schema: {
          type: 'array',
          maxItems: 50,
          items: {
            type: 'string',
            minLength: 1,
            maxLength: 300,
          },
        },
      },
      type: {
        name: 'type',
        in: 'query',
        allowReserved: true,
        description: '`spec.type` values, e.g. `service`. Repeatable.',
        explode: true,
        style: 'form',
        schema: {
          type: 'array',
          maxItems: 50,
          items: {
            type: 'string',
            minLength: 1,
            maxLength: 100,
          },
        },
      },
      lifecycle: {
        name: 'lifecycle',
        in: 'query',
        allowReserved: true,
        description: '`spec.lifecycle` values, e.g. `production`. Repeatable.',
        explode: true,
        style: 'form',
        schema: {
          type: 'array',
          maxItems: 50,
          items: {
            type: 'string',
            minLength: 1,
            maxLength: 100,
          },
        },
      },
      kindFilter: {
        name: 'kind',
        in: 'query',
        allowReserved: true,
        description: 'Entity kinds, e.g. `component`. Repeatable.',
        explode: true,
        style: 'form',
        schema: {
          type: 'array',
          maxItems: 20,
          items: {
            type: 'string',
            minLength: 1,
            maxLength: 63,
          },
        },
      },
      phase: {
        name: 'phase',
        in: 'query',
        allowReserved: true,
        description:
          'Phase ids of the checklist, `not-started`, or `unknown` (entities whose standing could not be decided because evidence could not be read). An entity whose standing is unknown matches only `unknown`. Repeatable.',
        explode: true,
        style: 'form',
        schema: {
          type: 'array',
          maxItems: 20,
          items: {
            type: 'string',
            minLength: 1,
            maxLength: 100,
          },
        },
      },
      blocker: {
        name: 'blocker',
        in: 'query',
        description:
          'Check ids; only entities that one of these checks keeps from their next phase. Repeatable.',
        explode: true,
        style: 'form',
        schema: {
          type: 'array',
          maxItems: 20,
          items: {
            type: 'string',
            minLength: 1,
            maxLength: 100,
          },
        },
      },
      search: {
        name: 'search',
        in: 'query',
        allowReserved: true,
        description:
          "Substring of the entity's name or title, case-insensitive; control characters are refused.",
        schema: {
          type: 'string',
          maxLength: 200,
        },
      },
      sort: {
        name: 'sort',
        in: 'query',
        description:
          'Field to sort by; `phase` sorts in ladder order, then by progress.',
        schema: {
          type: 'string',
          enum: [
            'name',
            'phase',
            'progress',
            'owner',
            'system',
            'type',
            'lifecycle',
            'evaluatedAt',
          ],
          default: 'name',
        },
      },
      order: {
        name: 'order',
        in: 'query',
        schema: {
          type: 'string',
          enum: ['asc', 'desc'],
          default: 'asc',
        },
      },
      limit: {
        name: 'limit',
        in: 'query',
        description: 'Page size, a plain decimal integer.',
        schema: {
          type: 'integer',
          minimum: 1,
          maximum: 500,
          default: 50,
        },
      },
      offset: {
        name: 'offset',
        in: 'query',
        description: 'Entities to skip, a plain decimal integer.',
        schema: {
          type: 'integer',
          minimum: 0,
          maximum: 1000000,
          default: 0,
        },
      },
    },
    responses: {
      ErrorResponse: {
        description: "An error, in Backstage's error format.",
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
    },
    schemas: {
      Error: {
        type: 'object',
        required: ['error', 'response'],
        properties: {
          error: {
            type: 'object',
            required: ['name', 'message'],
            properties: {
              name: {
                type: 'string',
              },
              message: {
                type: 'string',
              },
            },
          },
          request: {
            type: 'object',
            properties: {
              method: {
                type: 'string',
              },
              url: {
                type: 'string',
              },
            },
          },
          response: {
            type: 'object',
            required: ['statusCode'],
            properties: {
              statusCode: {
                type: 'integer',
              },
            },
          },
        },
      },
      PhaseDefinition: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'name'],
        properties: {
          id: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          description: {
            type: 'string',
            description: 'What reaching the phase means, in one line.',
          },
        },
      },
      TrackDefinition: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'name'],
        properties: {
          id: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
        },
      },
      CheckDefinition: {
        type: 'object',
        additionalProperties: false,
        description:
          'A check, with what goes wrong without it and how to pass it.',
        required: ['id', 'title', 'required', 'why', 'howToPass', 'attestable'],
        properties: {
          id: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          phase: {
            type: 'string',
            description: 'The phase that the check belongs to (or `track`).',
          },
          track: {
            type: 'string',
            description:
              'The side track that the check belongs to (or `phase`).',
          },
          required: {
            type: 'boolean',
            description: 'Whether the check gates its phase.',
          },
          why: {
            type: 'string',
          },
          howToPass: {
            type: 'string',
          },
          guidanceUrl: {
            type: 'string',
          },
          attestable: {
            type: 'boolean',
            description: 'Whether owners may attest the check.',
          },
          details: {
            type: 'array',
            description:
              "What the check's rules look for in technical terms (globs, patterns, dependency names), one line a rule, for those who ask; results say it in plain words in `lookedFor`.",
            items: {
              type: 'string',
            },
          },
        },
      },
      Checklist: {
        type: 'object',
        additionalProperties: false,
        required: ['phases', 'tracks', 'checks'],
        properties: {
          phases: {
            type: 'array',
            description: 'The ladder, lowest phase first.',
            items: {
              $ref: '#/components/schemas/PhaseDefinition',
            },
          },
          tracks: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/TrackDefinition',
            },
          },
          checks: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/CheckDefinition',
            },
          },
        },
      },
      CheckOutcome: {
        type: 'string',
        enum: ['pass', 'fail', 'not-applicable', 'exempt', 'attested', 'error'],
      },
      Evidence: {
        type: 'object',
        additionalProperties: false,
        description:
          'Something that made a check pass, or that was found while looking (`warning`, a file that could not be understood and was ignored because it could not have been the evidence).',
        required: ['kind', 'detail'],
        properties: {
          kind: {
            type: 'string',
            enum: [
              'file',
              'content',
              'dependency',
              'document',
              'kubernetes',
              'entity',
              'annotation',
              'link',
              'relation',
              'catalog',
              'scm',
              'fact',
              'warning',
            ],
          },
          target: {
            type: 'string',
            description:
              'A repository path, annotation key, relation target or entity field.',
          },
          detail: {
            type: 'string',
            description:
              'Human-readable detail, e.g. `pino 9.x in package.json`.',
          },
        },
      },
      AppliedWaiver: {
        type: 'object',
        additionalProperties: false,
        description: 'The waiver that made a check `exempt` or `attested`.',
        required: ['checkId', 'kind', 'reason', 'expiresAt'],
        properties: {
          checkId: {
            type: 'string',
          },
          kind: {
            type: 'string',
            enum: ['exemption', 'attestation'],
          },
          reason: {
            type: 'string',
          },
          expiresAt: {
            type: 'string',
            description:
              'ISO 8601 date or date-time after which it no longer counts.',
          },
          evidenceUrl: {
            type: 'string',
            description:
              'Link to the evidence (attestations) or decision record.',
          },
          createdBy: {
            type: 'string',
            description: 'Entity ref of who granted it, when known.',
          },
          source: {
            type: 'string',
            description:
              'Where the waiver comes from, an entity annotation or the API.',
            enum: ['annotation', 'api'],
          },
        },
      },
      Waiver: {
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'entityRef',
          'checkId',
          'kind',
          'reason',
          'expiresAt',
          'createdAt',
          'active',
        ],
        properties: {
          id: {
            type: 'string',
          },
          entityRef: {
            type: 'string',
          },
          checkId: {
            type: 'string',
          },
          kind: {
            type: 'string',
            enum: ['exemption', 'attestation'],
          },
          reason: {
            type: 'string',
          },
          expiresAt: {
            type: 'string',
            description:
              'ISO 8601 date or date-time after which it no longer counts.',
          },
          evidenceUrl: {
            type: 'string',
          },
          createdBy: {
            type: 'string',
            description: 'Entity ref of who created it.',
          },
          source: {
            type: 'string',
            enum: ['annotation', 'api'],
          },
          createdAt: {
            type: 'string',
          },
          revokedAt: {
            type: 'string',
          },
          revokedBy: {
            type: 'string',
          },
          active: {
            type: 'boolean',
            description: 'Neither revoked nor expired.',
          },
        },
      },
      WaiverList: {
        type: 'object',
        additionalProperties: false,
        required: ['items'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Waiver',
            },
          },
        },
      },
      NewWaiver: {
        type: 'object',
        additionalProperties: false,
        required: ['checkId', 'kind', 'reason', 'expiresAt'],
        properties: {
          checkId: {
            type: 'string',
            minLength: 1,
            maxLength: 100,
            description:
              'A check of the checklist; attestations only for attestable checks.',
          },
          kind: {
            type: 'string',
            enum: ['exemption', 'attestation'],
          },
          reason: {
            type: 'string',
            minLength: 10,
            maxLength: 2000,
          },
          expiresAt: {
            type: 'string',
            maxLength: 40,
            description:
              'ISO 8601 date (`2026-06-30`, through the end of that day UTC) or\ndate-time with an offset (`Z`, or between `-12:00` and\n`+14:00`); in the future and at most one year ahead.\n',
          },
          evidenceUrl: {
            type: 'string',
            maxLength: 2000,
            pattern: '^https?://',
            description:
              'Link to the evidence or decision record; required for attestations.',
          },
        },
      },
      RevokeWaiver: {
        type: 'object',
        additionalProperties: false,
        required: ['reason'],
        properties: {
          reason: {
            type: 'string',
            minLength: 10,
            maxLength: 2000,
          },
        },
      },
      OutcomeCounts: {
        type: 'object',
        additionalProperties: false,
        required: [
          'pass',
          'fail',
          'not-applicable',
          'exempt',
          'attested',
          'error',
        ],
        properties: {
          pass: {
            type: 'integer',
          },
          fail: {
            type: 'integer',
          },
          'not-applicable': {
            type: 'integer',
          },
          exempt: {
            type: 'integer',
          },
          attested: {
            type: 'integer',
          },
          error: {
            type: 'integer',
          },
        },
      },
      EntitySummary: {
        type: 'object',
        additionalProperties: false,
        description: "An entity's catalog facts and where it stands.",
        required: [
          'entityRef',
          'kind',
          'namespace',
          'name',
          'phase',
          'nextPhase',
          'progress',
          'counts',
          'blocking',
          'evaluatedAt',
          'phaseSince',
        ],
        properties: {
          entityRef: {
            type: 'string',
            description: 'e.g. `component:default/payments-api` (lower case).',
          },
          kind: {
            type: 'string',
          },
          namespace: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          type: {
            type: 'string',
            description: '`spec.type` of the entity.',
          },
          lifecycle: {
            type: 'string',
            description: '`spec.lifecycle` of the entity.',
          },
          owner: {
            type: 'string',
            description:
              'Entity ref of the owner, e.g. `group:default/team-payments`.',
          },
          system: {
            type: 'string',
            description:
              'Entity ref of the system, e.g. `system:default/payments`.',
          },
          domain: {
            type: 'string',
            description:
              'Entity ref of the domain (of the system), when known.',
          },
          phase: {
            type: ['string', 'null'],
            description:
              'Highest phase reached; null when not started. When `unknown` is set, the phase known to be reached (a lower bound).',
          },
          unknown: {
            $ref: '#/components/schemas/UnknownStanding',
          },
          nextPhase: {
            type: ['string', 'null'],
            description: 'Next phase to reach; null at the top.',
          },
          progress: {
            type: 'number',
            minimum: 0,
            maximum: 1,
            description: "Share of the next phase's checks that are met.",
          },
          counts: {
            $ref: '#/components/schemas/OutcomeCounts',
          },
          blocking: {
            type: 'array',
            description:
              'Check ids that keep the entity from its next phase. A check whose evidence could not be read is never one.',
            items: {
              type: 'string',
            },
          },
          evaluatedAt: {
            type: 'string',
            description: 'ISO 8601 time of the last evaluation.',
          },
          phaseSince: {
            type: 'string',
            description: 'Since when the entity has been at its current phase.',
          },
        },
      },
      UnknownStanding: {
        type: 'object',
        additionalProperties: false,
        description:
          "Present when the entity's standing cannot be told: checks of its next phase could not be read and have no earlier conclusive outcome, and no other check of that phase fails.",
        required: ['reason', 'checks'],
        properties: {
          reason: {
            type: 'string',
            description:
              'Why the evidence could not be read, without server paths.',
          },
          checks: {
            type: 'array',
            description:
              'The required checks of the next phase that could not be read.',
            items: {
              type: 'string',
            },
          },
        },
      },
      EntityPage: {
        type: 'object',
        additionalProperties: false,
        required: ['items', 'totalCount'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/EntitySummary',
            },
          },
          totalCount: {
            type: 'integer',
          },
        },
      },
      EntityCheck: {
        type: 'object',
        additionalProperties: false,
        description:
          "A check's stored result joined with its definition (the definition's members are left out with `guidance=false`).",
        required: [
          'checkId',
          'outcome',
          'evidence',
          'lookedFor',
          'blocking',
          'changedAt',
        ],
        properties: {
          checkId: {
            type: 'string',
          },
          outcome: {
            $ref: '#/components/schemas/CheckOutcome',
          },
          evidence: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Evidence',
            },
          },
          lookedFor: {
            type: 'array',
            description: 'What was looked for and not found.',
            items: {
              type: 'string',
            },
          },
          reason: {
            type: 'string',
          },
          waiver: {
            $ref: '#/components/schemas/AppliedWaiver',
          },
          blocking: {
            type: 'boolean',
            description:
              'Whether the check keeps the entity from its next phase (never for a check whose evidence could not be read).',
          },
          lastConclusive: {
            type: 'object',
            additionalProperties: false,
            description:
              'The last outcome that was not `error`, shown beside an error.',
            required: ['outcome', 'evidence'],
            properties: {
              outcome: {
                $ref: '#/components/schemas/CheckOutcome',
              },
              evidence: {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/Evidence',
                },
              },
            },
          },
          changedAt: {
            type: 'string',
            description: 'When the outcome last changed.',
          },
          title: {
            type: 'string',
          },
          phase: {
            type: 'string',
          },
          track: {
            type: 'string',
          },
          required: {
            type: 'boolean',
          },
          why: {
            type: 'string',
          },
          howToPass: {
            type: 'string',
          },
          guidanceUrl: {
            type: 'string',
          },
          attestable: {
            type: 'boolean',
          },
          details: {
            type: 'array',
            description:
              "What the check's rules look for in technical terms (globs, patterns, dependency names), one line a rule, for those who ask; results say it in plain words in `lookedFor`.",
            items: {
              type: 'string',
            },
          },
        },
      },
      PhaseProgress: {
        type: 'object',
        additionalProperties: false,
        required: ['phaseId', 'name', 'reached', 'met', 'total', 'blocking'],
        properties: {
          phaseId: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          reached: {
            type: 'boolean',
          },
          met: {
            type: 'integer',
          },
          total: {
            type: 'integer',
          },
          blocking: {
            type: 'array',
            description: 'Required checks of the phase that are not met.',
            items: {
              type: 'string',
            },
          },
        },
      },
      TrackScore: {
        type: 'object',
        additionalProperties: false,
        required: ['trackId', 'name', 'met', 'total'],
        properties: {
          trackId: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          met: {
            type: 'integer',
          },
          total: {
            type: 'integer',
          },
        },
      },
      Scorecard: {
        type: 'object',
        additionalProperties: false,
        required: ['summary', 'phases', 'tracks', 'checks', 'waivers'],
        properties: {
          summary: {
            $ref: '#/components/schemas/EntitySummary',
          },
          phases: {
            type: 'array',
            description: 'Progress in each phase, in ladder order.',
            items: {
              $ref: '#/components/schemas/PhaseProgress',
            },
          },
          tracks: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/TrackScore',
            },
          },
          checks: {
            type: 'array',
            description:
              'Results of the checks of the checklist, in checklist order.',
            items: {
              $ref: '#/components/schemas/EntityCheck',
            },
          },
          waivers: {
            type: 'array',
            description:
              'Exemptions and attestations created through the API, newest first.',
            items: {
              $ref: '#/components/schemas/Waiver',
            },
          },
        },
      },
      PhaseChange: {
        type: 'object',
        additionalProperties: false,
        required: ['at', 'from', 'to'],
        properties: {
          at: {
            type: 'string',
          },
          from: {
            type: ['string', 'null'],
          },
          to: {
            type: ['string', 'null'],
          },
        },
      },
      CheckTransition: {
        type: 'object',
        additionalProperties: false,
        required: ['at', 'checkId', 'from', 'to'],
        properties: {
          at: {
            type: 'string',
          },
          checkId: {
            type: 'string',
          },
          from: {
            type: ['string', 'null'],
            description: 'The previous outcome; null for the first evaluation.',
          },
          to: {
            type: 'string',
          },
        },
      },
      EntityHistory: {
        type: 'object',
        additionalProperties: false,
        required: ['phases', 'checks'],
        properties: {
          phases: {
            type: 'array',
            description: 'Phase changes, oldest first.',
            items: {
              $ref: '#/components/schemas/PhaseChange',
            },
          },
          checks: {
            type: 'array',
            description: 'Outcome transitions, newest first.',
            items: {
              $ref: '#/components/schemas/CheckTransition',
            },
          },
        },
      },
      PhaseCount: {
        type: 'object',
        additionalProperties: false,
        required: ['phase', 'name', 'count'],
        properties: {
          phase: {
            type: 'string',
            description: 'A phase id, `not-started` or `unknown`.',
          },
          name: {
            type: 'string',
          },
          count: {
            type: 'integer',
          },
        },
      },
      Blocker: {
        type: 'object',
        additionalProperties: false,
        required: ['checkId', 'title', 'count'],
        properties: {
          checkId: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          phase: {
            type: 'string',
          },
          count: {
            type: 'integer',
            description: 'Entities that the check keeps from their next phase.',
          },
        },
      },
      Distribution: {
        type: 'object',
        additionalProperties: false,
        required: ['total', 'phases'],
        properties: {
          total: {
            type: 'integer',
          },
          phases: {
            type: 'array',
            description:
              '`unknown`, `not-started`, then every phase in ladder order, zero counts included.',
            items: {
              $ref: '#/components/schemas/PhaseCount',
            },
          },
        },
      },
      Summary: {
        type: 'object',
        additionalProperties: false,
        required: ['total', 'phases', 'blockers', 'blockerCount'],
        properties: {
          total: {
            type: 'integer',
          },
          phases: {
            type: 'array',
            description:
              '`unknown`, `not-started`, then every phase in ladder order, zero counts included.',
            items: {
              $ref: '#/components/schemas/PhaseCount',
            },
          },
          blockers: {
            type: 'array',
            description:
              'The ten checks that keep most entities from their next phase.',
            items: {
              $ref: '#/components/schemas/Blocker',
            },
          },
          blockerCount: {
            type: 'integer',
            description:
              'How many checks keep any of the entities from their next phase (GET /blockers pages through them).',
          },
        },
      },
      BlockerPage: {
        type: 'object',
        additionalProperties: false,
        required: ['items', 'totalCount'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Blocker',
            },
          },
          totalCount: {
            type: 'integer',
          },
        },
      },
      TeamGroup: {
        type: 'object',
        additionalProperties: false,
        required: ['entityRef', 'name', 'parent'],
        properties: {
          entityRef: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          parent: {
            type: ['string', 'null'],
            description:
              'Entity ref of the parent within the roll-up; null for its root.',
          },
        },
      },
      OwnerRow: {
        type: 'object',
        additionalProperties: false,
        required: ['owner', 'total', 'phases'],
        properties: {
          owner: {
            type: 'string',
          },
          total: {
            type: 'integer',
          },
          phases: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/PhaseCount',
            },
          },
        },
      },
      OwnerRollupRow: {
        type: 'object',
        additionalProperties: false,
        required: ['owner', 'parent', 'direct', 'total', 'phases'],
        properties: {
          owner: {
            type: 'string',
            description: 'Owner entity ref (a group or a user).',
          },
          title: {
            type: 'string',
          },
          parent: {
            type: ['string', 'null'],
            description: 'Parent group among the rows; null at the top.',
          },
          direct: {
            type: 'integer',
            description: 'Entities owned directly.',
          },
          total: {
            type: 'integer',
            description: 'Entities owned directly or by sub-groups.',
          },
          phases: {
            type: 'array',
            description:
              'Rolled-up count per phase, ladder order, `unknown` and `not-started` first.',
            items: {
              $ref: '#/components/schemas/PhaseCount',
            },
          },
        },
      },
      OwnerRollup: {
        type: 'object',
        additionalProperties: false,
        required: ['items'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/OwnerRollupRow',
            },
          },
        },
      },
      TeamRollup: {
        type: 'object',
        additionalProperties: false,
        required: ['group', 'groups', 'owners', 'totals', 'blockers'],
        properties: {
          group: {
            $ref: '#/components/schemas/TeamGroup',
          },
          groups: {
            type: 'array',
            description:
              'The group and the sub-groups that the caller may read, parents before children.',
            items: {
              $ref: '#/components/schemas/TeamGroup',
            },
          },
          owners: {
            type: 'array',
            description:
              'A row per group of the roll-up, in the order of `groups`.',
            items: {
              $ref: '#/components/schemas/OwnerRow',
            },
          },
          totals: {
            $ref: '#/components/schemas/Distribution',
          },
          blockers: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Blocker',
            },
          },
        },
      },
      Trend: {
        type: 'object',
        additionalProperties: false,
        required: ['from', 'to', 'days'],
        properties: {
          from: {
            type: 'string',
          },
          to: {
            type: 'string',
          },
          days: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['day', 'phases'],
              properties: {
                day: {
                  type: 'string',
                },
                phases: {
                  type: 'object',
                  description:
                    'Count per phase id, `not-started` and `unknown`, zeros included.',
                  additionalProperties: {
                    type: 'integer',
                  },
                },
              },
            },
          },
        },
      },
      EvaluationRun: {
        type: 'object',
        additionalProperties: false,
        description:
          'A run of the evaluation. Its counts are over the whole catalog and only given to callers with `maturity.catalog.refresh`.',
        required: ['id', 'startedAt'],
        properties: {
          id: {
            type: 'integer',
          },
          startedAt: {
            type: 'string',
          },
          finishedAt: {
            type: 'string',
            description: 'Absent while the run is in progress.',
          },
          entities: {
            type: 'integer',
            description:
              'Entities evaluated; only for callers with `maturity.catalog.refresh`.',
          },
          errors: {
            type: 'integer',
            description:
              'Entities whose evaluation failed; only for callers with `maturity.catalog.refresh`.',
          },
          unreadable: {
            type: 'integer',
            description:
              'Entities whose repository could not be read; only for callers with `maturity.catalog.refresh`.',
          },
          status: {
            type: 'string',
            enum: ['running', 'finished', 'interrupted'],
            description:
              '`interrupted`: the run stopped before it finished (its process failed or died); `entities` then counts what it saved.',
          },
          heartbeatAt: {
            type: 'string',
            description:
              'Last sign of life of the process running it. A `running` run whose heartbeat is older than a bound is dead, and is marked `interrupted` at the next check.',
          },
          shard: {
            type: 'object',
            additionalProperties: false,
            required: ['index', 'count'],
            description:
              'Which shard of the cycle the run evaluated (`maturity.shards`), as `index` of `count`; absent for a run of a whole cycle with one shard.',
            properties: {
              index: {
                type: 'integer',
                description: 'From 1.',
              },
              count: {
                type: 'integer',
              },
            },
          },
        },
      },
      RunList: {
        type: 'object',
        additionalProperties: false,
        required: ['items'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/EvaluationRun',
            },
          },
        },
      },
      CampaignTarget: {
        type: 'object',
        description: 'Exactly one of `phase` and `checks`.',
        properties: {
          phase: {
            type: 'string',
            maxLength: 100,
            description:
              'Reach this phase: every required check of it and of the phases below it.',
          },
          checks: {
            type: 'array',
            minItems: 1,
            maxItems: 200,
            description:
              'Meet these checks (pass, not applicable, exempt or attested).',
            items: {
              type: 'string',
              minLength: 1,
              maxLength: 100,
            },
          },
        },
      },
      CampaignEntityFilter: {
        type: 'object',
        description:
          'The entities a campaign covers, among those evaluated. Every key\ngiven must match; the values of one key are alternatives. Owners\ninclude their sub-groups; a bare name is a group in the default\nnamespace, a bare system or domain name is in the default namespace.\n',
        properties: {
          owner: {
            $ref: '#/components/schemas/CampaignFilterValues',
          },
          system: {
            $ref: '#/components/schemas/CampaignFilterValues',
          },
          domain: {
            $ref: '#/components/schemas/CampaignFilterValues',
          },
          kind: {
            $ref: '#/components/schemas/CampaignFilterValues',
          },
          type: {
            $ref: '#/components/schemas/CampaignFilterValues',
          },
          lifecycle: {
            $ref: '#/components/schemas/CampaignFilterValues',
          },
          tags: {
            $ref: '#/components/schemas/CampaignFilterValues',
          },
        },
      },
      CampaignFilterValues: {
        type: 'array',
        minItems: 1,
        maxItems: 100,
        items: {
          type: 'string',
          minLength: 1,
          maxLength: 300,
        },
      },
      CampaignChange: {
        type: 'object',
        description:
          "Unknown keys are refused with a 400 that names them; phases and\nchecks must be the checklist's.\n",
        required: ['title', 'target', 'start', 'deadline'],
        properties: {
          title: {
            type: 'string',
            minLength: 1,
            maxLength: 200,
          },
          description: {
            type: 'string',
            maxLength: 10000,
            description: 'Markdown.',
          },
          target: {
            $ref: '#/components/schemas/CampaignTarget',
          },
          entities: {
            $ref: '#/components/schemas/CampaignEntityFilter',
          },
          start: {
            type: 'string',
            maxLength: 10,
            description: 'First day (UTC), `YYYY-MM-DD`.',
          },
          deadline: {
            type: 'string',
            maxLength: 10,
            description:
              'Last day (UTC), `YYYY-MM-DD`, not before `start`; overdue from the day after.',
          },
        },
      },
      NewCampaign: {
        type: 'object',
        required: ['id', 'title', 'target', 'start', 'deadline'],
        properties: {
          id: {
            type: 'string',
            minLength: 1,
            maxLength: 100,
            description:
              'Kebab-case, e.g. `foundation-by-q1`; unique among all campaigns.',
          },
          title: {
            type: 'string',
            minLength: 1,
            maxLength: 200,
          },
          description: {
            type: 'string',
            maxLength: 10000,
            description: 'Markdown.',
          },
          target: {
            $ref: '#/components/schemas/CampaignTarget',
          },
          entities: {
            $ref: '#/components/schemas/CampaignEntityFilter',
          },
          start: {
            type: 'string',
            maxLength: 10,
            description: 'First day (UTC), `YYYY-MM-DD`.',
          },
          deadline: {
            type: 'string',
            maxLength: 10,
            description:
              'Last day (UTC), `YYYY-MM-DD`, not before `start`; overdue from the day after.',
          },
        },
      },
      Campaign: {
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'title',
          'target',
          'entities',
          'start',
          'deadline',
          'source',
        ],
        properties: {
          id: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          target: {
            $ref: '#/components/schemas/CampaignTarget',
          },
          entities: {
            $ref: '#/components/schemas/CampaignEntityFilter',
          },
          start: {
            type: 'string',
          },
          deadline: {
            type: 'string',
          },
          source: {
            type: 'string',
            enum: ['config', 'api'],
            description:
              'Where it is defined; `config` campaigns are changed in `app-config`.',
          },
          targetTitle: {
            type: 'string',
            description:
              'The target in words, e.g. "Production Ready" or "3 checks".',
          },
          createdBy: {
            type: 'string',
            description: 'User entity ref of who created it through the API.',
          },
          updatedAt: {
            type: 'string',
          },
        },
      },
      CampaignEntityStatus: {
        type: 'string',
        enum: ['done', 'on-track', 'at-risk', 'overdue'],
        description:
          "`done`: target reached. `overdue`: not done after the deadline day. `at-risk`: not done and the deadline at most 14 days away, or fewer target checks met than the share of the campaign's days elapsed. `on-track`: otherwise. Days are UTC.",
      },
      CampaignProgress: {
        type: 'object',
        additionalProperties: false,
        required: [
          'total',
          'done',
          'onTrack',
          'atRisk',
          'overdue',
          'doneShare',
        ],
        properties: {
          total: {
            type: 'integer',
          },
          done: {
            type: 'integer',
          },
          onTrack: {
            type: 'integer',
          },
          atRisk: {
            type: 'integer',
          },
          overdue: {
            type: 'integer',
          },
          doneShare: {
            type: 'number',
            minimum: 0,
            maximum: 1,
            description: 'Share of the entities done; 0 when there are none.',
          },
        },
      },
      CampaignOverview: {
        type: 'object',
        additionalProperties: false,
        required: ['campaign', 'progress'],
        properties: {
          campaign: {
            $ref: '#/components/schemas/Campaign',
          },
          progress: {
            $ref: '#/components/schemas/CampaignProgress',
          },
        },
      },
      CampaignList: {
        type: 'object',
        additionalProperties: false,
        required: ['items'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/CampaignOverview',
            },
          },
        },
      },
      CampaignTeamRow: {
        type: 'object',
        additionalProperties: false,
        required: ['owner', 'progress'],
        properties: {
          owner: {
            type: ['string', 'null'],
            description:
              'Direct owner entity ref; null for entities without an owner.',
          },
          title: {
            type: 'string',
          },
          progress: {
            $ref: '#/components/schemas/CampaignProgress',
          },
        },
      },
      CampaignDetail: {
        type: 'object',
        additionalProperties: false,
        required: ['campaign', 'progress', 'teams', 'computedAt'],
        properties: {
          campaign: {
            $ref: '#/components/schemas/Campaign',
          },
          progress: {
            $ref: '#/components/schemas/CampaignProgress',
          },
          teams: {
            type: 'array',
            description:
              'A row per direct owner, most entities not done first.',
            items: {
              $ref: '#/components/schemas/CampaignTeamRow',
            },
          },
          computedAt: {
            type: ['string', 'null'],
            description:
              'When the statuses were last computed; null before the first time.',
          },
        },
      },
      RemainingCheck: {
        type: 'object',
        additionalProperties: false,
        required: ['checkId', 'title'],
        properties: {
          checkId: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          outcome: {
            $ref: '#/components/schemas/CheckOutcome',
          },
        },
      },
      CampaignEntity: {
        type: 'object',
        additionalProperties: false,
        required: ['entityRef', 'name', 'status', 'met', 'total', 'remaining'],
        properties: {
          entityRef: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          owner: {
            type: 'string',
          },
          status: {
            $ref: '#/components/schemas/CampaignEntityStatus',
          },
          met: {
            type: 'integer',
            description: 'Target checks met.',
          },
          total: {
            type: 'integer',
            description: 'Target checks in all.',
          },
          remaining: {
            type: 'array',
            description:
              'Target checks not met yet, checklist order; empty when done.',
            items: {
              $ref: '#/components/schemas/RemainingCheck',
            },
          },
        },
      },
      CampaignEntityPage: {
        type: 'object',
        additionalProperties: false,
        required: ['items', 'totalCount'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/CampaignEntity',
            },
          },
          totalCount: {
            type: 'integer',
          },
        },
      },
      EntityCampaign: {
        type: 'object',
        additionalProperties: false,
        required: ['campaign', 'status', 'met', 'total', 'remaining'],
        properties: {
          campaign: {
            $ref: '#/components/schemas/Campaign',
          },
          status: {
            $ref: '#/components/schemas/CampaignEntityStatus',
          },
          met: {
            type: 'integer',
          },
          total: {
            type: 'integer',
          },
          remaining: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/RemainingCheck',
            },
          },
        },
      },
      EntityCampaignList: {
        type: 'object',
        additionalProperties: false,
        required: ['items'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/EntityCampaign',
            },
          },
        },
      },
      CampaignBurndown: {
        type: 'object',
        additionalProperties: false,
        required: ['start', 'deadline', 'days'],
        properties: {
          start: {
            type: 'string',
          },
          deadline: {
            type: 'string',
          },
          days: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: [
                'day',
                'total',
                'done',
                'onTrack',
                'atRisk',
                'overdue',
              ],
              properties: {
                day: {
                  type: 'string',
                },
                total: {
                  type: 'integer',
                },
                done: {
                  type: 'integer',
                },
                onTrack: {
                  type: 'integer',
                },
                atRisk: {
                  type: 'integer',
                },
                overdue: {
                  type: 'integer',
                },
              },
            },
          },
        },
      },
    },
  },
} as const;

/** An express router whose routes are typed and validated by {@link spec}. */
export const createOpenApiRouter = async (
  options?: Parameters<typeof createValidatedOpenApiRouter>[1],
) => createValidatedOpenApiRouter<typeof spec>(spec, options);
