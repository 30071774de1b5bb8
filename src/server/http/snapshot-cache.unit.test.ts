import { describe, expect, it } from 'vitest';
import { coalesced } from '../db/database.js';
import { ResponseCache } from './response-cache.js';
import { SnapshotCache } from './snapshot-cache.js';

describe('SnapshotCache', () => {
  it('serves an entry only at the stamp it was computed at, and only until it expires', () => {
    const cache = new SnapshotCache<string>({ maxEntries: 10, maxBytes: 100 });
    cache.set('k', 's1', 1000, 'v');
    expect(cache.get('k', 's1', 999)).toBe('v');
    expect(cache.get('k', 's1', 1000)).toBeUndefined(); // expired, and dropped
    cache.set('k', 's1', 1000, 'v');
    expect(cache.get('k', 's2', 10)).toBeUndefined(); // the database changed
    expect(cache.get('k', 's1', 10)).toBeUndefined(); // a mismatch drops the entry too
    expect(cache.stats()).toMatchObject({ entries: 0, bytes: 0, hits: 1, misses: 3 });
  });

  it('empties itself at a new stamp: after a write nothing it held can be served, so nothing is kept', () => {
    const cache = new SnapshotCache<string>({ maxEntries: 10, maxBytes: 100 });
    cache.set('a', 's1', 1000, 'A', 10);
    cache.set('b', 's1', 1000, 'B', 10);
    expect(cache.stats()).toMatchObject({ entries: 2, bytes: 20 });
    cache.set('c', 's2', 1000, 'C', 10);
    expect(cache.stats()).toMatchObject({ entries: 1, bytes: 10 });
    expect(cache.get('c', 's3', 0)).toBeUndefined();
    expect(cache.stats()).toMatchObject({ entries: 0, bytes: 0 });
  });

  it('drops the least recently used entry first when over its count or its bytes', () => {
    const cache = new SnapshotCache<string>({ maxEntries: 2, maxBytes: 10 });
    cache.set('a', 's', 100, 'A', 4);
    cache.set('b', 's', 100, 'B', 4);
    expect(cache.get('a', 's', 0)).toBe('A'); // a is now the most recently used
    cache.set('c', 's', 100, 'C', 4); // over two entries: b goes
    expect(cache.get('b', 's', 0)).toBeUndefined();
    expect(cache.get('a', 's', 0)).toBe('A');
    cache.set('d', 's', 100, 'D', 8); // over ten bytes: c goes, then a
    expect(cache.stats()).toMatchObject({ entries: 1, bytes: 8 });
    expect(cache.get('d', 's', 0)).toBe('D');
    cache.set('huge', 's', 100, 'H', 11); // larger than the whole cache: not kept, nothing evicted for it
    expect(cache.get('huge', 's', 0)).toBeUndefined();
    expect(cache.get('d', 's', 0)).toBe('D');
  });
});

describe('coalesced', () => {
  it('shares a read among callers that arrive together, but never gives a caller a read started before it', async () => {
    const started: number[] = [];
    const pending: ((value: number) => void)[] = [];
    const read = coalesced(
      () =>
        new Promise<number>((resolve) => {
          started.push(started.length + 1);
          pending.push(resolve);
        }),
    );
    const first = read(); // starts read 1
    const second = read(); // read 1 is running: waits for read 2
    const third = read(); // shares read 2
    expect(started).toEqual([1]);
    pending[0]!(1);
    expect(await first).toBe(1);
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual([1, 2]);
    const fourth = read(); // read 2 is running: waits for read 3
    pending[1]!(2);
    expect(await second).toBe(2);
    expect(await third).toBe(2);
    await new Promise((r) => setImmediate(r));
    pending[2]!(3);
    expect(await fourth).toBe(3);
    expect(started).toEqual([1, 2, 3]);
  });

  it('passes a failed read on to its callers and reads again for the next one', async () => {
    let calls = 0;
    const read = coalesced(async () => {
      calls += 1;
      if (calls === 1) throw new Error('connection lost');
      return calls;
    });
    await expect(read()).rejects.toThrow('connection lost');
    expect(await read()).toBe(2);
  });
});

describe('ResponseCache', () => {
  const fresh = () => new ResponseCache(new SnapshotCache<Buffer>({ maxEntries: 10, maxBytes: 1000 }), 500);

  it('lets the requests that miss together wait for the first one’s answer instead of computing their own', async () => {
    const cache = fresh();
    const leader = await cache.lookup('u\u0000/list', 's1', 0);
    expect(leader.body).toBeNull();
    const follower = cache.lookup('u\u0000/list', 's1', 0);
    const otherUser = await cache.lookup('v\u0000/list', 's1', 0); // another key: its own computation
    expect(otherUser.body).toBeNull();
    if (leader.body === null) leader.finish(Buffer.from('{"items":[]}'));
    expect((await follower).body?.toString()).toBe('{"items":[]}');
    expect((await cache.lookup('u\u0000/list', 's1', 499)).body?.toString()).toBe('{"items":[]}');
    expect((await cache.lookup('u\u0000/list', 's1', 500)).body).toBeNull(); // expired
  });

  it('hands the work on when the first request fails, and never waits across database states', async () => {
    const cache = fresh();
    const leader = await cache.lookup('k', 's1', 0);
    const follower = cache.lookup('k', 's1', 0);
    const newer = await cache.lookup('k', 's2', 0); // the database changed: no waiting on the old computation
    expect(newer.body).toBeNull();
    if (leader.body === null) leader.finish(null);
    const next = await follower;
    expect(next.body).toBeNull();
    if (next.body === null) next.finish(Buffer.from('own'));
    expect((await cache.lookup('k', 's1', 1)).body?.toString()).toBe('own');
  });
});
