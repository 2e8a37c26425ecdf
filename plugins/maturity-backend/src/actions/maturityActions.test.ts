import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { actionsRegistryServiceMock } from '@backstage/backend-test-utils/alpha';
import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { JsonObject } from '@backstage/types';
import { createMaturityCampaigns } from '../campaigns/createMaturityCampaigns';
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

/** Team payments' services (and its sub-group's) to Operable. */
const operable = {
  id: 'payments-operable',
  title: 'Payments operable',
  target: { phase: 'operable' },
  entities: { owner: ['group:default/team-payments'] },
  start: '2026-11-01',
  deadline: '2027-03-31',
};

describe.each(databases.eachSupportedId())(
  'maturity actions on %p',
  databaseId => {
    let store: DatabaseMaturityStore;
    let knex: Awaited<ReturnType<typeof databases.init>>;
    let denied: Set<string>;
    let actions: ReturnType<typeof actionsRegistryServiceMock>;
    let campaigns: ReturnType<typeof createMaturityCampaigns>;

    beforeAll(async () => {
      knex = await databases.init(databaseId);
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
      const { access, groups } = createReadAccess({
        catalog: createCatalog(),
        auth: mockServices.auth(),
        httpAuth: mockServices.httpAuth(),
        permissions,
        checklist,
        entityFilter: [{ kind: 'component' }],
      });
      campaigns = createMaturityCampaigns({
        db: knex,
        configured: [operable],
        catalog: createCatalog(),
        auth: mockServices.auth(),
        checklist,
        logger: mockServices.logger.mock(),
        now: () => SECOND_RUN,
      });
      registerMaturityActions({
        actionsRegistry: actions,
        access,
        groups,
        store,
        checklist,
        campaigns,
      });
    });

    function invoke(
      name: string,
      input: JsonObject,
      credentials: BackstageCredentials = mockCredentials.user(),
    ) {
      return actions.invoke({ id: `test:${name}`, input, credentials });
    }

    it('registers five read-only actions with input and output schemas', async () => {
      const { actions: listed } = await actions.list();
      expect(listed.map(a => a.name)).toEqual([
        'get-entity-scorecard',
        'get-entity-next-steps',
        'get-maturity-summary',
        'list-entities-blocked-by-check',
        'get-campaign-progress',
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
    describe('get-campaign-progress', () => {
      beforeEach(async () => {
        await campaigns.tracker.refreshAll();
      });

      it('lists every campaign with its progress', async () => {
        const { output } = await invoke('get-campaign-progress', {});
        expect(output).toEqual({
          campaigns: [
            {
              id: 'payments-operable',
              title: 'Payments operable',
              target: 'Operable',
              start: '2026-11-01',
              deadline: '2027-03-31',
              progress: {
                total: 3,
                done: 1,
                onTrack: 2,
                atRisk: 0,
                overdue: 0,
                doneShare: 1 / 3,
              },
            },
          ],
        });
      });

      it('names the teams and the entities not done with what they miss, counting only what the caller may see', async () => {
        const admin = await invoke('get-campaign-progress', {
          campaignId: 'payments-operable',
        });
        expect(admin.output).toMatchObject({
          teams: [
            {
              owner: 'group:default/team-payments',
              progress: { total: 2, done: 1 },
            },
            {
              owner: 'group:default/team-payments-core',
              progress: { total: 1, done: 0 },
            },
          ],
          entitiesNotDone: [
            {
              entityRef: 'component:default/payments-ledger',
              status: 'on-track',
              missing: ['alerts'],
            },
            { entityRef: `component:default/${HIDDEN_FROM_ALICE}` },
          ],
          moreEntitiesNotDone: 0,
        });

        const alice = await invoke(
          'get-campaign-progress',
          { campaignId: 'payments-operable' },
          mockCredentials.user(ALICE),
        );
        expect(alice.output).toMatchObject({
          campaigns: [{ progress: { total: 2 } }],
          entitiesNotDone: [{ entityRef: 'component:default/payments-ledger' }],
        });
        expect(
          (alice.output as { entitiesNotDone: unknown[] }).entitiesNotDone,
        ).toHaveLength(1);
      });

      it('answers an unknown campaign with a not-found error that says how to list them', async () => {
        await expect(
          invoke('get-campaign-progress', { campaignId: 'nope' }),
        ).rejects.toMatchObject({
          name: 'NotFoundError',
          message: expect.stringMatching(/without campaignId/),
        });
      });

      it('refuses a caller without the read permission', async () => {
        denied.add('maturity.scorecard.read');
        await expect(invoke('get-campaign-progress', {})).rejects.toMatchObject(
          { name: 'NotAllowedError' },
        );
      });
    });
  },
);
