import type { Entity } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import {
  EntityProvider,
  entityPresentationApiRef,
  type EntityPresentationApi,
} from '@backstage/plugin-catalog-react';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DateTime } from 'luxon';
import {
  entity as fixtureEntity,
  entityHistory,
  scorecard,
  UNREADABLE_REASON,
  unknownScorecard,
} from '../../__fixtures__/scorecard';
import { permissionApi } from '../../__fixtures__/permissionApi';
import {
  maturityApiRef,
  type EntityHistory,
  type MaturityApi,
  type Scorecard,
} from '../../api';
import { formatDate, formatDateTime } from '../common/dates';
import { EntityMaturityContent } from './EntityMaturityContent';

const REFRESH = 'maturity.entity.refresh';
const MANAGE = 'maturity.exemption.manage';

// A whole scorecard page with dialogs is a lot of DOM for jsdom.
jest.setTimeout(30_000);

let renders = 0;

/** Enters text in one go: typing key by key is slow and adds nothing here. */
async function enter(field: HTMLElement, text: string) {
  await userEvent.click(field);
  await userEvent.paste(text);
}

/** Names of people as the catalog has them. */
const PEOPLE: Record<string, string> = {
  'user:default/jane.doe': 'Jane Doe',
  'user:default/john.smith': 'John Smith',
};

/** Shows people by their catalog names, as the app's presentation API does. */
const presentationApi: EntityPresentationApi = {
  forEntity(entityOrRef) {
    const ref = typeof entityOrRef === 'string' ? entityOrRef : '';
    const snapshot = { entityRef: ref, primaryTitle: PEOPLE[ref] ?? ref };
    return { snapshot, promise: Promise.resolve(snapshot) };
  },
};

const PHASE_DESCRIPTIONS: Record<string, string> = {
  'walking-skeleton': 'the service can be built, tested and run by anyone',
  foundation: 'it can be operated and integrated',
  'production-ready': 'it is safe to put in front of users',
  'operational-maturity': 'it survives failures and can be diagnosed',
  kaizen: 'it is improved continuously from measurements',
};

function mockApi(overrides: Partial<MaturityApi> = {}) {
  return {
    getChecklist: jest.fn(async () => ({
      phases: scorecard.phases.map(p => ({
        id: p.phaseId,
        name: p.name,
        description: PHASE_DESCRIPTIONS[p.phaseId],
      })),
      tracks: [],
      checks: [],
    })),
    getScorecard: jest.fn(async () => scorecard),
    getEntityHistory: jest.fn(async () => entityHistory),
    refreshEntity: jest.fn(async () => scorecard.summary),
    createWaiver: jest.fn(),
    revokeWaiver: jest.fn(),
    listEntityCampaigns: jest.fn(async () => ({ items: [] })),
    ...overrides,
  };
}

async function renderContent(
  api: Partial<MaturityApi>,
  permissions = permissionApi(REFRESH, MANAGE),
  options: {
    type?: string;
    annotations?: Record<string, string>;
    /** The URL the tab opens at, e.g. with an anchor. */
    url?: string;
  } = {},
) {
  // usePermission caches decisions per permission and resource across
  // renders; a fresh entity name per test keeps them from leaking.
  renders += 1;
  const entity: Entity = {
    ...fixtureEntity,
    metadata: {
      ...fixtureEntity.metadata,
      name: `payments-api-${renders}`,
      annotations: options.annotations,
    },
    spec: { ...fixtureEntity.spec, type: options.type ?? 'service' },
  };
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [maturityApiRef, api],
        [permissionApiRef, permissions],
        [entityPresentationApiRef, presentationApi],
      ]}
    >
      <EntityProvider entity={entity}>
        <EntityMaturityContent />
      </EntityProvider>
    </TestApiProvider>,
    options.url ? { routeEntries: [options.url] } : undefined,
  );
  return entity;
}

function region(name: string) {
  return screen.getByRole('region', { name });
}

async function forbidden(): Promise<ResponseError> {
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: { name: 'NotAllowedError', message: 'Unauthorized' },
        request: { method: 'GET', url: '/' },
        response: { statusCode: 403 },
      }),
      { status: 403, headers: { 'Content-Type': 'application/json' } },
    ),
  );
}

