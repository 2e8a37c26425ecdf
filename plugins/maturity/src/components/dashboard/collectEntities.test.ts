import type { EntityListQuery, EntitySummary } from '../../api';
import { collectEntities } from './collectEntities';

const entity = (i: number) =>
  ({ entityRef: `component:default/s${i}`, name: `s${i}` } as EntitySummary);

function fakeApi(totalCount: number) {
  return {
    listEntities: jest.fn(async (query: EntityListQuery) => {
      const offset = query.offset ?? 0;
      const count = Math.max(
        0,
        Math.min(query.limit ?? 50, totalCount - offset),
      );
      return {
        items: Array.from({ length: count }, (_, i) => entity(offset + i)),
        totalCount,
      };
    }),
  };
}

describe('collectEntities', () => {
  it('pages through the list 500 at a time with the same filters', async () => {
    const api = fakeApi(1200);
    const result = await collectEntities(api, {
      owner: ['group:default/team-a'],
      sort: 'name',
    });
    expect(result.items).toHaveLength(1200);
    expect(result.items[1199].name).toBe('s1199');
    expect(
      api.listEntities.mock.calls.map(([q]) => [q.offset, q.limit]),
    ).toEqual([
      [0, 500],
      [500, 500],
      [1000, 500],
    ]);
    expect(api.listEntities).toHaveBeenCalledWith(
      expect.objectContaining({
        owner: ['group:default/team-a'],
        sort: 'name',
      }),
    );
  });

  it('stops at the cap and reports the full count', async () => {
    const api = fakeApi(5000);
    const result = await collectEntities(api, {}, 1200);
    expect(result.items).toHaveLength(1200);
    expect(result.totalCount).toBe(5000);
    expect(api.listEntities.mock.calls.at(-1)?.[0]).toMatchObject({
      offset: 1000,
      limit: 200,
    });
  });

  it('stops when the list ends early', async () => {
    const api = {
      listEntities: jest.fn(async () => ({ items: [], totalCount: 10 })),
    };
    expect((await collectEntities(api, {})).items).toEqual([]);
    expect(api.listEntities).toHaveBeenCalledTimes(1);
  });
});
