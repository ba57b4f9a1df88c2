import { Worker } from 'node:worker_threads';
import type { PoolReply, PoolRequest } from './poolProtocol.ts';

/** Which queue a task waits in: `light` (journeys: milliseconds) or `heavy` (compare, diagrams). */
export type Lane = 'light' | 'heavy';

/** Thrown by `run` when the task's lane already has `maxQueue` tasks waiting. */
export class PoolBusyError extends Error {}

/** Thrown by `run` when the task ran past its deadline (its worker was stopped and replaced). */
export class PoolTimeoutError extends Error {}

/** Thrown by `run` when the caller's signal aborted the task. */
export class PoolAbortError extends Error {}

/** Thrown by `run` with what the worker reported when the task threw there. */
export class PoolTaskError extends Error {
  constructor(readonly detail: unknown) {
    super(
      typeof detail === 'object' && detail && 'message' in detail ? String(detail.message) : String(detail),
    );
  }
}

/** Settings of a WorkerPool. */
export interface WorkerPoolOptions {
  /** The worker script (see workerScript); it calls `servePool`. */
  script: URL;
  /** Worker threads (at least 1). */
  size: number;
  /** Most heavy tasks running at once (default size − 1, at least 1): the rest of the pool stays light. */
  heavyLimit?: number;
  /** Most tasks waiting per lane (default 256); more are refused (PoolBusyError). */
  maxQueue?: number;
  /** Told when a worker stops unexpectedly (it is replaced). */
  onWorkerExit?: (info: { code: number; error?: Error }) => void;
}

/** Options of one task. */
export interface RunOptions {
  /** Milliseconds from `run` to the result, waiting included; past it the task is given up. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** What a pool reports (see /metrics). */
export interface WorkerPoolStats {
  size: number;
  /** Workers that have taken in every piece of state sent so far. */
  alive: number;
  busy: number;
  queued: number;
  heavyRunning: number;
}

interface Job {
  id: number;
  lane: Lane;
  payload: unknown;
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
  timer?: NodeJS.Timeout;
  signal?: AbortSignal;
  onAbort?: () => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  /** State keys posted to it and not yet acknowledged. */
  pending: Set<string>;
}

/**
 * A fixed pool of worker threads that all hold the same state (feeds: `setState`, replayed to a
 * worker that replaces a failed one) and answer tasks from two lanes, one task per worker at a time.
 * Light tasks go first; at most `heavyLimit` heavy tasks run at once, so a long comparison never takes
 * the workers journeys need. A task past its deadline or aborted while running costs its worker
 * (terminated: CPU-bound code cannot be interrupted otherwise) and a fresh one takes its place.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly state = new Map<string, unknown>();
  private readonly queues: Record<Lane, Job[]> = { light: [], heavy: [] };
  private readonly stateWaiters: { key: string; slots: Set<Slot>; done: () => void }[] = [];
  private readonly heavyLimit: number;
  private readonly maxQueue: number;
  private nextId = 1;
  private closing = false;

  constructor(private readonly o: WorkerPoolOptions) {
    const size = Math.max(1, Math.floor(o.size));
    this.heavyLimit = Math.max(1, o.heavyLimit ?? size - 1);
    this.maxQueue = o.maxQueue ?? 256;
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  /**
   * Sends `value` to every worker under `key` (replacing what was there) and resolves when all of
   * them have taken it in. Remembered for workers started later.
   */
  setState(key: string, value: unknown): Promise<void> {
    this.state.set(key, value);
    return new Promise((done) => {
      const waiter = { key, slots: new Set<Slot>(), done };
      for (const s of this.slots) {
        s.pending.add(key);
        waiter.slots.add(s);
      }
      this.stateWaiters.push(waiter);
      this.settleWaiters();
      // A worker that replaces one of these before its turn gets the state with the replay of spawn.
      // One worker per turn of the event loop: cloning a big feed's strings for a worker takes tens
      // of milliseconds (NYC subway: ~45 ms), so requests get served between the posts.
      const targets = [...waiter.slots];
      const post = (i: number) => {
        const s = targets[i];
        if (!s) return;
        if (this.slots.includes(s)) s.worker.postMessage({ kind: 'state', key, value } satisfies PoolRequest);
        setImmediate(() => post(i + 1));
      };
      post(0);
    });
  }

  /** Forgets the state under `key` in every worker. */
  dropState(key: string): void {
    this.state.delete(key);
    for (const s of this.slots) s.worker.postMessage({ kind: 'drop', key } satisfies PoolRequest);
  }