describe('EntityMaturityContent', () => {
  it('shows the ladder with the reached phases marked and the progress into the next', async () => {
    const api = mockApi();
    const entity = await renderContent(api);

    const ladder = await screen.findByRole('region', { name: 'Ladder' });
    expect(api.getScorecard).toHaveBeenCalledWith({
      kind: 'component',
      namespace: 'default',
      name: entity.metadata.name,
    });
    const rungs = within(ladder).getAllByRole('listitem');
    expect(rungs.map(r => r.textContent)).toEqual([
      expect.stringContaining('Walking Skeleton'),
      expect.stringContaining('Solid Foundation'),
      expect.stringContaining('Production Ready'),
      expect.stringContaining('Operational Maturity'),
      expect.stringContaining('Kaizen'),
    ]);
    expect(rungs[0]).toHaveTextContent('Reached');
    expect(rungs[1]).toHaveAttribute('aria-current', 'step');
    expect(rungs[1]).toHaveTextContent('Current phase');
    expect(rungs[2]).toHaveTextContent('Next');
    expect(rungs[2]).toHaveTextContent('4 of 8 checks met, 4 required not met');
    expect(rungs[2]).not.toHaveTextContent('Reached');
    expect(
      within(ladder).getByRole('progressbar', {
        name: 'Progress into Production Ready',
      }),
    ).toHaveAttribute('aria-valuenow', '50');
  });

  it('says "Not started" when no phase is reached', async () => {
    const notStarted: Scorecard = {
      ...scorecard,
      summary: {
        ...scorecard.summary,
        phase: null,
        nextPhase: 'walking-skeleton',
      },
      phases: scorecard.phases.map(p => ({ ...p, reached: false })),
    };
    await renderContent(mockApi({ getScorecard: async () => notStarted }));

    const ladder = await screen.findByRole('region', { name: 'Ladder' });
    expect(within(ladder).getByText('Not started')).toBeInTheDocument();
    expect(within(ladder).queryByText('Reached')).not.toBeInTheDocument();
    expect(
      screen.getByText('The first phase is not reached yet'),
    ).toBeInTheDocument();
  });

  it('lists the checks by phase with outcomes in words, evidence and guidance', async () => {
    await renderContent(mockApi());
    const checks = await screen.findByRole('region', { name: 'Checks' });

    const production = within(checks).getByRole('region', {
      name: 'Production Ready',
    });
    expect(within(production).getAllByText('Not met')).toHaveLength(4);
    expect(within(production).getByText('Attested')).toBeInTheDocument();
    expect(within(production).getByText('Not applicable')).toBeInTheDocument();
    expect(within(production).getAllByText('Blocking')).toHaveLength(4);
    expect(within(checks).getByText('Exempt')).toBeInTheDocument();

    // Failing blocking checks are open: what was looked for, why, how.
    expect(within(checks).getByText('.sops.yaml')).toBeVisible();
    expect(
      within(checks).getByText('Secrets copied by hand leak and never rotate.'),
    ).toBeVisible();

    // Passed and not applicable checks name their evidence once opened.
    for (const title of [
      /Code is in a hosted git repository/,
      /Build and deploy are automated/,
      /Database migrations are automated/,
    ]) {
      await userEvent.click(
        within(checks).getByRole('button', { name: title }),
      );
    }
    await waitFor(() =>
      expect(
        within(checks).getByText(
          'Source location points at github.com/acme/payments-api',
        ),
      ).toBeVisible(),
    );
    expect(
      within(checks).getByText('No database dependency and no DB driver'),
    ).toBeVisible();

    // How to pass, with the guidance link.
    expect(
      within(checks).getByText(
        'Use SOPS, Vault, External Secrets or a cloud secret manager.',
      ),
    ).toBeInTheDocument();
    expect(
      within(checks)
        .getAllByRole('link', { name: /^Guidance/ })
        .map(link => link.getAttribute('href')),
    ).toEqual([
      'https://handbook.example.com/ci',
      'https://handbook.example.com/secrets',
    ]);
  });

  it('renders Markdown guidance, names ignored files apart and keeps technical details folded', async () => {
    await renderContent(mockApi());
    const checks = await screen.findByRole('region', { name: 'Checks' });
    await userEvent.click(
      within(checks).getByRole('button', {
        name: /API contracts are explicit/,
      }),
    );

    // Backticks become code, not literal backticks.
    const code = await within(checks).findByText('openapi.yaml', {
      selector: 'code',
    });
    expect(code).toBeVisible();
    expect(within(checks).queryByText(/`openapi\.yaml`/)).toBeNull();

    // An ignored file is told apart from the evidence.
    const ignored = within(checks).getByText(/^Ignored: could not be read/);
    expect(ignored.closest('[role="alert"]')).toHaveTextContent(
      'charts/payments/templates/job.yaml: invalid YAML',
    );

    // The globs are there for those who open the details.
    const technical = within(checks).getByText('Technical details');
    const pattern = within(checks).getByText(/files openapi\*/);
    expect(pattern).not.toBeVisible();
    await userEvent.click(technical);
    expect(pattern).toBeVisible();
  });

  it('shows the waiver behind an attested or exempt check', async () => {
    await renderContent(mockApi());
    const checks = await screen.findByRole('region', { name: 'Checks' });
    const runbooks = within(checks).getByRole('button', {
      name: /Run books and play books exist/,
    });
    expect(runbooks).toHaveTextContent('Attested');
    await userEvent.click(runbooks);
    // The person is named as the catalog names them, not by their ref.
    await waitFor(() =>
      expect(within(checks).getByText(/^Attested by/)).toBeVisible(),
    );
    expect(within(checks).getByText(/^Attested by/)).toHaveTextContent(
      `Attested by Jane Doe until ${formatDate('2027-03-31')}`,
    );
    expect(
      within(checks).getByRole('link', { name: /^Evidence/ }),
    ).toHaveAttribute('href', 'https://wiki.example.com/payments/runbooks');

    const logging = within(checks).getByRole('button', {
      name: /Structured logging with levels/,
    });
    expect(logging).toHaveTextContent('Exempt');
    await userEvent.click(logging);
    await waitFor(() =>
      expect(
        within(checks).getByText(
          `Exempted by a catalog annotation until ${formatDate('2027-06-30')}`,
        ),
      ).toBeVisible(),
    );
  });

  it('opens blocking checks and keeps passed ones closed until asked', async () => {
    await renderContent(mockApi());
    const checks = await screen.findByRole('region', { name: 'Checks' });

    const blocking = within(checks).getByRole('button', {
      name: /Secrets management is automated/,
    });
    expect(blocking).toHaveAttribute('aria-expanded', 'true');
    const passed = within(checks).getByRole('button', {
      name: /Code is in a hosted git repository/,
    });
    expect(passed).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(passed);
    expect(passed).toHaveAttribute('aria-expanded', 'true');
  });

  it('explains a check that could not be evaluated and shows its last conclusive outcome', async () => {
    await renderContent(mockApi());
    const checks = await screen.findByRole('region', { name: 'Checks' });

    const row = within(checks).getByRole('button', {
      name: /There is a testing strategy/,
    });
    expect(row).toHaveTextContent('Could not check');
    expect(row).not.toHaveTextContent('Blocking');
    // Closed: the phase is known, but an unread check is not the next step.
    expect(row).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(row);
    const alert = within(checks).getByText(
      'Could not check: The repository could not be read: GitHub answered 503',
    );
    const details = alert.closest('[role="alert"]') as HTMLElement;
    expect(details).toHaveTextContent('Last conclusive outcome:Passed');
    expect(within(details).getByText('Unit test file')).toBeInTheDocument();
  });

  it('shows the tracks beside the ladder and their checks', async () => {
    await renderContent(mockApi());
    const tracks = await screen.findByRole('region', { name: 'Tracks' });
    expect(
      within(tracks).getByText('Development practices'),
    ).toBeInTheDocument();
    expect(within(tracks).getByText('1 of 2 met')).toBeInTheDocument();
    expect(
      within(tracks).getByRole('progressbar', { name: 'Nice to have score' }),
    ).toHaveAttribute('aria-valuenow', '100');

    const practices = within(region('Checks')).getByRole('region', {
      name: 'Development practices (track)',
    });
    expect(
      within(practices).getByText('Trunk-based development'),
    ).toBeInTheDocument();
    expect(within(practices).getByText('Code reviews')).toBeInTheDocument();
  });

  it('lists exemptions and attestations in force apart from past ones, with names', async () => {
    await renderContent(mockApi());
    const waivers = await screen.findByRole('region', {
      name: 'Exemptions and attestations',
    });
    const inForce = within(waivers).getByRole('table', {
      name: 'Exemptions and attestations in force',
    });
    const rows = within(inForce).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);

    const [attestation, annotation] = rows;
    expect(attestation).toHaveTextContent('Run books and play books exist');
    expect(attestation).toHaveTextContent('Attestation');
    expect(attestation).toHaveTextContent(
      'Runbooks live in the operations wiki, not in the repository',
    );
    // By: the person's name from the catalog, not the entity ref.
    expect(attestation).toHaveTextContent('Jane Doe');
    expect(attestation).not.toHaveTextContent('user:default');
    expect(attestation).toHaveTextContent(formatDate('2027-03-31'));
    expect(
      within(attestation).getByRole('link', { name: /^evidence/ }),
    ).toHaveAttribute('href', 'https://wiki.example.com/payments/runbooks');

    expect(annotation).toHaveTextContent('Structured logging with levels');
    expect(annotation).toHaveTextContent('Catalog annotation');
    expect(annotation).toHaveTextContent(formatDate('2027-06-30'));

    // Past ones are folded away below.
    const summary = within(waivers).getByText(
      /^Past exemptions and attestations \(1\)/,
    );
    const pastTable = within(waivers).getByRole('table', {
      name: 'Past exemptions and attestations',
    });
    expect(pastTable).not.toBeVisible();
    await userEvent.click(summary);
    expect(pastTable).toBeVisible();
    const [revoked] = within(pastTable).getAllByRole('row').slice(1);
    expect(revoked).toHaveTextContent('SAST/DAST/dependency scanning in CI');
    expect(revoked).toHaveTextContent('John Smith');
    expect(revoked).toHaveTextContent(
      `Revoked by Jane Doe on ${formatDate('2026-09-15T12:00:00.000Z')}`,
    );
    expect(
      within(pastTable).queryByRole('button', { name: /Revoke/ }),
    ).not.toBeInTheDocument();
  });

  it('shows neither the form nor revoke buttons without the permission to manage exemptions', async () => {
    const permissions = permissionApi(REFRESH);
    await renderContent(mockApi(), permissions);
    const waivers = await screen.findByRole('region', {
      name: 'Exemptions and attestations',
    });
    await waitFor(() =>
      expect(permissions.authorize).toHaveBeenCalledWith(
        expect.objectContaining({
          permission: expect.objectContaining({ name: MANAGE }),
        }),
      ),
    );
    // Re-evaluation is allowed, so permission decisions have arrived.
    expect(
      await screen.findByRole('button', { name: 'Re-evaluate now' }),
    ).toBeInTheDocument();
    expect(
      within(waivers).queryByRole('button', {
        name: 'Add exemption or attestation',
      }),
    ).not.toBeInTheDocument();
    expect(
      within(waivers).queryByRole('button', { name: /Revoke/ }),
    ).not.toBeInTheDocument();
  });

  it('validates the exemption form before saving', async () => {
    const api = mockApi();
    await renderContent(api);
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Add exemption or attestation',
      }),
    );
    const dialog = screen.getByRole('dialog', {
      name: 'Add exemption or attestation',
    });
    fireEvent.change(within(dialog).getByLabelText('Expires on'), {
      target: {
        value: DateTime.utc().plus({ years: 1, days: 2 }).toISODate(),
      },
    });
    await enter(within(dialog).getByLabelText('Reason'), 'Later');
    await userEvent.click(within(dialog).getByLabelText('Attestation'));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(
      within(dialog).getByText('Choose the check to exempt or attest'),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText('Give a reason of at least 10 characters'),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText(/Choose a date at most a year ahead/),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText('An attestation needs a link to its evidence'),
    ).toBeInTheDocument();

    await enter(within(dialog).getByLabelText('Evidence URL'), 'wiki page');
    expect(
      within(dialog).getByText('Enter a web address starting with https://'),
    ).toBeInTheDocument();
    expect(api.createWaiver).not.toHaveBeenCalled();
  });

  it('offers unmet checks, and only attestable ones for an attestation', async () => {
    await renderContent(mockApi());
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Add exemption or attestation',
      }),
    );
    const dialog = screen.getByRole('dialog');
    const options = () =>
      within(within(dialog).getByLabelText('Check'))
        .getAllByRole('option')
        .map(o => o.textContent)
        .slice(1);

    expect(options()).toEqual([
      'There is a testing strategy, starting with unit tests',
      'Automated tests at several levels',
      'Secrets management is automated',
      'SAST/DAST/dependency scanning in CI',
      'Schemas are registered and validated, clients generated',
      'Backup and disaster recovery are automated',
      'Performance testing is part of the cycle',
      'Trunk-based development',
    ]);

    await userEvent.selectOptions(
      within(dialog).getByLabelText('Check'),
      'secrets-management',
    );
    await userEvent.click(within(dialog).getByLabelText('Attestation'));
    expect(options()).toEqual([
      'Backup and disaster recovery are automated',
      'Trunk-based development',
    ]);
    // The check that cannot be attested is no longer chosen.
    expect(within(dialog).getByLabelText('Check')).toHaveValue('');
  });

  it('saves an attestation and re-evaluates at once, without a banner to re-evaluate', async () => {
    const created = {
      ...scorecard.waivers[0],
      id: 'w-new',
      checkId: 'trunk-based',
    };
    const api = mockApi({ createWaiver: jest.fn(async () => created) });
    const entity = await renderContent(api);
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Add exemption or attestation',
      }),
    );
    const dialog = screen.getByRole('dialog');
    const expiresOn = DateTime.utc().plus({ months: 6 }).toISODate()!;
    await enter(
      within(dialog).getByLabelText('Reason'),
      'Branches live for a day at most, see the repository insights',
    );
    fireEvent.change(within(dialog).getByLabelText('Expires on'), {
      target: { value: expiresOn },
    });
    await enter(
      within(dialog).getByLabelText('Evidence URL'),
      'https://github.com/acme/payments-api/branches',
    );
    await userEvent.click(within(dialog).getByLabelText('Attestation'));
    await userEvent.selectOptions(
      within(dialog).getByLabelText('Check'),
      'Trunk-based development',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(api.createWaiver).toHaveBeenCalledWith(
        { kind: 'component', namespace: 'default', name: entity.metadata.name },
        {
          checkId: 'trunk-based',
          kind: 'attestation',
          reason:
            'Branches live for a day at most, see the repository insights',
          expiresAt: expiresOn,
          evidenceUrl: 'https://github.com/acme/payments-api/branches',
        },
      ),
    );
    // Re-evaluated right away: no button to press, then the new scorecard.
    await waitFor(() => expect(api.refreshEntity).toHaveBeenCalledTimes(1));
    expect(
      await screen.findByText(
        'Saved. The attestation of “Trunk-based development” counts now.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(api.getScorecard).toHaveBeenCalledTimes(2));
    expect(
      screen.queryByRole('button', { name: /Re-evaluate to apply/ }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByText(/counts from the next evaluation/),
    ).not.toBeInTheDocument();
  });

  it('explains a conflicting waiver', async () => {
    const conflict = Object.assign(new Error('conflict'), { statusCode: 409 });
    await renderContent(
      mockApi({ createWaiver: jest.fn().mockRejectedValue(conflict) }),
    );
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Add exemption or attestation',
      }),
    );
    const dialog = screen.getByRole('dialog');
    await userEvent.selectOptions(
      within(dialog).getByLabelText('Check'),
      'secrets-management',
    );
    await enter(
      within(dialog).getByLabelText('Reason'),
      'Secrets are injected by the platform',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      await within(dialog).findByText(
        'This check already has an active exemption or attestation; revoke it first.',
      ),
    ).toBeInTheDocument();
  });

  it('revokes an attestation with a reason', async () => {
    const api = mockApi({
      revokeWaiver: jest.fn(async () => ({
        ...scorecard.waivers[0],
        active: false,
      })),
    });
    await renderContent(api);
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Revoke the attestation of Run books and play books exist',
      }),
    );
    const dialog = screen.getByRole('dialog', {
      name: 'Revoke the attestation of “Run books and play books exist”',
    });
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Revoke' }),
    );
    expect(
      within(dialog).getByText('Give a reason of at least 10 characters'),
    ).toBeInTheDocument();
    // The same rule as for granting: a short reason is refused too.
    await enter(within(dialog).getByLabelText('Reason'), 'Gone');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Revoke' }),
    );
    expect(api.revokeWaiver).not.toHaveBeenCalled();
    await userEvent.clear(within(dialog).getByLabelText('Reason'));
    await enter(
      within(dialog).getByLabelText('Reason'),
      'The wiki page was deleted',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Revoke' }),
    );
    await waitFor(() =>
      expect(api.revokeWaiver).toHaveBeenCalledWith(
        'w-runbooks',
        'The wiki page was deleted',
      ),
    );
    expect(
      await screen.findByText(
        'Revoked. “Run books and play books exist” counts as it is now.',
      ),
    ).toBeInTheDocument();
    expect(api.refreshEntity).toHaveBeenCalledTimes(1);
  });

  it('re-evaluates on request and shows the new phase', async () => {
    const promoted: Scorecard = {
      ...scorecard,
      summary: {
        ...scorecard.summary,
        phase: 'production-ready',
        nextPhase: 'operational-maturity',
        evaluatedAt: new Date().toISOString(),
      },
      phases: scorecard.phases.map(p =>
        p.phaseId === 'production-ready'
          ? { ...p, reached: true, met: 8, blocking: [] }
          : p,
      ),
    };
    const api = mockApi({
      getScorecard: jest
        .fn()
        .mockResolvedValueOnce(scorecard)
        .mockResolvedValue(promoted),
      refreshEntity: jest.fn(async () => promoted.summary),
    });
    const entity = await renderContent(api);

    await userEvent.click(
      await screen.findByRole('button', { name: 'Re-evaluate now' }),
    );
    expect(api.refreshEntity).toHaveBeenCalledWith({
      kind: 'component',
      namespace: 'default',
      name: entity.metadata.name,
    });
    await waitFor(() =>
      expect(
        within(region('Ladder')).getByRole('listitem', { current: 'step' }),
      ).toHaveTextContent('Production Ready'),
    );
    // The timeline is read again for the new evaluation.
    expect(api.getEntityHistory).toHaveBeenCalledTimes(2);
  });

  it('tells why a re-evaluation failed', async () => {
    await renderContent(
      mockApi({
        refreshEntity: jest
          .fn()
          .mockRejectedValue(new Error('The repository is unreachable')),
      }),
    );
    await userEvent.click(
      await screen.findByRole('button', { name: 'Re-evaluate now' }),
    );
    expect(
      await screen.findByText(
        'Re-evaluation failed: The repository is unreachable',
      ),
    ).toBeInTheDocument();
  });

  it('hides "Re-evaluate now" without the permission to refresh', async () => {
    const permissions = permissionApi(MANAGE);
    await renderContent(mockApi(), permissions);
    expect(
      await screen.findByRole('button', {
        name: 'Add exemption or attestation',
      }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(permissions.authorize).toHaveBeenCalledWith(
        expect.objectContaining({
          permission: expect.objectContaining({ name: REFRESH }),
        }),
      ),
    );
    expect(
      screen.queryByRole('button', { name: 'Re-evaluate now' }),
    ).not.toBeInTheDocument();
  });

  it('shows the phase timeline and recent check changes', async () => {
    await renderContent(mockApi());
    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    const phaseList = await within(timeline).findByRole('list', {
      name: 'Phase changes, newest first',
    });
    const phases = within(phaseList).getAllByRole('listitem');
    expect(phases[0]).toHaveTextContent(
      `${formatDateTime('2026-08-03T06:00:00.000Z')}Reached Solid Foundation`,
    );
    expect(phases[1]).toHaveTextContent('Reached Walking Skeleton');
    expect(
      within(timeline).getByText(
        /Run books and play books exist: Not met → Attested/,
      ),
    ).toBeInTheDocument();
    expect(
      within(timeline).getByText(
        /There is a testing strategy, starting with unit tests: Passed → Could not check/,
      ),
    ).toBeInTheDocument();
  });

  it('says when the entity has not been evaluated yet', async () => {
    await renderContent(mockApi({ getScorecard: async () => undefined }));
    expect(
      await screen.findByText('Payments API has not been evaluated yet'),
    ).toBeInTheDocument();
  });

  it('says when reading the scorecard is not allowed', async () => {
    const error = await forbidden();
    await renderContent(
      mockApi({ getScorecard: jest.fn().mockRejectedValue(error) }),
    );
    expect(
      await screen.findByText(
        'You do not have permission to see the maturity of Payments API.',
      ),
    ).toBeInTheDocument();
  });

  it('shows other errors', async () => {
    await renderContent(
      mockApi({
        getScorecard: jest.fn().mockRejectedValue(new Error('Bad gateway')),
      }),
    );
    expect(
      await screen.findByText(
        'The maturity backend could not load the scorecard: Bad gateway',
      ),
    ).toBeInTheDocument();
  });

  it('shows a skeleton of the tab while loading', async () => {
    await renderContent(
      mockApi({ getScorecard: () => new Promise<undefined>(() => {}) }),
    );
    expect(
      screen.getByRole('status', { name: 'Loading the scorecard' }),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('progress')).not.toBeInTheDocument();
  });
});

