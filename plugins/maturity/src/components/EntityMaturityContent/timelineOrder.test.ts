import { newestFirst } from './timelineOrder';

describe('newestFirst', () => {
  it('sorts by instant, keeping the order in time of changes at the same instant', () => {
    const oldestFirst = [
      { at: '2026-01-01T08:00:00Z', id: 'a' },
      { at: '2026-01-02T08:00:00Z', id: 'b' },
      { at: '2026-01-02T08:00:00Z', id: 'c' },
      { at: '2026-01-02T07:00:00Z', id: 'd' },
    ];
    expect(newestFirst(oldestFirst, 'oldest-first').map(i => i.id)).toEqual([
      'c',
      'b',
      'd',
      'a',
    ]);
    const newest = [...oldestFirst].reverse();
    expect(newestFirst(newest, 'newest-first').map(i => i.id)).toEqual([
      'c',
      'b',
      'd',
      'a',
    ]);
  });
});
