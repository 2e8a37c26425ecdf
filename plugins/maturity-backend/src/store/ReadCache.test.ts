import { ReadCache } from './ReadCache';

describe('ReadCache', () => {
  let clock: number;
  const now = () => clock;

  beforeEach(() => {
    clock = 1_000_000;
  });

  it('shares one read among concurrent reads of the same arguments', async () => {
    const cache = new ReadCache({ ttlMs: 1000, maxEntries: 10, now });
    const read = jest.fn(async () => 'rows');
    const [a, b] = await Promise.all([
      cache.get(['list', { kind: 'component' }], read),
      cache.get(['list', { kind: 'component' }], read),
    ]);
    expect([a, b]).toEqual(['rows', 'rows']);
    expect(read).toHaveBeenCalledTimes(1);
    await cache.get(['list', { kind: 'api' }], read);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('keeps a value for ttlMs at most', async () => {
    const cache = new ReadCache({ ttlMs: 1000, maxEntries: 10, now });
    let reads = 0;
    const read = async () => ++reads;
    expect(await cache.get(['a'], read)).toBe(1);
    clock += 999;
    expect(await cache.get(['a'], read)).toBe(1);
    clock += 2;
    expect(await cache.get(['a'], read)).toBe(2);
  });

  it('forgets every value when cleared', async () => {
    const cache = new ReadCache({ ttlMs: 1000, maxEntries: 10, now });
    let reads = 0;
    const read = async () => ++reads;
    await cache.get(['a'], read);
    cache.clear();
    expect(await cache.get(['a'], read)).toBe(2);
  });

  it('does not keep a failed read', async () => {
    const cache = new ReadCache({ ttlMs: 1000, maxEntries: 10, now });
    await expect(
      cache.get(['a'], async () => {
        throw new Error('connection lost');
      }),
    ).rejects.toThrow('connection lost');
    expect(await cache.get(['a'], async () => 'rows')).toBe('rows');
  });

  it('tells long arguments apart after hashing them', async () => {
    const cache = new ReadCache({ ttlMs: 1000, maxEntries: 10, now });
    const refs = (last: string) => [
      Array.from({ length: 100 }, (_, i) => `component:default/s-${i}`),
      last,
    ];
    const read = jest.fn(async () => 'rows');
    await cache.get(refs('x'), read);
    await cache.get(refs('x'), read);
    await cache.get(refs('y'), read);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('drops the least recently used beyond maxEntries', async () => {
    const cache = new ReadCache({ ttlMs: 1000, maxEntries: 2, now });
    const read = jest.fn(async () => 'rows');
    await cache.get(['a'], read);
    await cache.get(['b'], read);
    await cache.get(['a'], read);
    await cache.get(['c'], read);
    await cache.get(['a'], read);
    expect(read).toHaveBeenCalledTimes(3);
    await cache.get(['b'], read);
    expect(read).toHaveBeenCalledTimes(4);
  });
});