/** Adds an exemption of "Trunk-based development" through the dialog. */
async function addExemption() {
  await userEvent.click(
    await screen.findByRole('button', {
      name: 'Add exemption or attestation',
    }),
  );
  const dialog = screen.getByRole('dialog');
  await userEvent.selectOptions(
    within(dialog).getByLabelText('Check'),
    'trunk-based',
  );
  await enter(
    within(dialog).getByLabelText('Reason'),
    'The team works on one branch, see the repository',
  );
  await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
}

const SOURCE_LOCATION = {
  'backstage.io/source-location': 'url:https://github.com/acme/payments-api/',
};

describe('EntityMaturityContent when the standing is unknown', () => {
  it('says Unknown and explains once what could not be read, why and how to fix it', async () => {
    await renderContent(
      mockApi({ getScorecard: async () => unknownScorecard }),
      undefined,
      { annotations: SOURCE_LOCATION },
    );
    const banner = await screen.findByRole('region', {
      name: 'Standing unknown: the repository of this service could not be read',
    });
    expect(banner).toHaveTextContent(
      'Whether this service reaches Walking Skeleton cannot be told',
    );
    expect(banner).toHaveTextContent(`Why: ${UNREADABLE_REASON}`);
    expect(banner).toHaveTextContent(
      'Check that the backstage.io/source-location annotation of this service points at its repository (now https://github.com/acme/payments-api/)',
    );
    expect(banner).toHaveTextContent(/integration for that host/);
    expect(banner).toHaveTextContent(/Re-evaluate/);

    // Never "Not started", never a phase as if it were the standing.
    expect(screen.queryByText(/Not started/)).not.toBeInTheDocument();
    const ladder = region('Ladder');
    expect(within(ladder).getAllByText('Unknown').length).toBeGreaterThan(0);
    expect(
      within(ladder).queryByRole('listitem', { current: 'step' }),
    ).not.toBeInTheDocument();
    expect(within(ladder).queryByRole('progressbar')).not.toBeInTheDocument();

    // The reason is told once: the unread rows stay closed, none blocks.
    const elsewhere = screen
      .getAllByText(/GitHub answered 404/)
      .filter(element => !banner.contains(element));
    for (const element of elsewhere) {
      expect(element).not.toBeVisible();
    }
    expect(screen.queryByText('Blocking')).not.toBeInTheDocument();
    const checks = region('Checks');
    const unread = within(checks).getByRole('button', {
      name: /Build and deploy are automated by CI\/CD/,
    });
    expect(unread).toHaveTextContent('Could not check');
    expect(unread).toHaveAttribute('aria-expanded', 'false');

    // The unread checks are folded under the banner.
    const disclosure = within(banner).getByText('15 checks could not be read');
    const listed = within(banner).getByRole('link', {
      name: 'Build and deploy are automated by CI/CD',
    });
    expect(listed).not.toBeVisible();
    await userEvent.click(disclosure);
    expect(listed).toBeVisible();
    expect(listed.getAttribute('href')).toMatch(/#check-ci-pipeline$/);

    expect(region('Next steps')).toHaveTextContent(
      'What blocks this service cannot be told until its repository is read (see above).',
    );
  });

  it('opens an unread check from the banner', async () => {
    await renderContent(
      mockApi({ getScorecard: async () => unknownScorecard }),
    );
    const banner = await screen.findByRole('region', {
      name: /^Standing unknown/,
    });
    expect(banner).toHaveTextContent('(it has none)');
    await userEvent.click(within(banner).getByText(/checks could not be read/));
    await userEvent.click(
      within(banner).getByRole('link', {
        name: 'Build and deploy are automated by CI/CD',
      }),
    );
    await waitFor(() =>
      expect(
        within(region('Checks')).getByRole('button', {
          name: /Build and deploy are automated by CI\/CD/,
        }),
      ).toHaveAttribute('aria-expanded', 'true'),
    );
  });

  it('gives the phase known to be reached as a lower bound only', async () => {
    const atLeast: Scorecard = {
      ...unknownScorecard,
      summary: {
        ...unknownScorecard.summary,
        phase: 'walking-skeleton',
        nextPhase: 'foundation',
      },
      phases: unknownScorecard.phases.map(p =>
        p.phaseId === 'walking-skeleton' ? { ...p, reached: true } : p,
      ),
    };
    await renderContent(mockApi({ getScorecard: async () => atLeast }));
    const ladder = await screen.findByRole('region', { name: 'Ladder' });
    expect(screen.getAllByText('At least Walking Skeleton').length).toBe(1);
    expect(
      within(ladder).getByText(/^At least Walking Skeleton;/),
    ).toBeVisible();
    const rungs = within(ladder).getAllByRole('listitem');
    expect(rungs[0]).toHaveTextContent('Reached');
    expect(rungs[0]).not.toHaveTextContent('Current phase');
    expect(rungs[1]).toHaveTextContent('Unknown');
    expect(
      within(ladder).queryByRole('listitem', { current: 'step' }),
    ).not.toBeInTheDocument();
  });
});

describe('EntityMaturityContent next steps', () => {
  it('puts the checks that block the next phase first, each with why, how and what was looked for', async () => {
    const withMarkdown: Scorecard = {
      ...scorecard,
      checks: scorecard.checks.map(c =>
        c.checkId === 'test-levels'
          ? { ...c, howToPass: 'Add end-to-end tests under `e2e/`.' }
          : c,
      ),
    };
    await renderContent(mockApi({ getScorecard: async () => withMarkdown }));
    const steps = await screen.findByRole('region', { name: 'Next steps' });
    expect(steps).toHaveTextContent(
      '4 checks keep this service from Production Ready (it is safe to put in front of users)',
    );
    // Above the ladder and the check list.
    expect(
      steps.compareDocumentPosition(region('Ladder')) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();

    const articles = within(steps).getAllByRole('article');
    expect(
      articles.map(a => within(a).getByRole('heading').textContent),
    ).toEqual([
      '1. Automated tests at several levels',
      '2. Secrets management is automated',
      '3. SAST/DAST/dependency scanning in CI',
      '4. Schemas are registered and validated, clients generated',
    ]);
    const [tests, secrets] = articles;
    expect(tests).toHaveTextContent(
      'Looked for and not found' +
        'integration tests (testcontainers, *integration* folders)' +
        'end-to-end tests (playwright, cypress, *e2e* folders)',
    );
    expect(tests).toHaveTextContent(
      'Why it mattersUnit tests alone miss what breaks between components.',
    );
    // How to pass is Markdown, rendered.
    expect(within(tests).getByText('e2e/', { selector: 'code' })).toBeVisible();
    expect(tests).not.toHaveTextContent('`');
    expect(
      within(tests)
        .getByRole('link', { name: 'Show in the check list' })
        .getAttribute('href'),
    ).toMatch(/#check-test-levels$/);
    expect(
      within(secrets).getByRole('link', { name: /^Guidance/ }),
    ).toHaveAttribute('href', 'https://handbook.example.com/secrets');
  });

  it('says so when nothing blocks, at the top of the ladder too', async () => {
    const top: Scorecard = {
      ...scorecard,
      summary: {
        ...scorecard.summary,
        phase: 'kaizen',
        nextPhase: null,
        blocking: [],
      },
      phases: scorecard.phases.map(p => ({
        ...p,
        reached: true,
        blocking: [],
      })),
      checks: scorecard.checks.map(c => ({ ...c, blocking: false })),
    };
    await renderContent(mockApi({ getScorecard: async () => top }));
    expect(
      await screen.findByRole('region', { name: 'Next steps' }),
    ).toHaveTextContent(
      'Kaizen reached: nothing blocks. Keep every check passing to stay there.',
    );
    expect(
      within(region('Ladder')).getByText(/^Kaizen reached: nothing blocks/),
    ).toBeInTheDocument();
  });

  it('opens the tab at the check of the URL anchor', async () => {
    const scrollIntoView = jest.fn();
    Element.prototype.scrollIntoView = scrollIntoView;
    await renderContent(mockApi(), undefined, {
      url: '/maturity#check-code-review',
    });
    const checks = await screen.findByRole('region', { name: 'Checks' });
    // A passed check, closed unless asked for.
    const row = within(checks).getByRole('button', { name: /Code reviews/ });
    expect(row).toHaveAttribute('aria-expanded', 'true');
    expect(
      within(region('Checks')).getByRole('button', {
        name: /Dependency upgrades are automated/,
      }),
    ).toHaveAttribute('aria-expanded', 'false');
    await waitFor(() => expect(scrollIntoView).toHaveBeenCalled());
    expect(scrollIntoView.mock.instances[0]).toHaveAttribute(
      'id',
      'check-code-review',
    );
  });

  it('explains what the phases mean', async () => {
    await renderContent(mockApi());
    const ladder = await screen.findByRole('region', { name: 'Ladder' });
    expect(
      await within(ladder).findByText(
        'Production Ready: it is safe to put in front of users',
      ),
    ).toBeInTheDocument();
    const kaizen = within(ladder).getByText('Kaizen');
    await userEvent.hover(kaizen);
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      'Kaizen: it is improved continuously from measurements',
    );
  });

  it('names the entity by its type', async () => {
    await renderContent(mockApi(), undefined, { type: 'website' });
    expect(
      await screen.findByText(
        'Blocking checks keep this website from its next phase',
      ),
    ).toBeInTheDocument();
    expect(region('Next steps')).toHaveTextContent(
      '4 checks keep this website from Production Ready',
    );
    expect(screen.queryByText(/this service/)).not.toBeInTheDocument();
  });
});

describe('EntityMaturityContent waivers and re-evaluation', () => {
  it('shows progress while re-evaluating after a change, and says when it counts if re-evaluating is forbidden', async () => {
    let reject: (error: Error) => void = () => {};
    const api = mockApi({
      createWaiver: jest.fn(async () => ({
        ...scorecard.waivers[0],
        id: 'w-new',
        kind: 'exemption' as const,
        checkId: 'trunk-based',
      })),
      refreshEntity: jest.fn(
        () =>
          new Promise<never>((_resolve, fail) => {
            reject = fail;
          }),
      ),
    });
    await renderContent(api);
    await addExemption();
    expect(
      await screen.findByText(
        'Saved the exemption of “Trunk-based development”. Re-evaluating this service so that it counts…',
      ),
    ).toBeInTheDocument();
    reject(await forbidden());
    expect(
      await screen.findByText(
        'Saved. The exemption of “Trunk-based development” counts from the next evaluation: you may not re-evaluate this service.',
      ),
    ).toBeInTheDocument();
    // The list is read again all the same.
    await waitFor(() => expect(api.getScorecard).toHaveBeenCalledTimes(2));
  });

  it('logs no React error when a re-evaluation changes which checks block', async () => {
    const promoted: Scorecard = {
      ...scorecard,
      summary: {
        ...scorecard.summary,
        phase: 'production-ready',
        nextPhase: 'operational-maturity',
        blocking: ['disaster-recovery'],
        evaluatedAt: new Date().toISOString(),
      },
      phases: scorecard.phases.map(p =>
        p.phaseId === 'production-ready'
          ? { ...p, reached: true, met: 8, blocking: [] }
          : p,
      ),
      checks: scorecard.checks.map(c => ({
        ...c,
        blocking: c.checkId === 'disaster-recovery',
      })),
    };
    const api = mockApi({
      getScorecard: jest
        .fn()
        .mockResolvedValueOnce(scorecard)
        .mockResolvedValue(promoted),
      refreshEntity: jest.fn(async () => promoted.summary),
    });
    await renderContent(api);
    const button = await screen.findByRole('button', {
      name: 'Re-evaluate now',
    });
    await screen.findByText(
      'Production Ready: it is safe to put in front of users',
    );
    const errors = jest.spyOn(console, 'error');
    try {
      await userEvent.click(button);
      await waitFor(() =>
        expect(
          within(region('Ladder')).getByRole('listitem', { current: 'step' }),
        ).toHaveTextContent('Production Ready'),
      );
      await waitFor(() =>
        expect(api.getEntityHistory).toHaveBeenCalledTimes(2),
      );
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
    }
  });
});

describe('EntityMaturityContent timeline and errors', () => {
  it('shows phase changes with date and time, newest first, ten at a time', async () => {
    const start = DateTime.fromISO('2026-01-05T08:00:00Z');
    const phases: EntityHistory['phases'] = Array.from(
      { length: 23 },
      (_, i) => ({
        at: start.plus({ days: i }).toISO()!,
        from: i % 2 ? 'walking-skeleton' : 'foundation',
        to: i % 2 ? 'foundation' : 'walking-skeleton',
      }),
    );
    // Two changes in the same instant keep the API's order, newest first.
    const last = start.plus({ days: 30 }).toISO()!;
    phases.push(
      { at: last, from: 'foundation', to: 'walking-skeleton' },
      { at: last, from: 'walking-skeleton', to: 'foundation' },
    );
    await renderContent(
      mockApi({ getEntityHistory: async () => ({ phases, checks: [] }) }),
    );
    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    const list = await within(timeline).findByRole('list', {
      name: 'Phase changes, newest first',
    });
    const items = () => within(list).getAllByRole('listitem');
    expect(items()).toHaveLength(10);
    expect(items()[0]).toHaveTextContent(
      `${formatDateTime(last)}Reached Solid Foundation`,
    );
    expect(items()[1]).toHaveTextContent(
      `${formatDateTime(last)}Fell back to Walking Skeleton`,
    );
    expect(items()[2]).toHaveTextContent(
      formatDateTime(start.plus({ days: 22 }).toISO()!),
    );
    expect(formatDateTime(last)).toMatch(/\d{1,2}:\d{2}/);

    await userEvent.click(
      within(timeline).getByRole('button', { name: 'Show 10 more' }),
    );
    expect(items()).toHaveLength(20);
    await userEvent.click(
      within(timeline).getByRole('button', { name: 'Show 5 more' }),
    );
    expect(items()).toHaveLength(25);
    expect(items()[24]).toHaveTextContent(formatDateTime(start.toISO()!));
    expect(
      within(timeline).queryByRole('button', { name: /Show \d+ more/ }),
    ).not.toBeInTheDocument();
  });

  it('says what failed and tries again on request', async () => {
    const failure = await ResponseError.fromResponse(
      new Response(
        JSON.stringify({
          error: { name: 'Error', message: 'database is locked' },
          request: { method: 'GET', url: '/' },
          response: { statusCode: 500 },
        }),
        { status: 500, headers: { 'Content-Type': 'application/json' } },
      ),
    );
    const api = mockApi({
      getScorecard: jest
        .fn()
        .mockRejectedValueOnce(failure)
        .mockResolvedValue(scorecard),
    });
    await renderContent(api);
    expect(
      await screen.findByText(
        'The maturity backend could not load the scorecard: database is locked',
      ),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByRole('region', { name: 'Ladder' }),
    ).toBeInTheDocument();
    expect(api.getScorecard).toHaveBeenCalledTimes(2);
  });

  it('says plainly that an entity was not evaluated yet', async () => {
    await renderContent(
      mockApi({ getScorecard: async () => undefined }),
      undefined,
      {
        type: 'library',
      },
    );
    expect(
      await screen.findByText(
        'The maturity backend has no scorecard for this library yet: it appears after the next evaluation of the catalog.',
      ),
    ).toBeInTheDocument();
  });
});
