import { EntityProvider } from '@backstage/plugin-catalog-react';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import { DateTime } from 'luxon';
import {
  campaign,
  entityCampaign,
  lateCampaign,
} from '../../__fixtures__/campaigns';
import { fixtureMaturityApi } from '../../__fixtures__/maturityApi';
import { permissionApi } from '../../__fixtures__/permissionApi';
import { entity } from '../../__fixtures__/scorecard';
import { maturityApiRef, type MaturityApi } from '../../api';
import { rootRouteRef } from '../../routes';
import { failure } from '../campaigns/__testUtils__/renderCampaigns';
import { CampaignBanner } from './CampaignBanner';
import { EntityMaturityContent } from './EntityMaturityContent';

// The tab test renders a whole scorecard, a lot of DOM for jsdom.
jest.setTimeout(30_000);

const ENTITY = { kind: 'component', namespace: 'default', name: 'cart' };
const TAB = '/catalog/default/component/cart/maturity';

const inFull = (iso: string) =>
  DateTime.fromISO(iso, { zone: 'utc' }).toLocaleString(DateTime.DATE_FULL);

async function renderBanner(
  listEntityCampaigns: MaturityApi['listEntityCampaigns'],
  mounted = true,
) {
  return renderInTestApp(
    <TestApiProvider apis={[[maturityApiRef, { listEntityCampaigns }]]}>
      <CampaignBanner entityRef={ENTITY} />
      <p>The rest of the tab</p>
    </TestApiProvider>,
    {
      routeEntries: [TAB],
      mountedRoutes: mounted ? { '/maturity': rootRouteRef } : undefined,
    },
  );
}

/** The banner of a campaign, found by its title. */
const banner = (title: RegExp) => screen.findByRole('region', { name: title });

describe('CampaignBanner', () => {
  it('says what to reach by when and how many checks are left, linking the campaign and each check', async () => {
    const listEntityCampaigns = jest.fn(async () => ({
      items: [entityCampaign('at-risk')],
    }));
    await renderBanner(listEntityCampaigns);

    const alert = await banner(/^Reach /);
    expect(listEntityCampaigns).toHaveBeenCalledWith(ENTITY);
    expect(
      within(alert).getByText(
        `Reach Production Ready by ${inFull(campaign.deadline)}: 2 checks left`,
      ),
    ).toBeInTheDocument();
    expect(alert).toHaveTextContent('At risk: the deadline is near');
    expect(
      within(alert).getByRole('link', {
        name: 'Every production service at Production Ready',
      }),
    ).toHaveAttribute('href', '/maturity/campaigns/production-ready-by-q1');
    expect(
      within(alert).getByRole('link', { name: 'Runbooks' }),
    ).toHaveAttribute('href', `${TAB}#check-runbooks`);
    expect(
      within(alert).getByRole('link', { name: 'Security scanning' }),
    ).toHaveAttribute('href', `${TAB}#check-security-scanning`);
  });

  it.each([
    ['overdue', 'MuiAlert-standardError', 'Overdue: the deadline has passed.'],
    ['at-risk', 'MuiAlert-standardWarning', 'At risk:'],
    ['on-track', 'MuiAlert-standardInfo', 'On track.'],
  ] as const)(
    'shows a campaign %s with its own severity and in words',
    async (status, severityClass, words) => {
      await renderBanner(async () => ({
        items: [entityCampaign(status)],
      }));
      const alert = await banner(/^Reach /);
      expect(alert).toHaveClass(severityClass);
      expect(alert).toHaveTextContent(words);
    },
  );

  it('words a single check and a target of checks, and quietly lists campaigns done', async () => {
    await renderBanner(async () => ({
      items: [
        entityCampaign('overdue', {
          campaign: lateCampaign,
          remaining: [{ checkId: 'sbom', title: 'SBOM' }],
        }),
        entityCampaign('done'),
      ],
    }));
    expect(
      await banner(
        new RegExp(
          `^Reach 3 checks by ${inFull(lateCampaign.deadline)}: 1 check left$`,
        ),
      ),
    ).toBeInTheDocument();
    // Only the campaign not done has a banner.
    expect(screen.getAllByRole('region')).toHaveLength(1);
    expect(screen.getByText(/^Target reached:/)).toHaveTextContent(
      'Target reached: Every production service at Production Ready',
    );
  });

  it('names the campaign without a link where the app has no maturity page', async () => {
    await renderBanner(
      async () => ({ items: [entityCampaign('on-track')] }),
      false,
    );
    const alert = await banner(/^Reach /);
    expect(alert).toHaveTextContent(
      'Campaign: Every production service at Production Ready',
    );
    expect(
      within(alert).queryByRole('link', { name: /Every production/ }),
    ).toBeNull();
  });

  it('shows nothing when no campaign covers the entity', async () => {
    const listEntityCampaigns = jest.fn(async () => ({ items: [] }));
    await renderBanner(listEntityCampaigns);
    await waitFor(() => expect(listEntityCampaigns).toHaveBeenCalled());
    expect(screen.getByText('The rest of the tab')).toBeInTheDocument();
    expect(screen.queryByRole('region')).toBeNull();
    expect(screen.queryByText(/campaign/i)).toBeNull();
  });

  it('shows nothing to a user who may not see campaigns', async () => {
    const listEntityCampaigns = jest.fn(async () => {
      throw await failure(403, 'Unauthorized');
    });
    await renderBanner(listEntityCampaigns);
    await waitFor(() => expect(listEntityCampaigns).toHaveBeenCalled());
    expect(screen.getByText('The rest of the tab')).toBeInTheDocument();
    expect(screen.queryByText(/campaign/i)).toBeNull();
  });

  it('leaves a short note when the campaigns cannot be loaded', async () => {
    await renderBanner(async () => {
      throw await failure(500, 'campaign store unavailable');
    });
    expect(
      await screen.findByText(
        'Campaigns could not be loaded: campaign store unavailable',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('The rest of the tab')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('the maturity tab', () => {
  it('shows the banner below the scorecard header, and the tab when campaigns fail', async () => {
    const render = (listEntityCampaigns: MaturityApi['listEntityCampaigns']) =>
      renderInTestApp(
        <TestApiProvider
          apis={[
            [
              maturityApiRef,
              {
                ...fixtureMaturityApi,
                listEntityCampaigns,
                refreshEntity: jest.fn(),
              },
            ],
            [permissionApiRef, permissionApi()],
          ]}
        >
          <EntityProvider entity={entity}>
            <EntityMaturityContent />
          </EntityProvider>
        </TestApiProvider>,
        { mountedRoutes: { '/maturity': rootRouteRef } },
      );

    const { unmount } = await render(async () => ({
      items: [entityCampaign('overdue')],
    }));
    const alert = await banner(/^Reach Production Ready by /);
    expect(alert).toHaveClass('MuiAlert-standardError');
    expect(screen.getByRole('region', { name: 'Ladder' })).toBeInTheDocument();
    unmount();

    await render(async () => {
      throw new Error('Failed to fetch');
    });
    expect(
      await screen.findByText('Campaigns could not be loaded: Failed to fetch'),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Ladder' })).toBeInTheDocument();
  });
});
