import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Entity } from '@backstage/catalog-model';
import { Table, type TableColumn } from '@backstage/core-components';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { defaultPhases } from '@backstage-maturity/plugin-maturity-common';
import { maturityApiRef, type MaturityApi } from '../../api';
import { createMaturityPhaseColumn } from './createMaturityPhaseColumn';

function component(
  name: string,
  phase?: string,
  annotations?: Record<string, string>,
): { entity: Entity } {
  return {
    entity: {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name,
        labels: phase ? { 'maturity.backstage.io/phase': phase } : undefined,
        annotations,
      },
    },
  };
}

const rows = [
  component('kaizen-svc', 'kaizen'),
  component('ready-svc', 'production-ready', {
    'maturity.backstage.io/progress': '40',
    'maturity.backstage.io/next-phase': 'operational-maturity',
  }),
  component('unread-svc', 'unknown'),
  component('new-svc', 'not-started'),
  component('api-doc'),
];

const nameColumn: TableColumn<{ entity: Entity }> = {
  title: 'Name',
  field: 'entity.metadata.name',
};

async function renderTable(api: Partial<MaturityApi>) {
  await renderInTestApp(
    <TestApiProvider apis={[[maturityApiRef, api]]}>
      <Table
        title="Components"
        options={{ paging: false, search: false }}
        columns={[nameColumn, createMaturityPhaseColumn()]}
        data={rows}
      />
    </TestApiProvider>,
  );
}

const checklist = {
  phases: defaultPhases.map(p =>
    p.id === 'production-ready' ? { ...p, name: 'Ready for users' } : p,
  ),
  tracks: [],
  checks: [],
};

const bodyRows = () => screen.getAllByRole('row').slice(1);
const cellOf = (name: string) =>
  screen.getByText(name).closest('tr')!.querySelectorAll('td')[1];

// Opening menus and tooltips is slow on a busy machine.
jest.setTimeout(30_000);

describe('createMaturityPhaseColumn', () => {
  it('shows each entity’s phase by the checklist’s name, Unknown and Not started apart', async () => {
    const getChecklist = jest.fn(async () => checklist);
    await renderTable({ getChecklist });

    expect(await screen.findByText('Ready for users')).toBeInTheDocument();
    expect(
      screen.getByRole('columnheader', { name: 'Maturity' }),
    ).toBeInTheDocument();
    expect(cellOf('kaizen-svc')).toHaveTextContent('Kaizen');
    expect(cellOf('unread-svc')).toHaveTextContent('Unknown');
    expect(cellOf('new-svc')).toHaveTextContent('Not started');
    expect(cellOf('api-doc')).toHaveTextContent('Not evaluated');
    // All rows share one checklist request.
    expect(getChecklist).toHaveBeenCalledTimes(1);
  });

  it('tells how far the next phase is, and why a standing is unknown', async () => {
    await renderTable({ getChecklist: async () => checklist });
    await userEvent.hover(await screen.findByText('Ready for users'));
    expect(
      await screen.findByText('40% of the checks of Operational Maturity met'),
    ).toBeInTheDocument();
    await userEvent.hover(within(cellOf('unread-svc')).getByText('Unknown'));
    expect(
      await screen.findByText(/evidence for the next phase could not be read/),
    ).toBeInTheDocument();
  });

  it('sorts in ladder order', async () => {
    await renderTable({ getChecklist: async () => checklist });
    await screen.findByText('Ready for users');

    await userEvent.click(screen.getByText('Maturity'));
    expect(bodyRows().map(row => row.textContent)).toEqual([
      'api-docNot evaluated',
      'unread-svcUnknown',
      'new-svcNot started',
      'ready-svcReady for users',
      'kaizen-svcKaizen',
    ]);
  });

  it('falls back to the default names when the checklist cannot be read', async () => {
    await renderTable({
      getChecklist: async () => Promise.reject(new Error('Forbidden')),
    });
    expect(await screen.findByText('Production Ready')).toBeInTheDocument();
  });
});
