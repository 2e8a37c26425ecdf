import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { actionsRegistryServiceMock } from '@backstage/backend-test-utils/alpha';
import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { JsonObject } from '@backstage/types';
import { createReadAccess } from '../service/readAccess';
import {
  ALICE,
  checklist,
  createCatalog,
  createPermissions,
  HIDDEN_FROM_ALICE,
  SECOND_RUN,
  seed,
} from '../service/__testUtils__/fixture';
import { DatabaseMaturityStore } from '../store/DatabaseMaturityStore';
import { recordOf } from '../store/__testUtils__/scorecards';
import { createTestDatabases } from '../store/testDatabases';
import { registerMaturityActions } from './registerMaturityActions';

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())(
  'maturity actions on %p',
  databaseId => {
    let store: DatabaseMaturityStore;
    let denied: Set<string>;
    let actions: ReturnType<typeof actionsRegistryServiceMock>;

    beforeAll(async () => {
      const knex = await databases.init(databaseId);
      store = await DatabaseMaturityStore.create({
        database: mockServices.database({ knex }),
      });
      await seed(store);
      // In the catalog and readable, but its CI could not be read: unknown.
      const runId = await store.startRun(SECOND_RUN);
      await store.saveEvaluations(
        [
          recordOf(
            'new-service',
            { readme: 'pass', ci: 'error' },
            { facts: { owner: 'group:default/team-search' } },
          ),
        ],
        { runId, at: SECOND_RUN },
      );
    });

    beforeEach(() => {
      denied = new Set();
      actions = actionsRegistryServiceMock();
      const permissions = createPermissions(denied);
      registerMaturityActions({
        actionsRegistry: actions,
        access: createReadAccess({
          catalog: createCatalog(),
          auth: mockServices.auth(),
          httpAuth: mockServices.httpAuth(),
          permissions,
          checklist,
          entityFilter: [{ kind: 'component' }],
        }).access,
        store,
        checklist,
      });
    });

    function invoke(
      name: string,
      input: JsonObject,
      credentials: BackstageCredentials = mockCredentials.user(),
    ) {
      return actions.invoke({ id: `test:${name}`, input, credentials });
    }

    it('registers four read-only actions with input and output schemas', async () => {
      const { actions: listed } = await actions.list();
      expect(listed.map(a => a.name)).toEqual([
        'get-entity-scorecard',
        'get-entity-next-steps',
        'get-maturity-summary',
        'list-entities-blocked-by-check',
      ]);
      for (const action of listed) {
        expect(action.attributes).toMatchObject({
          readOnly: true,
          destructive: false,
        });
        expect(action.schema.input).toMatchObject({ type: 'object' });
        expect(action.schema.output).toMatchObject({ type: 'object' });
      }
    });

    describe('get-entity-scorecard', () => {
      it('returns the phase, progress and every check with what was looked for and found', async () => {
        const { output } = await invoke('get-entity-scorecard', {
          entityRef: 'component:default/payments-ledger',
        });
        expect(output).toMatchObject({
          entityRef: 'component:default/payments-ledger',
          phase: { id: 'foundation', name: 'Foundation' },
          nextPhase: { id: 'operable', name: 'Operable' },
          progress: 0.5,
        });
        expect(output).not.toHaveProperty('unknown');
        const checks = (output as { checks: JsonObject[] }).checks;
        expect(checks.map(c => c.checkId)).toEqual(
          checklist.checks.map(c => c.id),
        );
        expect(checks.find(c => c.checkId === 'readme')).toEqual({
          checkId: 'readme',
          title: 'readme',
          phase: 'foundation',
          required: true,
          outcome: 'pass',
          blocking: false,
          lookedFor: [],
          found: ['readme.md'],
        });
        expect(checks.find(c => c.checkId === 'alerts')).toMatchObject({
          outcome: 'fail',
          blocking: true,
          lookedFor: ['alerts.md'],
          found: [],
        });
      });

      it('takes a bare name as a component and tells an unknown standing', async () => {
        const { output } = await invoke('get-entity-scorecard', {
          entityRef: 'new-service',
        });
        expect(output).toMatchObject({
          entityRef: 'component:default/new-service',
          phase: { id: 'not-started', name: 'Not started' },
          unknown: { checks: ['ci'] },
        });
      });

      it('hides an entity that the catalog hides from the caller, as REST does', async () => {
        const entityRef = `component:default/${HIDDEN_FROM_ALICE}`;
        await expect(
          invoke(
            'get-entity-scorecard',
            { entityRef },
            mockCredentials.user(ALICE),
          ),
        ).rejects.toMatchObject({
          name: 'NotFoundError',
          message: `No entity component:default/${HIDDEN_FROM_ALICE}`,
        });
        // Others may see it.
        const { output } = await invoke('get-entity-scorecard', { entityRef });
        expect(output).toMatchObject({ entityRef });
      });

      it('refuses callers without the read permission or credentials', async () => {
        denied.add('maturity.scorecard.read');
        await expect(
          invoke('get-entity-scorecard', { entityRef: 'payments-api' }),
        ).rejects.toMatchObject({
          name: 'NotAllowedError',
          message: 'Missing permission maturity.scorecard.read',
        });
        denied.clear();
        await expect(
          invoke(
            'get-entity-scorecard',
            { entityRef: 'payments-api' },
            mockCredentials.none(),
          ),
        ).rejects.toMatchObject({ name: 'AuthenticationError' });
      });

      it('answers not found for an entity that has not been evaluated', async () => {
        await expect(
          invoke('get-entity-scorecard', {
            entityRef: 'group:default/marketing',
          }),
        ).rejects.toMatchObject({
          name: 'NotFoundError',
          message: 'group:default/marketing has not been evaluated yet',
        });
      });

      it('rejects a malformed entity ref', async () => {
        await expect(
          invoke('get-entity-scorecard', { entityRef: 'component:' }),
        ).rejects.toMatchObject({ name: 'InputError' });
      });
    });

    describe('get-entity-next-steps', () => {
      it('returns the checks blocking the next phase with why and how to pass', async () => {
        const { output } = await invoke('get-entity-next-steps', {
          entityRef: 'component:default/website',
        });
        expect(output).toMatchObject({
          phase: { id: 'not-started' },
          nextPhase: { id: 'foundation', name: 'Foundation' },
          blocking: [
            {
              checkId: 'readme',
              title: 'readme',
              why: 'Without readme things go wrong',
              howToPass: 'Add readme',
              attestable: false,
              lookedFor: ['readme.md'],
            },
            {
              checkId: 'ci',
              howToPass: 'Add ci',
              lookedFor: ['ci.md'],
            },
          ],
        });
      });

      it('lists nothing when the only gap could not be read', async () => {
        const { output } = await invoke('get-entity-next-steps', {
          entityRef: 'new-service',
        });
        expect(output).toMatchObject({
          blocking: [],
          unknown: { checks: ['ci'] },
        });
      });

      it('hides an entity that the catalog hides from the caller', async () => {
        await expect(
          invoke(
            'get-entity-next-steps',
            { entityRef: HIDDEN_FROM_ALICE },
            mockCredentials.user(ALICE),
          ),
        ).rejects.toMatchObject({ name: 'NotFoundError' });
      });
    });

    describe('get-maturity-summary', () => {
      it('counts every standing and the top blockers', async () => {
        const { output } = await invoke('get-maturity-summary', {});
        expect(output).toEqual({
          total: 6,
          phases: [
            { phase: 'unknown', name: 'Unknown', count: 1 },
            { phase: 'not-started', name: 'Not started', count: 2 },
            { phase: 'foundation', name: 'Foundation', count: 2 },
            { phase: 'operable', name: 'Operable', count: 1 },
            { phase: 'excellent', name: 'Excellent', count: 0 },
          ],
          blockers: [
            { checkId: 'alerts', title: 'alerts', phase: 'operable', count: 2 },
            {
              checkId: 'readme',
              title: 'readme',
              phase: 'foundation',
              count: 2,
            },
            { checkId: 'ci', title: 'ci', phase: 'foundation', count: 1 },
            { checkId: 'slo', title: 'slo', phase: 'excellent', count: 1 },
          ],
          blockerCount: 4,
        });
      });

      it('narrows to a team and its sub-groups, and to what the caller may see', async () => {
        const team = await invoke('get-maturity-summary', {
          owner: 'team-payments',
        });
        expect(team.output).toMatchObject({ total: 3 });
        const alice = await invoke(
          'get-maturity-summary',
          { owner: 'group:default/team-payments' },
          mockCredentials.user(ALICE),
        );
        expect(alice.output).toMatchObject({
          total: 2,
          blockers: [{ checkId: 'alerts', count: 1 }, { checkId: 'slo' }],
        });
      });

      it('refuses callers without the read permission', async () => {
        denied.add('maturity.scorecard.read');
        await expect(invoke('get-maturity-summary', {})).rejects.toMatchObject({
          name: 'NotAllowedError',
        });
      });
    });

    describe('list-entities-blocked-by-check', () => {
      it('names the entities that the check keeps from their next phase', async () => {
        const { output } = await invoke('list-entities-blocked-by-check', {
          checkId: 'alerts',
        });
        expect(output).toMatchObject({
          checkId: 'alerts',
          title: 'alerts',
          totalCount: 2,
          entities: [
            {
              entityRef: 'component:default/payments-ledger',
              phase: { id: 'foundation', name: 'Foundation' },
              nextPhase: { id: 'operable' },
            },
            { entityRef: `component:default/${HIDDEN_FROM_ALICE}` },
          ],
        });
      });

      it('honours the limit and leaves out entities hidden from the caller', async () => {
        const limited = await invoke('list-entities-blocked-by-check', {
          checkId: 'alerts',
          limit: 1,
        });
        expect(limited.output).toMatchObject({ totalCount: 2 });
        expect((limited.output as { entities: [] }).entities).toHaveLength(1);

        const alice = await invoke(
          'list-entities-blocked-by-check',
          { checkId: 'alerts' },
          mockCredentials.user(ALICE),
        );
        expect(alice.output).toMatchObject({
          totalCount: 1,
          entities: [{ entityRef: 'component:default/payments-ledger' }],
        });
      });

      it('names an unknown check in an input error, as REST answers 400', async () => {
        await expect(
          invoke('list-entities-blocked-by-check', {
            checkId: 'no-such-check',
          }),
        ).rejects.toMatchObject({
          name: 'InputError',
          message:
            'Invalid query parameter "blocker": "no-such-check" is not a check of the checklist',
        });
      });
    });
  },
);