  /** Runs `payload` on a worker of `lane`'s turn; resolves with the worker's result. */
  run(lane: Lane, payload: unknown, options: RunOptions = {}): Promise<unknown> {
    if (this.closing) return Promise.reject(new Error('worker pool closed'));
    if (options.signal?.aborted) return Promise.reject(new PoolAbortError('aborted'));
    const queue = this.queues[lane];
    if (queue.length >= this.maxQueue)
      return Promise.reject(new PoolBusyError(`${queue.length} ${lane} tasks are already waiting`));
    return new Promise((resolve, reject) => {
      const job: Job = { id: this.nextId++, lane, payload, resolve, reject, signal: options.signal };
      if (options.timeoutMs !== undefined)
        job.timer = setTimeout(
          () => this.giveUp(job, new PoolTimeoutError(`took more than ${options.timeoutMs} ms`)),
          options.timeoutMs,
        );
      if (options.signal) {
        job.onAbort = () => this.giveUp(job, new PoolAbortError('aborted'));
        options.signal.addEventListener('abort', job.onAbort, { once: true });
      }
      queue.push(job);
      this.dispatch();
    });
  }

  /** Sizes of the pool and its queues, now. */
  stats(): WorkerPoolStats {
    return {
      size: this.slots.length,
      alive: this.slots.filter((s) => s.pending.size === 0).length,
      busy: this.slots.filter((s) => s.job).length,
      queued: this.queues.light.length + this.queues.heavy.length,
      heavyRunning: this.heavyRunning(),
    };
  }

  /** Stops every worker; waiting and running tasks are rejected. */
  async close(): Promise<void> {
    this.closing = true;
    for (const lane of ['light', 'heavy'] as const)
      for (const j of this.queues[lane].splice(0)) this.finish(j, new Error('worker pool closed'));
    for (const s of this.slots) if (s.job) this.finish(s.job, new Error('worker pool closed'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private heavyRunning(): number {
    return this.slots.filter((s) => s.job?.lane === 'heavy').length;
  }

  private spawn(): Slot {
    const worker = new Worker(this.o.script);
    const slot: Slot = { worker, job: null, pending: new Set() };
    for (const [key, value] of this.state) {
      slot.pending.add(key);
      worker.postMessage({ kind: 'state', key, value } satisfies PoolRequest);
    }
    worker.on('message', (m: PoolReply) => this.onReply(slot, m));
    let error: Error | undefined;
    worker.on('error', (e) => {
      error = e;
    });
    worker.on('exit', (code) => this.onExit(slot, code, error));
    return slot;
  }

  private onReply(slot: Slot, m: PoolReply): void {
    if (m.kind === 'state') {
      slot.pending.delete(m.key);
      for (const w of this.stateWaiters) if (w.key === m.key) w.slots.delete(slot);
      this.settleWaiters();
      return;
    }
    const job = slot.job;
    if (!job || job.id !== m.id) return;
    slot.job = null;
    if (m.kind === 'done') this.finish(job, null, m.result);
    else this.finish(job, new PoolTaskError(m.error));
    this.dispatch();
  }

  private onExit(slot: Slot, code: number, error?: Error): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return; // Replaced already (terminated on purpose).
    if (slot.job) this.finish(slot.job, error ?? new Error(`worker exited with code ${code}`));
    slot.job = null;
    if (this.closing) return;
    this.o.onWorkerExit?.({ code, error });
    this.replace(slot);
  }

  /** Puts a fresh worker in `slot`'s place (the old one is terminated if still running). */
  private replace(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    const fresh = this.spawn();
    this.slots[i] = fresh;
    for (const w of this.stateWaiters)
      if (w.slots.delete(slot) && fresh.pending.has(w.key)) w.slots.add(fresh);
    this.settleWaiters();
    slot.worker.terminate().catch(() => undefined);
    this.dispatch();
  }

  /** Rejects a task that timed out or was aborted: out of its queue, or its worker replaced. */
  private giveUp(job: Job, e: Error): void {
    const q = this.queues[job.lane];
    const at = q.indexOf(job);
    if (at >= 0) {
      q.splice(at, 1);
      this.finish(job, e);
      return;
    }
    const slot = this.slots.find((s) => s.job === job);
    if (!slot) return;
    slot.job = null;
    this.finish(job, e);
    this.replace(slot);
  }

  private finish(job: Job, e: Error | null, result?: unknown): void {
    if (job.timer) clearTimeout(job.timer);
    if (job.onAbort) job.signal?.removeEventListener('abort', job.onAbort);
    if (e) job.reject(e);
    else job.resolve(result);
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.job) continue;
      const job =
        this.queues.light.shift() ??
        (this.heavyRunning() < this.heavyLimit ? this.queues.heavy.shift() : undefined);
      if (!job) return;
      slot.job = job;
      slot.worker.postMessage({ kind: 'task', id: job.id, payload: job.payload } satisfies PoolRequest);
    }
  }

  private settleWaiters(): void {
    for (let i = this.stateWaiters.length - 1; i >= 0; i--) {
      if (this.stateWaiters[i].slots.size > 0) continue;
      this.stateWaiters[i].done();
      this.stateWaiters.splice(i, 1);
    }
  }
}
