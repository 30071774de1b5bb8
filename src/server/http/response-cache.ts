import { SnapshotCache } from './snapshot-cache.js';

/** What a lookup gives: the stored answer, or the duty to compute it and hand it in. */
export type ResponseLookup = { body: Buffer } | { body: null; finish(body: Buffer | null): void };

interface Flight {
  stamp: string;
  done: Promise<Buffer | null>;
}

/**
 * Serialised answers by user and URL (see `SnapshotCache`), computed once per database state: after a write every
 * open list page asks again at the same moment, and all but the first wait for its answer instead of each running
 * the same queries.
 */
export class ResponseCache {
  readonly #flights = new Map<string, Flight>();

  constructor(
    readonly store: SnapshotCache<Buffer>,
    private readonly ttlMs: number,
  ) {}

  async lookup(key: string, stamp: string, nowMs: number): Promise<ResponseLookup> {
    const stored = this.store.get(key, stamp, nowMs);
    if (stored) return { body: stored };
    const flight = this.#flights.get(key);
    if (flight && flight.stamp === stamp) {
      const body = await flight.done;
      // The first request failed or was refused: this one computes its own answer.
      if (body) return { body };
      return { body: null, finish: (own) => this.#keep(key, stamp, nowMs, own) };
    }
    let settle!: (body: Buffer | null) => void;
    const mine: Flight = { stamp, done: new Promise((resolve) => (settle = resolve)) };
    this.#flights.set(key, mine);
    let finished = false;
    return {
      body: null,
      finish: (body) => {
        if (finished) return;
        finished = true;
        if (this.#flights.get(key) === mine) this.#flights.delete(key);
        this.#keep(key, stamp, nowMs, body);
        settle(body);
      },
    };
  }

  #keep(key: string, stamp: string, nowMs: number, body: Buffer | null): void {
    if (body) this.store.set(key, stamp, nowMs + this.ttlMs, body, body.length);
  }
}
