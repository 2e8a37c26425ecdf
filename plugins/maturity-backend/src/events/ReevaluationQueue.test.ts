import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { DefaultEventsService } from '@backstage/plugin-events-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { MATURITY_ENTITY_CHANGED_TOPIC } from '@backstage-maturity/plugin-maturity-node';
import { DatabaseEventLookups } from '../store/DatabaseEventLookups';
import { DatabaseMaturityStore } from '../store/DatabaseMaturityStore';
import { recordOf } from '../store/__testUtils__/scorecards';
import { createTestDatabases } from '../store/testDatabases';
import { ReevaluationQueue } from './ReevaluationQueue';
import { subscribeToChanges } from './subscribeToChanges';

function component(name: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: 'default',
      uid: `uid-${name}`,
      annotations: {
        'backstage.io/source-location': `url:https://github.com/acme/${name}/tree/main/`,
      },
    },
    spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
  };
}

const group: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'team-a', namespace: 'default', uid: 'uid-team-a' },
  spec: { type: 'team', children: [] },
};

const entities = [
  component('payments-api'),
  component('payments-api-v2'),
  component('ledger'),
  group,
];

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())(
  're-evaluation on events on %p',
  databaseId => {
    let store: DatabaseMaturityStore;
    let lookups: DatabaseEventLookups;
    let now: number;

    beforeAll(async () => {
      const knex = await databases.init(databaseId);
      store = await DatabaseMaturityStore.create({
        database: mockServices.database({ knex }),
      });
      lookups = new DatabaseEventLookups(knex);
    });

    beforeEach(async () => {
      now = Date.parse('2026-12-01T10:00:00.000Z');
      // What the last cycle stored, an hour before the events.
      const runId = await store.startRun(new Date(now - 3600_000));
      await store.saveEvaluations(
        ['payments-api', 'payments-api-v2', 'ledger'].map(name => ({
          ...recordOf(name),
          repository: {
            location: `https://github.com/acme/${name}/tree/main/`,
            etag: `"${name}"`,
          },
        })),
        { runId, at: new Date(now - 3600_000) },
      );
    });

    /** A replica's queue whose evaluator stores what it evaluates, now. */
    function replica() {
      const evaluated: string[][] = [];
      const evaluateEntities = jest.fn(async (batch: Entity[]) => {
        evaluated.push(batch.map(e => e.metadata.name));
        const runId = await store.startRun(new Date(now));
        await store.saveEvaluations(
          batch.map(e => recordOf(e.metadata.name)),
          { runId, at: new Date(now) },
        );
        return { runId } as any;
      });
      const afterEvaluation = jest.fn(async () => {});
      const queue = new ReevaluationQueue({
        lookups,
        catalog: catalogServiceMock({ entities }),
        auth: mockServices.auth(),
        entityFilter: [{ kind: 'component' }],
        evaluator: { evaluateEntities },
        afterEvaluation,
        logger: mockServices.logger.mock(),
        debounceMs: 20,
        now: () => now,
      });
      return { queue, evaluated, afterEvaluation };
    }

    it('evaluates changes that arrive together once, then tells what it evaluated', async () => {
      const { queue, evaluated, afterEvaluation } = replica();
      queue.enqueue(['component:default/payments-api']);
      queue.enqueue([
        'component:default/ledger',
        'Component:default/payments-api',
      ]);
      await queue.idle();
      expect(evaluated).toEqual([['payments-api', 'ledger']]);
      expect(afterEvaluation).toHaveBeenCalledWith([
        'component:default/payments-api',
        'component:default/ledger',
      ]);
    });

    it('leaves out entities the evaluation does not cover, and unknown ones', async () => {
      const { queue, evaluated } = replica();
      queue.enqueue(['group:default/team-a', 'component:default/gone']);
      await queue.idle();
      expect(evaluated).toEqual([]);
    });

    it('does not repeat what another replica evaluated after the event arrived', async () => {
      const first = replica();
      const second = replica();
      const receivedAt = now;
      first.queue.enqueue(['component:default/ledger'], receivedAt);
      await first.queue.idle();
      now += 1000;
      second.queue.enqueue(['component:default/ledger'], receivedAt);
      await second.queue.idle();
      expect(first.evaluated).toEqual([['ledger']]);
      expect(second.evaluated).toEqual([]);
    });

    it('re-evaluates the entities of a repository pushed to, through the events service', async () => {
      const events = DefaultEventsService.create({
        logger: mockServices.logger.mock(),
      });
      const { queue, evaluated } = replica();
      await subscribeToChanges({
        events,
        queue,
        lookups,
        logger: mockServices.logger.mock(),
      });
      await events.publish({
        topic: 'github.push',
        eventPayload: {
          ref: 'refs/heads/main',
          repository: {
            html_url: 'https://github.com/ACME/payments-api',
            default_branch: 'main',
          },
        },
      });
      await events.publish({
        topic: 'github.push',
        eventPayload: {
          ref: 'refs/heads/feature',
          repository: {
            html_url: 'https://github.com/acme/ledger',
            default_branch: 'main',
          },
        },
      });
      await events.publish({
        topic: MATURITY_ENTITY_CHANGED_TOPIC,
        eventPayload: { entityRef: 'component:default/payments-api-v2' },
      });
      await queue.idle();
      // payments-api-v2 through its catalog change only: a push to
      // payments-api is not one to payments-api-v2.
      expect(evaluated.flat().sort()).toEqual([
        'payments-api',
        'payments-api-v2',
      ]);
    });
  },
);
