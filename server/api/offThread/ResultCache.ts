import type { TaskBody } from './ApiTask.ts';

interface Pending {
  promise: Promise<TaskBody>;
  controller: AbortController;
  waiters: number;
}

/**
 * Task results by key (the task's JSON: feed versions and parameters), least recently used first
 * out, bounded in bytes (default 64 MiB; a body over an eighth of it is not kept). Identical
 * requests in flight share one computation, which is aborted when every one of them has gone.
 */
export class ResultCache {
  private readonly done = new Map<string, TaskBody>();
  private readonly pending = new Map<string, Pending>();
  private bytes = 0;

  constructor(private readonly maxBytes = 64 * 2 ** 20) {}

  /** The cached body, or undefined (does not compute). */
  peek(key: string): TaskBody | undefined {
    const hit = this.done.get(key);
    if (hit) {
      this.done.delete(key);
      this.done.set(key, hit);
    }
    return hit;
  }

  /**
   * The body for `key`: cached, shared with a request in flight, or computed by `compute`. `gone`
   * fires when this caller no longer needs it (its client disconnected).
   */
  get(
    key: string,
    compute: (signal: AbortSignal) => Promise<TaskBody>,
    gone?: AbortSignal,
  ): Promise<TaskBody> {
    const hit = this.peek(key);
    if (hit) return Promise.resolve(hit);
    let p = this.pending.get(key);
    if (!p) {
      const controller = new AbortController();
      const entry: Pending = {
        controller,
        waiters: 0,
        promise: Promise.resolve(null as unknown as TaskBody),
      };
      entry.promise = compute(controller.signal).then(
        (body) => {
          this.pending.delete(key);
          this.put(key, body);
          return body;
        },
        (e: unknown) => {
          this.pending.delete(key);
          throw e;
        },
      );
      this.pending.set(key, entry);
      p = entry;
    }
    const entry = p;
    entry.waiters++;
    gone?.addEventListener(
      'abort',
      () => {
        if (--entry.waiters === 0 && this.pending.get(key) === entry) entry.controller.abort();
      },
      { once: true },
    );
    return entry.promise;
  }

  /** Entries and bytes held. */
  size(): { entries: number; bytes: number } {
    return { entries: this.done.size, bytes: this.bytes };
  }

  private put(key: string, body: TaskBody): void {
    const size = body.body.length * 2;
    if (size > this.maxBytes / 8) return;
    this.done.set(key, body);
    this.bytes += size;
    for (const [k, v] of this.done) {
      if (this.bytes <= this.maxBytes) break;
      this.done.delete(k);
      this.bytes -= v.body.length * 2;
    }
  }
}
