import type { Entity } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DateTime } from 'luxon';
import {
  entity as fixtureEntity,
  entityHistory,
  scorecard,
} from '../../__fixtures__/scorecard';
import { permissionApi } from '../../__fixtures__/permissionApi';
import { maturityApiRef, type MaturityApi, type Scorecard } from '../../api';
import { formatDate } from '../common/dates';
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

function mockApi(overrides: Partial<MaturityApi> = {}) {
  return {
    getScorecard: jest.fn(async () => scorecard),
    getEntityHistory: jest.fn(async () => entityHistory),
    refreshEntity: jest.fn(async () => scorecard.summary),
    createWaiver: jest.fn(),
    revokeWaiver: jest.fn(),
    ...overrides,
  };
}

async function renderContent(
  api: Partial<MaturityApi>,
  permissions = permissionApi(REFRESH, MANAGE),
) {
  // usePermission caches decisions per permission and resource across
  // renders; a fresh entity name per test keeps them from leaking.
  renders += 1;
  const entity: Entity = {
    ...fixtureEntity,
    metadata: { ...fixtureEntity.metadata, name: `payments-api-${renders}` },
  };
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [maturityApiRef, api],
        [permissionApiRef, permissions],
      ]}
    >
      <EntityProvider entity={entity}>
        <EntityMaturityContent />
      </EntityProvider>
    </TestApiProvider>,
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
    await waitFor(() =>
      expect(
        within(checks).getByText(
          `Attested by user:default/jane.doe until ${formatDate('2027-03-31')}`,
        ),
      ).toBeVisible(),
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
    expect(row).toHaveAttribute('aria-expanded', 'true');
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

  it('lists exemptions and attestations with reason, author, expiry and status', async () => {
    await renderContent(mockApi());
    const waivers = await screen.findByRole('region', {
      name: 'Exemptions and attestations',
    });
    const rows = within(waivers).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);

    const [attestation, revoked, annotation] = rows;
    expect(attestation).toHaveTextContent('Run books and play books exist');
    expect(attestation).toHaveTextContent('Attestation');
    expect(attestation).toHaveTextContent(
      'Runbooks live in the operations wiki, not in the repository',
    );
    expect(attestation).toHaveTextContent('user:default/jane.doe');
    expect(attestation).toHaveTextContent(formatDate('2027-03-31'));
    expect(attestation).toHaveTextContent('Active');
    expect(
      within(attestation).getByRole('link', { name: /^evidence/ }),
    ).toHaveAttribute('href', 'https://wiki.example.com/payments/runbooks');

    expect(revoked).toHaveTextContent('SAST/DAST/dependency scanning in CI');
    expect(revoked).toHaveTextContent(
      `Revoked by user:default/jane.doe on ${formatDate(
        '2026-09-15T12:00:00.000Z',
      )}`,
    );

    expect(annotation).toHaveTextContent('Structured logging with levels');
    expect(annotation).toHaveTextContent('Catalog annotation');
    expect(annotation).toHaveTextContent(formatDate('2027-06-30'));
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

  it('saves an attestation and offers to re-evaluate', async () => {
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
    expect(
      await screen.findByText(
        'Saved. The attestation of “Trunk-based development” counts from the next evaluation.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    // The list is read again to show the new waiver.
    await waitFor(() => expect(api.getScorecard).toHaveBeenCalledTimes(2));

    await userEvent.click(
      screen.getByRole('button', { name: 'Re-evaluate to apply' }),
    );
    await waitFor(() => expect(api.refreshEntity).toHaveBeenCalledTimes(1));
    await waitFor(() =>
      expect(
        screen.queryByText(/counts from the next evaluation/),
      ).not.toBeInTheDocument(),
    );
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
      within(dialog).getByText('Give a reason of at least 3 characters'),
    ).toBeInTheDocument();
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
        'Revoked. “Run books and play books exist” counts as it is from the next evaluation.',
      ),
    ).toBeInTheDocument();
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
    const phases = await within(timeline).findAllByRole('listitem');
    expect(phases[0]).toHaveTextContent(
      `${formatDate('2026-08-03T06:00:00.000Z')}Reached Solid Foundation`,
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
    expect(await screen.findByText('Error: Bad gateway')).toBeInTheDocument();
  });

  it('shows progress while loading', async () => {
    await renderContent(
      mockApi({ getScorecard: () => new Promise<undefined>(() => {}) }),
    );
    expect(screen.getByTestId('progress')).toBeInTheDocument();
  });
});
