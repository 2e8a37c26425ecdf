import type { Entity } from '@backstage/catalog-model';

/** A Tech Insights check of the comparison and what it stands for. */
export interface ComparedCheck {
  id: string;
  /** The built-in fact retriever that provides its fact. */
  retriever: string;
  fact: string;
  /** The check of our checklist that asks the same, if one does. */
  ours?: string;
  /** Whether the entity should pass, read from the entity itself. */
  expected(entity: Entity): boolean;
}

const owner = (entity: Entity) => entity.spec?.owner as string | undefined;

/** JSON-rules checks over the facts of the built-in fact retrievers. */
export const COMPARED_CHECKS: ComparedCheck[] = [
  {
    id: 'ownerSet',
    retriever: 'entityOwnershipFactRetriever',
    fact: 'hasOwner',
    ours: 'owned',
    expected: entity => Boolean(owner(entity)),
  },
  {
    id: 'groupOwner',
    retriever: 'entityOwnershipFactRetriever',
    fact: 'hasGroupOwner',
    ours: 'owned',
    expected: entity => Boolean(owner(entity)?.startsWith('team-')),
  },
  {
    id: 'described',
    retriever: 'entityMetadataFactRetriever',
    fact: 'hasDescription',
    expected: entity => Boolean(entity.metadata.description),
  },
  {
    id: 'tagged',
    retriever: 'entityMetadataFactRetriever',
    fact: 'hasTags',
    expected: entity => Boolean(entity.metadata.tags?.length),
  },
  {
    id: 'techDocs',
    retriever: 'techdocsFactRetriever',
    fact: 'hasAnnotationBackstageIoTechdocsRef',
    ours: 'docs-as-code',
    expected: entity =>
      Boolean(entity.metadata.annotations?.['backstage.io/techdocs-ref']),
  },
];

export const RETRIEVERS = [...new Set(COMPARED_CHECKS.map(c => c.retriever))];

/**
 * The `techInsights` configuration: each retriever runs once, a second
 * after start (its cron is yearly), and the checks as JSON rules.
 */
export function techInsightsConfig() {
  return {
    factRetrievers: Object.fromEntries(
      RETRIEVERS.map(id => [
        id,
        {
          cadence: '0 0 1 1 *',
          initialDelay: { seconds: 1 },
          timeout: { minutes: 10 },
        },
      ]),
    ),
    factChecker: {
      checks: Object.fromEntries(
        COMPARED_CHECKS.map(check => [
          check.id,
          {
            type: 'json-rules-engine',
            name: check.id,
            description: `${check.fact} is true`,
            factIds: [check.retriever],
            rule: {
              conditions: {
                all: [{ fact: check.fact, operator: 'equal', value: true }],
              },
            },
          },
        ]),
      ),
    },
  };
}
