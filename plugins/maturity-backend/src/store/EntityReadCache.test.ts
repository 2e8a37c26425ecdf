import { EntityReadCache } from './EntityReadCache';

const REF = 'component:default/payments-api';

function setUp(options: { maxChars?: number } = {}) {
  let clock = 1_000_000;
  const cache = new EntityReadCache({
    ttlMs: 60_000,
    maxChars: options.maxChars ?? 1_000,
    now: () => clock,
  });
  let reads = 0;
  const read = (text: string, validUntil?: number) => async () => {
    reads++;
    return { text, validUntil };
  };
  return {
    cache,
    read,
    reads: () => reads,
    advance: (ms: number) => {
      clock += ms;
    },
    now: () => clock,
  };
}

describe('EntityReadCache', () => {
  it('reads an entity once, until the entity is written', async () => {
    const { cache, read, reads } = setUp();
    expect(await cache.get(REF, 'scorecard', read('v1'))).toBe('v1');
    expect(await cache.get(REF, 'scorecard', read('v2'))).toBe('v1');
    expect(reads()).toBe(1);

    cache.forget(['component:default/other']);
    expect(await cache.get(REF, 'scorecard', read('v2'))).toBe('v1');
    cache.forget([REF]);
    expect(await cache.get(REF, 'scorecard', read('v2'))).toBe('v2');
    cache.clear();
    expect(await cache.get(REF, 'scorecard', read('v3'))).toBe('v3');
    expect(reads()).toBe(3);
  });

  it('keeps each variant apart', async () => {
    const { cache, read } = setUp();
    await cache.get(REF, 'a', read('A'));
    expect(await cache.get(REF, 'b', read('B'))).toBe('B');
    expect(await cache.get(REF, 'a', read('x'))).toBe('A');
  });

  it('reads again after a minute, for the writes of other replicas', async () => {
    const { cache, read, advance } = setUp();
    await cache.get(REF, 'scorecard', read('v1'));
    advance(59_000);
    expect(await cache.get(REF, 'scorecard', read('v2'))).toBe('v1');
    advance(2_000);
    expect(await cache.get(REF, 'scorecard', read('v2'))).toBe('v2');
  });

  it('reads again once the text is no longer right (a waiver expired)', async () => {
    const { cache, read, advance, now } = setUp();
    await cache.get(REF, 'scorecard', read('active', now() + 5_000));
    advance(4_000);
    expect(await cache.get(REF, 'scorecard', read('x'))).toBe('active');
    advance(2_000);
    expect(await cache.get(REF, 'scorecard', read('expired'))).toBe('expired');
  });

  it('keeps a text valid for days for a minute only, for other replicas', async () => {
    const { cache, read, advance, now } = setUp();
    await cache.get(REF, 'scorecard', read('v1', now() + 3 * 86_400_000));
    advance(61_000);
    expect(await cache.get(REF, 'scorecard', read('v2'))).toBe('v2');
  });

  it('sends, but does not keep, what was read while the entity was written', async () => {
    const { cache } = setUp();
    let finish: (text: string) => void = () => {};
    const slow = cache.get(
      REF,
      'scorecard',
      () =>
        new Promise(resolve => {
          finish = text => resolve({ text });
        }),
    );
    cache.forget([REF]);
    // A request after the write does not share the read under way.
    const after = cache.get(REF, 'scorecard', async () => ({ text: 'new' }));
    finish('old');
    expect(await slow).toBe('old');
    expect(await after).toBe('new');
    expect(await cache.get(REF, 'scorecard', async () => ({ text: 'x' }))).toBe(
      'new',
    );
  });

  it('shares a read under way, and keeps no failure', async () => {
    const { cache, read, reads } = setUp();
    const [a, b] = await Promise.all([
      cache.get(REF, 'scorecard', read('v1')),
      cache.get(REF, 'scorecard', read('v2')),
    ]);
    expect([a, b, reads()]).toEqual(['v1', 'v1', 1]);

    await expect(
      cache.get('component:default/gone', 'scorecard', async () => {
        throw new Error('not evaluated yet');
      }),
    ).rejects.toThrow('not evaluated yet');
    expect(
      await cache.get('component:default/gone', 'scorecard', read('now')),
    ).toBe('now');
  });

  it('keeps the most recently used texts within its size', async () => {
    const { cache, read, reads } = setUp({ maxChars: 25 });
    const ten = 'x'.repeat(10);
    await cache.get('component:default/a', 's', read(ten));
    await cache.get('component:default/b', 's', read(ten));
    await cache.get('component:default/a', 's', read(ten));
    await cache.get('component:default/c', 's', read(ten));
    expect(reads()).toBe(3);
    await cache.get('component:default/a', 's', read(ten));
    expect(reads()).toBe(3);
    await cache.get('component:default/b', 's', read(ten));
    expect(reads()).toBe(4);
  });
});
