import { parseDayRange } from '../dates';
import { parseRefs } from '../filters';
import { maturitySummary, TOP_BLOCKERS } from '../maturitySummary';
import { ownerRollupView } from '../ownerRollup';
import {
  blockersView,
  distributionView,
  ownerRowsView,
  trendDaysView,
} from '../views';
import type { MaturityRouter, RouteDeps } from './types';

/** Aggregates: the summary, owner and team roll-ups, the trend and the runs. */
export function registerSummaryRoutes(
  router: MaturityRouter,
  deps: Pick<RouteDeps, 'access' | 'store' | 'checklist' | 'groups' | 'now'>,
) {
  const { access, store, checklist, groups, now } = deps;

  router.get('/summary', async (req, res) => {
    const filter = await access.requestFilter(req);
    res.json(await maturitySummary({ store, checklist }, filter));
  });

  router.get('/blockers', async (req, res) => {
    const filter = await access.requestFilter(req);
    const page = await store.getBlockers(filter, {
      limit: req.query.limit ?? 50,
      offset: req.query.offset ?? 0,
    });
    res.json({
      items: blockersView(checklist, page.items),
      totalCount: page.totalCount,
    });
  });

  router.get('/owners', async (req, res) => {
    const filter = await access.requestFilter(req);
    const [rows, groupFacts] = await Promise.all([
      store.getOwnerDistribution(filter),
      groups.parents(),
    ]);
    res.json({
      items: ownerRollupView(checklist, rows, groupFacts, filter.owners),
    });
  });

  router.get('/teams/:namespace/:name', async (req, res) => {
    const { namespace, name } = req.params;
    const credentials = await access.caller(req);
    const [group, filter] = await Promise.all([
      access.visibleEntity({ kind: 'group', namespace, name }, credentials),
      access.readableFilter(credentials, req.query),
    ]);
    const tree = await groups.tree(group.ref);
    // A group younger than the cached hierarchy has no sub-groups yet.
    const members = tree.length
      ? tree
      : [
          {
            entityRef: group.ref,
            name: group.entity.metadata.name,
            parent: null,
          },
        ];
    const teamFilter = { ...filter, owners: members.map(g => g.entityRef) };
    const [owners, blockers] = await Promise.all([
      store.getOwnerDistribution(teamFilter),
      store.getBlockers(teamFilter, { limit: TOP_BLOCKERS }),
    ]);
    res.json({
      group: members[0],
      groups: members,
      owners: ownerRowsView(checklist, members, owners),
      totals: distributionView(checklist, owners),
      blockers: blockersView(checklist, blockers.items),
    });
  });

  router.get('/trend', async (req, res) => {
    await access.authorizeRead(await access.caller(req));
    const range = parseDayRange(req.query, now());
    const owners = parseRefs('owner', req.query.owner, 'group');
    const rows = await store.getTrend({
      ...range,
      owners: owners && (await groups.expandOwners(owners)),
    });
    res.json({ ...range, days: trendDaysView(checklist, rows) });
  });

  router.get('/runs', async (req, res) => {
    await access.authorizeRead(await access.caller(req));
    res.json({ items: await store.listRuns(req.query.limit ?? 20) });
  });
}
