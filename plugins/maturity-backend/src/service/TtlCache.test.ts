import { TtlCache } from './TtlCache';

describe('TtlCache', () => {
  let clock: number;
  const now = () => clock;

  beforeEach(() => {
    clock = 1_000_000;
  });

  it('shares one load among concurrent requests for a key', async () => {
    const cache = new TtlCache<string>({ ttlMs: 1000, now });
    const load = jest.fn(async () => 'value');
    const [a, b] = await Promise.all([
      cache.get('k', load),
      cache.get('k', load),
    ]);
    expect([a, b]).toEqual(['value', 'value']);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('keeps a value for ttlMs, then loads it again', async () => {
    const cache = new TtlCache<number>({ ttlMs: 1000, now });
    let loads = 0;
    const load = async () => ++loads;
    expect(await cache.get('k', load)).toBe(1);
    clock += 999;
    expect(await cache.get('k', load)).toBe(1);
    clock += 2;
    expect(await cache.get('k', load)).toBe(2);
  });

  it('keeps a value that is undefined', async () => {
    const cache = new TtlCache<string | undefined>({ ttlMs: 1000, now });
    const load = jest.fn(async () => undefined);
    await cache.get('k', load);
    await cache.get('k', load);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('does not keep a failed load', async () => {
    const cache = new TtlCache<string>({ ttlMs: 1000, now });
    await expect(
      cache.get('k', async () => {
        throw new Error('catalog down');
      }),
    ).rejects.toThrow('catalog down');
    expect(await cache.get('k', async () => 'value')).toBe('value');
  });

  it('drops the least recently used key beyond maxEntries', async () => {
    const cache = new TtlCache<string>({ ttlMs: 1000, maxEntries: 2, now });
    const load = jest.fn(async () => 'value');
    await cache.get('a', load);
    await cache.get('b', load);
    await cache.get('a', load);
    await cache.get('c', load);
    expect(load).toHaveBeenCalledTimes(3);
    await cache.get('a', load);
    expect(load).toHaveBeenCalledTimes(3);
    await cache.get('b', load);
    expect(load).toHaveBeenCalledTimes(4);
  });
});
