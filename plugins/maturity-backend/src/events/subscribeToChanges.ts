import type { LoggerService } from '@backstage/backend-plugin-api';
import type { EventsService } from '@backstage/plugin-events-node';
import {
  MATURITY_ENTITY_CHANGED_TOPIC,
  type MaturityEntityChangedPayload,
} from '@backstage-maturity/plugin-maturity-node';
import type { DatabaseEventLookups } from '../store/DatabaseEventLookups';
import { pushedRepository } from './pushedRepositories';
import type { ReevaluationQueue } from './ReevaluationQueue';

/** The topics that re-evaluate entities. */
export const REEVALUATION_TOPICS = [
  MATURITY_ENTITY_CHANGED_TOPIC,
  'github.push',
  'gitlab.push',
];

/**
 * Subscribes the queue to catalog changes and code host pushes: a changed
 * entity is re-evaluated, and so are the entities of a repository whose
 * default branch received a push. With the events backend installed, the
 * subscriber id makes each event reach one replica.
 */
export async function subscribeToChanges(options: {
  events: EventsService;
  queue: Pick<ReevaluationQueue, 'enqueue'>;
  lookups: Pick<DatabaseEventLookups, 'entityRefsOfRepository'>;
  logger: LoggerService;
}): Promise<void> {
  const { events, queue, lookups, logger } = options;
  await events.subscribe({
    id: 'maturity-reevaluation',
    topics: REEVALUATION_TOPICS,
    async onEvent({ topic, eventPayload }) {
      if (topic === MATURITY_ENTITY_CHANGED_TOPIC) {
        const { entityRef } = (eventPayload ??
          {}) as Partial<MaturityEntityChangedPayload>;
        if (typeof entityRef === 'string') queue.enqueue([entityRef]);
        return;
      }
      const repository = pushedRepository(topic, eventPayload);
      if (!repository) return;
      const refs = await lookups.entityRefsOfRepository(repository);
      if (refs.length > 0) {
        logger.debug(`Push to ${repository}: re-evaluating ${refs.join(', ')}`);
        queue.enqueue(refs);
      }
    },
  });
}
