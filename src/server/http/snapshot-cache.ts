/**
 * A bounded least-recently-used cache whose entries are good only for the database state they were computed from.
 * Each entry carries the database's change stamp read *before* it was computed and a time after which it is stale
 * anyway; a lookup with another stamp, or after that time, misses and drops the entry. The stamp is global (any
 * write changes it), so the first lookup or store at a new stamp empties the cache: what it held can never be
 * served again, and must not sit in memory until evicted.
 */
export class SnapshotCache<V> {
  readonly #entries = new Map<string, { stamp: string; expiresAt: number; value: V; size: number }>();
  #bytes = 0;
  #stamp: string | null = null;
  #hits = 0;
  #misses = 0;

  constructor(private readonly limits: { maxEntries: number; maxBytes: number }) {}

  get(key: string, stamp: string, nowMs: number): V | undefined {
    this.#moveTo(stamp);
    const entry = this.#entries.get(key);
    if (!entry || entry.stamp !== stamp || entry.expiresAt <= nowMs) {
      if (entry) this.#drop(key, entry.size);
      this.#misses += 1;
      return undefined;
    }
    // Re-inserting moves the key to the young end of the Map's insertion order.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    this.#hits += 1;
    return entry.value;
  }

  set(key: string, stamp: string, expiresAt: number, value: V, size = 1): void {
    this.#moveTo(stamp);
    const previous = this.#entries.get(key);
    if (previous) this.#drop(key, previous.size);
    if (size > this.limits.maxBytes) return;
    this.#entries.set(key, { stamp, expiresAt, value, size });
    this.#bytes += size;
    while (this.#entries.size > this.limits.maxEntries || this.#bytes > this.limits.maxBytes) {
      const [oldestKey, oldest] = this.#entries.entries().next().value!;
      this.#drop(oldestKey, oldest.size);
    }
  }

  stats(): { entries: number; bytes: number; hits: number; misses: number } {
    return { entries: this.#entries.size, bytes: this.#bytes, hits: this.#hits, misses: this.#misses };
  }

  #moveTo(stamp: string): void {
    if (stamp === this.#stamp) return;
    this.#stamp = stamp;
    this.#entries.clear();
    this.#bytes = 0;
  }

  #drop(key: string, size: number): void {
    this.#entries.delete(key);
    this.#bytes -= size;
  }
}
