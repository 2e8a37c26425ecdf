import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { maturityCatalogRefreshPermission } from '@backstage-maturity/plugin-maturity-common';
import { parseDayRange } from '../dates';
import { parseRefs } from '../filters';
import { maturitySummary, TOP_BLOCKERS } from '../maturitySummary';
import { narrowTree } from '../groups';
import { ancestorsOf, ownerRollupView } from '../ownerRollup';
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
  deps: Pick<
    RouteDeps,
    | 'access'
    | 'store'
    | 'checklist'
    | 'groups'
    | 'now'
    | 'permissions'
    | 'visibility'
  >,
) {
  const { access, store, checklist, groups, now, permissions, visibility } =
    deps;

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
    const credentials = await access.caller(req);
    const filter = await access.readableFilter(credentials, req.query);
    const [rows, groupFacts] = await Promise.all([
      store.getOwnerDistribution(filter),
      groups.parents(),
    ]);
    // The hierarchy is read with the plugin's credentials: the groups above
    // the owners are named only when the caller may read them. The owners
    // themselves the caller's entities name already.
    const owners = new Set(rows.map(r => r.owner));
    const readable = await visibility.readableOf(
      [...ancestorsOf(owners, groupFacts)].filter(ref => !owners.has(ref)),
      credentials,
    );
    res.json({
      items: ownerRollupView(checklist, rows, groupFacts, {
        within: filter.owners,
        visible: ref => owners.has(ref) || readable.has(ref),
      }),
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
    // The hierarchy is read with the plugin's credentials: the caller sees
    // only the sub-groups that the catalog shows them (the root they saw).
    const readable = await visibility.readableOf(
      tree.slice(1).map(g => g.entityRef),
      credentials,
    );
    const narrowed = narrowTree(
      tree,
      ref => ref === group.ref || readable.has(ref),
    );
    // A group younger than the cached hierarchy has no sub-groups yet.
    const members = narrowed.length
      ? narrowed
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
    const credentials = await access.caller(req);
    const [, [admin]] = await Promise.all([
      access.authorizeRead(credentials),
      permissions.authorize(
        [{ permission: maturityCatalogRefreshPermission }],
        {
          credentials,
        },
      ),
    ]);
    const runs = await store.listRuns(req.query.limit ?? 20);
    // A run's counts are of the whole catalog, hidden entities included:
    // only for those who may start a run.
    res.json({
      items:
        admin.result === AuthorizeResult.ALLOW
          ? runs
          : runs.map(
              ({ entities: _e, errors: _r, unreadable: _u, ...run }) => run,
            ),
    });
  });
}
